import type { ReactNode } from 'react';
import { capitalise } from '../../i18n/describe';
import { selectPlanner } from '../../state/derived';
import { todayOnDevice } from '../../state/today';
import { usePlanner } from '../../state/use-planner';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { PlanResult } from './plan-result';
import { ProfessionalResult } from './professional-result';
import { UrgentResult } from './urgent-result';
import { WaitResult } from './wait-result';
import { useResultWords } from '../../state/language';

const TITLES = { urgent: 'urgent.title', wait: 'wait.title', professional: 'professional.title' } as const;

/**
 * The person's recommendation, derived from their timeline (`derived.ts`) and never stored. `checkIn` (composed by
 * the app) asks how a past session went, just under the answer.
 */
export function ResultScreen({ checkIn }: { readonly checkIn?: ReactNode }) {
  const words = useResultWords();
  const { t } = words;
  const today = todayOnDevice();
  const recommendation = usePlanner((state) => selectPlanner(state, today)?.recommendation ?? null);
  const outcome = recommendation?.outcome ?? 'none';
  const headingRef = useScreenFocus<HTMLHeadingElement>(`result-${outcome}`);
  const title =
    recommendation === null || recommendation.schedule === null
      ? t(TITLES[outcome === 'plan' || outcome === 'none' ? 'professional' : outcome])
      : capitalise(words.interval(recommendation.schedule.intervalDays));
  useDocumentTitle(t('nav.pageTitle', { title }));

  if (recommendation === null) return null;
  switch (recommendation.outcome) {
    case 'urgent':
      return <UrgentResult recommendation={recommendation} headingRef={headingRef} />;
    case 'wait':
      return <WaitResult recommendation={recommendation} headingRef={headingRef} />;
    case 'professional':
      return <ProfessionalResult recommendation={recommendation} headingRef={headingRef} checkIn={checkIn} />;
    case 'plan':
      return <PlanResult recommendation={recommendation} headingRef={headingRef} checkIn={checkIn} />;
  }
}
