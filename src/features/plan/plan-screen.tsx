import { useMemo, useRef } from 'react';
import { buildPlan } from '../../domain/plan';
import { recommend } from '../../domain/recommend';
import { resultWords as words } from '../../i18n/english-result';
import { todayOnDevice } from '../../state/today';
import { usePlanner } from '../../state/use-planner';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { AfterMassage } from './after-massage';
import { CalendarExport } from './calendar-export';
import { PlanSettings } from './plan-settings';
import { PlanSummary } from './plan-summary';
import { SessionList } from './session-list';
import { SharePlan } from './share-plan';

const { t } = words;

/** The person's dated plan: derived from their answers and preferences during render, never stored. */
export function PlanScreen() {
  const answers = usePlanner((state) => state.answers);
  const preferences = usePlanner((state) => state.plan);
  const closePlan = usePlanner((state) => state.closePlan);
  const retake = usePlanner((state) => state.retake);
  const choosePlan = usePlanner((state) => state.choosePlan);
  const moveSession = usePlanner((state) => state.moveSession);
  const restoreSession = usePlanner((state) => state.restoreSession);
  const exportCalendar = usePlanner((state) => state.exportCalendar);
  const headingRef = useScreenFocus<HTMLHeadingElement>('plan');
  const sessionsRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('nav.pageTitle', { title: t('plan.title') }));

  const today = todayOnDevice();
  const start = preferences.start ?? today;
  const recommendation = useMemo(() => (answers === null ? null : recommend(answers)), [answers]);
  const plan = useMemo(
    () =>
      recommendation === null
        ? null
        : buildPlan(recommendation, {
            today,
            start,
            weekdays: preferences.weekdays,
            weeks: preferences.weeks,
            choice: preferences.choice,
            changes: preferences.changes,
          }),
    [recommendation, today, start, preferences],
  );
  if (answers === null || recommendation === null || plan === null || recommendation.outcome !== 'plan') return null;
  const next = plan.sessions.find((session) => session.date >= today);

  return (
    <>
      <button type="button" className="back-link no-print" onClick={closePlan}>
        {t('plan.back')}
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('plan.title')}
      </h1>
      <PlanSummary recommendation={recommendation} plan={plan} start={start} />
      <div className="next-session" role="group" aria-labelledby="next-title">
        <h2 className="next-session__title" id="next-title">
          {t('plan.next')}
        </h2>
        <p className="next-session__date">{next === undefined ? t('plan.nextNone') : words.date(next.date)}</p>
      </div>
      <PlanSettings
        recommendation={recommendation}
        plan={plan}
        preferences={preferences}
        today={today}
        choosePlan={choosePlan}
      />
      <h2 ref={sessionsRef} tabIndex={-1}>
        {t('plan.sessionsTitle')}
      </h2>
      <SessionList
        plan={plan}
        today={today}
        editing={{
          today,
          moveSession,
          restoreSession,
          onSkipped: () => sessionsRef.current?.focus(),
        }}
      />
      {plan.reviewDate === null ? null : (
        <div className="actions no-print">
          <button type="button" className="button button--secondary" onClick={retake}>
            {t('result.retake')}
          </button>
        </div>
      )}
      <CalendarExport
        plan={plan}
        sessionMinutes={recommendation.sessionMinutes}
        preferences={preferences}
        choosePlan={choosePlan}
        exportCalendar={exportCalendar}
      />
      <SharePlan answers={answers} plan={plan} preferences={preferences} start={start} today={today} />
      <div className="actions no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t('plan.print')}
        </button>
      </div>
      <AfterMassage />
      <p className="quiet">{t('result.notAdvice')}</p>
    </>
  );
}
