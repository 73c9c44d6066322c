import { useEffect, useRef, useState } from 'react';
import { resultWords as words } from '../../i18n/english-result';
import { usePlanner } from '../../state/use-planner';

const { t } = words;

/** Retake (prefilled) and Start over (after a confirmation that says what it clears). */
export function ResultActions() {
  const retake = usePlanner((state) => state.retake);
  const startOver = usePlanner((state) => state.startOver);
  const [isConfirming, setIsConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const startOverRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startOverRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  return (
    <div className="actions">
      <button type="button" className="button" onClick={retake}>
        {t('result.retake')}
      </button>
      {isConfirming ? (
        <section className="confirm" aria-labelledby="confirm-title">
          <h2 id="confirm-title" ref={confirmRef} tabIndex={-1}>
            {t('result.confirmTitle')}
          </h2>
          <p>{t('result.confirmText')}</p>
          <div className="actions">
            <button type="button" className="button button--warning" onClick={startOver}>
              {t('result.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setIsConfirming(false);
              }}
            >
              {t('result.confirmNo')}
            </button>
          </div>
        </section>
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
