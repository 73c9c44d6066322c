import type { ReactNode } from 'react';
import { WEEK } from '../../domain/guide';
import { isGate, pauseEnd, type Recommendation, type ReasonCode } from '../../domain/recommend';
import { todayOnDevice } from '../../state/today';
import { capitalise } from '../../i18n/describe';
import { booking } from '../../practice/booking';
import { usePlanner } from '../../state/use-planner';
import { BookingLink } from '../../ui/booking-link';
import { Disclosure } from '../../ui/disclosure';
import { Facts } from '../../ui/facts';
import { GuideTable } from './guide-table';
import { ReasonList } from './reason-list';
import { ResultActions } from './start-over';
import { useResultWords } from '../../state/language';

interface PlanResultProps {
  readonly recommendation: Recommendation;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
  readonly checkIn?: ReactNode;
}

/**
 * The answer first, big; then what to do before the next massage, where something gates it; the guide's range and
 * the pressure; the next step, the screen's one filled button; why; and, behind disclosures on a phone, the guide's
 * table and the general advice. Each sentence is said once.
 */
export function PlanResult({ recommendation, headingRef, checkIn }: PlanResultProps) {
  const words = useResultWords();
  const { t } = words;
  const bookingLink = booking(words);
  const openPlan = usePlanner((state) => state.openPlan);
  const openHistory = usePlanner((state) => state.openHistory);
  const { schedule, pause, lifestyleOption } = recommendation;
  if (schedule === null) return null;
  const interval = capitalise(words.interval(schedule.intervalDays));
  const headline =
    schedule.source === 'guide' && schedule.phase === 'initial' ? t('result.headlineAtFirst', { interval }) : interval;
  // The pause is said until its last day has passed.
  const pauseLine =
    pause === null || pauseEnd(pause) <= todayOnDevice()
      ? null
      : t('result.pause', { days: pause.days, date: words.date(pauseEnd(pause)) });
  const gates = recommendation.cautions.filter(isGate);
  const review =
    schedule.source === 'guide' && schedule.reviewAfterDays !== null && schedule.then !== null
      ? t('result.review', {
          weeks: Math.round(schedule.reviewAfterDays / WEEK),
          interval: words.interval(schedule.then.intervalDays),
        })
      : null;
  // Said above "Why this?", so not again in it: the guide's range (the line under the answer) and when to review.
  const saidAbove: readonly ReasonCode[] = [
    ...(schedule.source === 'guide' ? (['row'] as const) : []),
    ...(review === null ? [] : (['chronic-initial'] as const)),
  ];
  const why = recommendation.reasons.filter((reason) => !saidAbove.includes(reason.code));

  return (
    <>
      <h1 className="result__headline" ref={headingRef} tabIndex={-1}>
        <span className="caption">{t('result.eyebrow')}</span> {headline}
      </h1>
      {gates.length === 0 && pauseLine === null ? null : (
        <div className="gate">
          {pauseLine === null ? null : <p>{pauseLine}</p>}
          {gates.map((caution) => (
            <p key={caution.code}>{words.caution(caution)}</p>
          ))}
        </div>
      )}
      <p className="result__range">
        {schedule.source === 'clinician'
          ? t('result.clinicianLabel')
          : t('reason.row', {
              range: words.rowFrequency(recommendation.rowFrequency),
              row: t(`row.${recommendation.row}.name`),
            })}
      </p>
      <Facts facts={words.facts(recommendation)} />
      {review === null ? null : <p>{review}</p>}
      {lifestyleOption === null ? null : (
        <p className="result__option">
          {t('result.lifestyleOption', {
            range: words.range(lifestyleOption.range),
            row: t(`row.${lifestyleOption.row}.name`),
            interval: capitalise(words.interval(lifestyleOption.intervalDays)),
          })}
        </p>
      )}

      <div className="next-step">
        {bookingLink === null ? null : <BookingLink {...bookingLink} isPrimary />}
        <button
          type="button"
          className={bookingLink === null ? 'button' : 'button button--secondary'}
          aria-describedby="plan-link-hint"
          onClick={openPlan}
        >
          {t('plan.open')}
        </button>
        <p className="hint" id="plan-link-hint">
          {t('plan.openHint')}
        </p>
        <button type="button" className="link-button" onClick={openHistory}>
          {t('history.open')}
        </button>
      </div>
      {checkIn}

      {why.length === 0 ? null : (
        <>
          <h2>{t('result.whyTitle')}</h2>
          <ReasonList reasons={why} />
        </>
      )}
      <Disclosure title={t('result.tableTitle')}>
        <GuideTable row={recommendation.row} />
      </Disclosure>
      <Disclosure title={t('result.cautionsTitle')}>
        <ul className="cautions">
          {recommendation.cautions
            .filter((caution) => !isGate(caution))
            .map((caution) => (
              <li key={caution.code}>{words.caution(caution)}</li>
            ))}
        </ul>
      </Disclosure>
      <ResultActions />
    </>
  );
}
