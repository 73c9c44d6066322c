import type { Answers } from '../../domain/answers';
import { applicableQuestions, draftFromAnswers } from '../../domain/questionnaire';
import type { Recommendation } from '../../domain/recommend';
import { usePlanner } from '../../state/use-planner';
import { ReasonList } from './reason-list';
import { ResultActions } from './start-over';
import { useResultWords } from '../../state/language';

interface ProfessionalResultProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
}

/** "See a professional first": calm, the action first, why, and a way to enter their advice. */
export function ProfessionalResult({ recommendation, answers, headingRef }: ProfessionalResultProps) {
  const words = useResultWords();
  const { t } = words;
  const changeAnswer = usePlanner((state) => state.changeAnswer);
  // After bruising twice, the way back to a plan is a check-in that went fine: logged from the history.
  const hasCheckIns = usePlanner((state) => state.checkIns.length > 0);
  const openHistory = usePlanner((state) => state.openHistory);
  const canEnterAdvice = applicableQuestions(draftFromAnswers(answers)).includes('clinicianAdvice');
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('professional.title')}
      </h1>
      {recommendation.cautions.map((caution) => (
        <p key={caution.code} className={caution.code === 'see-professional' ? 'lead' : undefined}>
          {words.caution(caution)}
        </p>
      ))}
      <h2>{t('professional.why')}</h2>
      <ReasonList reasons={recommendation.reasons.filter((reason) => reason.code !== 'row')} />
      {canEnterAdvice ? (
        <section className="panel" aria-labelledby="advice-title">
          <h2 id="advice-title">{t('professional.adviceTitle')}</h2>
          <p>{t('professional.adviceText')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              changeAnswer('clinicianAdvice');
            }}
          >
            {t('professional.adviceButton')}
          </button>
        </section>
      ) : null}
      <p className="quiet">{t('result.notAdvice')}</p>
      {hasCheckIns ? (
        <div className="actions">
          <button type="button" className="link-button" onClick={openHistory}>
            {t('history.open')}
          </button>
        </div>
      ) : null}
      <ResultActions />
    </>
  );
}
