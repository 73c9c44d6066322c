import type { Recommendation } from '../../domain/recommend';
import { ReasonList } from './reason-list';
import { ResultActions } from './start-over';
import { useResultWords } from '../../state/language';

interface WaitResultProps {
  readonly recommendation: Recommendation;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
}

/** A fever or an acute illness: wait until well, then retake the questions (docs/rules.md, “The safety screen”). No frequency. */
export function WaitResult({ recommendation, headingRef }: WaitResultProps) {
  const { t } = useResultWords();
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('wait.title')}
      </h1>
      <p className="lead">{t('wait.text')}</p>
      <h2>{t('professional.why')}</h2>
      <ReasonList reasons={recommendation.reasons.filter((reason) => reason.code !== 'row')} />
      <ResultActions retake="primary" />
    </>
  );
}
