import { useMemo, type ReactNode } from 'react';
import { recommend } from '../../domain/recommend';
import { capitalise } from '../../i18n/describe';
import { usePlanner } from '../../state/use-planner';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { PlanResult } from './plan-result';
import { ProfessionalResult } from './professional-result';
import { UrgentResult } from './urgent-result';
import { practiceGuide } from '../../practice/practice-guide';
import { useResultWords } from '../../state/language';

/**
 * The person's recommendation, derived from their answers and check-ins during render and never stored. `checkIn`
 * (composed by the app) asks how a past session went, just under the answer.
 */
export function ResultScreen({ checkIn }: { readonly checkIn?: ReactNode }) {
  const words = useResultWords();
  const { t } = words;
  const answers = usePlanner((state) => state.answers);
  const checkIns = usePlanner((state) => state.checkIns);
  const recommendation = useMemo(
    () => (answers === null ? null : recommend(answers, checkIns, practiceGuide)),
    [answers, checkIns],
  );
  const outcome = recommendation?.outcome ?? 'none';
  const headingRef = useScreenFocus<HTMLHeadingElement>(`result-${outcome}`);
  const title =
    recommendation === null || recommendation.schedule === null
      ? t(outcome === 'urgent' ? 'urgent.title' : 'professional.title')
      : capitalise(words.interval(recommendation.schedule.intervalDays));
  useDocumentTitle(t('nav.pageTitle', { title }));

  if (answers === null || recommendation === null) return null;
  switch (recommendation.outcome) {
    case 'urgent':
      return <UrgentResult recommendation={recommendation} headingRef={headingRef} />;
    case 'professional':
      return <ProfessionalResult recommendation={recommendation} answers={answers} headingRef={headingRef} />;
    case 'plan':
      return <PlanResult recommendation={recommendation} headingRef={headingRef} checkIn={checkIn} />;
  }
}
