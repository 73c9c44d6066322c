import { useEffect, useRef, useState } from 'react';
import { usePlanner } from '../../state/use-planner';
import { ConfirmPanel } from '../../ui/confirm-panel';
import { useResultWords } from '../../state/language';

/** Retake (prefilled) and Start over (after a confirmation that says what it clears). */
export function ResultActions() {
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
      <button
        type="button"
        className="button"
        onClick={() => {
          void retake();
        }}
      >
        {t('result.retake')}
      </button>
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
