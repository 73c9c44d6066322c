import type { ReactNode } from 'react';
import { WEEK } from '../../domain/guide';
import { pauseEnd, type Recommendation } from '../../domain/recommend';
import { todayOnDevice } from '../../state/today';
import { capitalise } from '../../i18n/describe';
import { booking } from '../../practice/booking';
import { usePlanner } from '../../state/use-planner';
import { BookingLink } from '../../ui/booking-link';
import { GuideTable } from './guide-table';
import { ReasonList } from './reason-list';
import { ResultActions } from './start-over';
import { useResultWords } from '../../state/language';

interface PlanResultProps {
  readonly recommendation: Recommendation;
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
  readonly checkIn?: ReactNode;
}

/** The answer first, big; then the range, badges, why, the guide's table and the cautions. */
export function PlanResult({ recommendation, headingRef, checkIn }: PlanResultProps) {
  const words = useResultWords();
  const { t } = words;
  const bookingLink = booking(words);
  const openPlan = usePlanner((state) => state.openPlan);
  const openHistory = usePlanner((state) => state.openHistory);
  const { schedule, pause, lifestyleOption, sessionMinutes } = recommendation;
  if (schedule === null) return null;
  const interval = capitalise(words.interval(schedule.intervalDays));
  const headline =
    schedule.source === 'guide' && schedule.phase === 'initial' ? t('result.headlineAtFirst', { interval }) : interval;
  const rowName = t(`row.${recommendation.row}.name`);

  return (
    <>
      <h1 className="result__headline" ref={headingRef} tabIndex={-1}>
        <span className="caption">{t('result.eyebrow')}</span> {headline}
      </h1>
      <p className="result__range">
        {schedule.source === 'clinician'
          ? t('result.clinicianLabel')
          : t('reason.row', { range: words.rowFrequency(recommendation.rowFrequency), row: rowName })}
      </p>
      <ul className="badges">
        <li className={recommendation.pressure === 'lighter' ? 'badge badge--notice' : 'badge'}>
          {t(recommendation.pressure === 'lighter' ? 'result.pressure.lighter' : 'result.pressure.usual')}
        </li>
        {pause === null || pauseEnd(pause) <= todayOnDevice() ? null : (
          <li className="badge badge--notice">
            {t('result.pause', { days: pause.days, date: words.date(pauseEnd(pause)) })}
          </li>
        )}
        {sessionMinutes === null ? null : (
          <li className="badge">{t('result.sessionLength', { minutes: sessionMinutes })}</li>
        )}
      </ul>
      {schedule.source === 'guide' && schedule.reviewAfterDays !== null && schedule.then !== null ? (
        <p>
          {t('result.review', {
            weeks: Math.round(schedule.reviewAfterDays / WEEK),
            interval: words.interval(schedule.then.intervalDays),
          })}
        </p>
      ) : null}
      {lifestyleOption === null ? null : (
        <p className="result__option">
          {t('result.lifestyleOption', {
            range: words.range(lifestyleOption.range),
            row: t(`row.${lifestyleOption.row}.name`),
            interval: capitalise(words.interval(lifestyleOption.intervalDays)),
          })}
        </p>
      )}

      {checkIn}
      <div className="plan-link">
        <button type="button" className="button" aria-describedby="plan-link-hint" onClick={openPlan}>
          {t('plan.open')}
        </button>
        <p className="hint" id="plan-link-hint">
          {t('plan.openHint')}
        </p>
        <button type="button" className="link-button" onClick={openHistory}>
          {t('history.open')}
        </button>
      </div>
      {bookingLink === null ? null : <BookingLink {...bookingLink} />}

      <h2>{t('result.whyTitle')}</h2>
      <ReasonList reasons={recommendation.reasons} />

      <h2>{t('result.tableTitle')}</h2>
      <GuideTable row={recommendation.row} />

      <h2>{t('result.cautionsTitle')}</h2>
      <ul className="cautions">
        {recommendation.cautions.map((caution) => (
          <li key={caution.code}>{words.caution(caution)}</li>
        ))}
      </ul>
      <p className="quiet">{t('result.notAdvice')}</p>
      <ResultActions />
    </>
  );
}
