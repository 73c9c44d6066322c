import type { Plan } from '../../domain/plan';
import type { Recommendation } from '../../domain/recommend';
import { capitalise } from '../../i18n/describe';
import { useResultWords } from '../../state/language';
import { Facts } from '../../ui/facts';

interface PlanSummaryProps {
  readonly recommendation: Recommendation;
  readonly plan: Plan;
  readonly start: Plan['earliest'];
}

/** How often, on which days, from when to when; whose choice it is; and, for print, the reasons in short. */
export function PlanSummary({ recommendation, plan, start }: PlanSummaryProps) {
  const words = useResultWords();
  const { t } = words;
  const schedule = recommendation.schedule;
  if (schedule === null) return null;
  const interval = words.interval(plan.intervalDays);
  const days = words.list(plan.weekdays.map(words.weekday));
  const lastDay = plan.sessions.at(-1)?.date ?? start;
  return (
    <div className="plan-summary">
      <p className="lead">
        {t('plan.summary', {
          interval: capitalise(interval),
          days,
          start: words.date(start),
          end: words.date(lastDay),
        })}
      </p>
      {schedule.source === 'clinician' ? (
        <p className="plan-note">{t('plan.clinician', { interval })}</p>
      ) : plan.isOwnChoice ? (
        <p className="plan-note">{t('plan.ownChoice', { interval: words.interval(schedule.intervalDays) })}</p>
      ) : null}
      <Facts facts={words.facts(recommendation)} />
      <section className="print-only" aria-label={t('plan.printReasons')}>
        <h2>{t('plan.printReasons')}</h2>
        <ul className="reasons reasons--short">
          {recommendation.reasons.map((reason, index) => (
            <li key={`${reason.code}-${String(index)}`}>{words.reason(reason)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
