import { useEffect, useRef, useState } from 'react';
import { usePlanner } from '../../state/use-planner';
import { ConfirmPanel } from '../../ui/confirm-panel';
import { useResultWords } from '../../state/language';

interface ResultActionsProps {
  /**
   * How "Retake the questions" shows: outlined beside Start over (the default), as the screen's one filled button
   * where retaking is the next step (after an illness), or not at all where the screen already offers it.
   */
  readonly retake?: 'primary' | 'secondary' | 'none';
}

/** Retake (prefilled) and Start over (after a confirmation that says what it clears). */
export function ResultActions({ retake: retakeAs = 'secondary' }: ResultActionsProps) {
  const { t } = useResultWords();
  const retake = usePlanner((state) => state.retake);
  const startOver = usePlanner((state) => state.startOver);
  const [isConfirming, setIsConfirming] = useState(false);
  const startOverRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (!isConfirming && wasConfirming.current) startOverRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  return (
    <div className="actions">
      {retakeAs === 'none' ? null : (
        <button
          type="button"
          className={retakeAs === 'primary' ? 'button' : 'button button--secondary'}
          onClick={() => {
            void retake();
          }}
        >
          {t('result.retake')}
        </button>
      )}
      {isConfirming ? (
        <ConfirmPanel
          title={t('result.confirmTitle')}
          text={t('result.confirmText')}
          confirmLabel={t('result.confirmYes')}
          cancelLabel={t('result.confirmNo')}
          onConfirm={startOver}
          onCancel={() => {
            setIsConfirming(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          ref={startOverRef}
          onClick={() => {
            setIsConfirming(true);
          }}
        >
          {t('result.startOver')}
        </button>
      )}
    </div>
  );
}
