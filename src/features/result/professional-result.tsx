import { useState, type ReactNode } from 'react';
import { CAUTION_GATE, type Recommendation } from '../../domain/recommend';
import { CalendarUpdate } from './calendar-update';
import { usePlanner } from '../../state/use-planner';
import { AdviceForm } from './advice-form';
import { ReasonList } from './reason-list';
import { ResultActions } from './start-over';
import { useResultWords } from '../../state/language';

interface ProfessionalResultProps {
  readonly recommendation: Recommendation;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
  /** What the check-in or retake that led here changed (composed by the app). */
  readonly checkIn?: ReactNode;
}

/**
 * "See a professional first": calm, the action first, then what changed, then the way back to a plan: entering
 * what they advised (rule 5's path; after a referral), or, until a doctor has cleared them, retaking the questions
 * once cleared; a calendar that still holds the dropped sessions gets a file that cancels them; then why.
 */
export function ProfessionalResult({ recommendation, headingRef, checkIn }: ProfessionalResultProps) {
  const words = useResultWords();
  const { t } = words;
  // After bruising twice, a check-in that went fine also lifts the referral: logged from the history.
  const hasCheckIns = usePlanner((state) => state.checkIns.length > 0);
  const openHistory = usePlanner((state) => state.openHistory);
  const retake = usePlanner((state) => state.retake);
  const [isEntering, setIsEntering] = useState(false);
  const adviceEntry = recommendation.adviceEntry;
  const isNotCleared = recommendation.reasons.some((reason) => reason.code === 'not-cleared');
  // What to do before any massage is the screen's main instruction.
  const main =
    recommendation.cautions.find((caution) => CAUTION_GATE[caution.code] === 'before-any') ??
    recommendation.cautions[0];
  const others = recommendation.cautions.filter((caution) => caution !== main);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('professional.title')}
      </h1>
      {main === undefined ? null : <p className="lead">{words.caution(main)}</p>}
      {checkIn}
      {adviceEntry === null ? null : isEntering ? (
        <AdviceForm asksPressure={adviceEntry.asksPressure} />
      ) : (
        <section className="panel" aria-labelledby="advice-title">
          <h2 id="advice-title">{t('professional.adviceTitle')}</h2>
          <p>{t('professional.adviceText')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setIsEntering(true);
            }}
          >
            {t('professional.adviceButton')}
          </button>
        </section>
      )}
      {isNotCleared ? (
        <div className="actions">
          <p>{t('professional.notClearedText')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              void retake();
            }}
          >
            {t('result.retake')}
          </button>
        </div>
      ) : null}
      <CalendarUpdate />
      {others.map((caution) => (
        <p key={caution.code}>{words.caution(caution)}</p>
      ))}
      <h2>{t('professional.why')}</h2>
      <ReasonList reasons={recommendation.reasons.filter((reason) => reason.code !== 'row')} />
      {hasCheckIns ? (
        <div className="actions">
          <button type="button" className="link-button" onClick={openHistory}>
            {t('history.open')}
          </button>
        </div>
      ) : null}
      <ResultActions retake={isNotCleared ? 'none' : 'secondary'} />
    </>
  );
}
