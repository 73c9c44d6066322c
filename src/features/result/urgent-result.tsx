import type { Recommendation } from '../../domain/recommend';
import { usePlanner } from '../../state/use-planner';
import { useResultWords } from '../../state/language';

interface UrgentResultProps {
  readonly recommendation: Recommendation;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
}

/** Urgent care first, in text that works offline; no plan; a way back for an answer given by mistake. */
export function UrgentResult({ recommendation, headingRef }: UrgentResultProps) {
  const { t } = useResultWords();
  const changeAnswer = usePlanner((state) => state.changeAnswer);
  const urgentItems = recommendation.reasons.flatMap((reason) =>
    reason.code === 'safety-item' && reason.tier === 'urgent' ? [reason.item] : [],
  );
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('urgent.title')}
      </h1>
      <p className="urgent">{t('caution.urgent-care')}</p>
      <h2>{t('urgent.because')}</h2>
      <ul>
        {urgentItems.map((item) => (
          <li key={item}>{t(`safety.${item}`)}</li>
        ))}
      </ul>
      <p>{t('urgent.noPlan')}</p>
      <h2>{t('urgent.mistake')}</h2>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          changeAnswer('signs');
        }}
      >
        {t('urgent.changeAnswers')}
      </button>
    </>
  );
}
