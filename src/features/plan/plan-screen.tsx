import { useRef, type ReactNode } from 'react';
import { booking } from '../../practice/booking';
import { selectPlanner } from '../../state/derived';
import { todayOnDevice } from '../../state/today';
import { moveSession, restoreSession } from '../../state/later-events';
import { goBackFrom } from '../../state/go-back';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { BookingLink } from '../../ui/booking-link';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { AfterMassage } from './after-massage';
import { CalendarExport } from './calendar-export';
import { PlanSettings } from './plan-settings';
import { PlanSummary } from './plan-summary';
import { SessionList } from './session-list';
import { SharePlan } from './share-plan';
import { useResultWords } from '../../state/language';

/** The person's dated plan: derived from their answers and preferences during render, never stored. */
export function PlanScreen({ checkIn }: { readonly checkIn?: ReactNode }) {
  const words = useResultWords();
  const { t } = words;
  const bookingLink = booking(words);
  const preferences = usePlanner((state) => state.plan);
  const closePlan = usePlanner((state) => state.closePlan);
  const retake = usePlanner((state) => state.retake);
  const openHistory = usePlanner((state) => state.openHistory);
  const choosePlan = usePlanner((state) => state.choosePlan);
  const headingRef = useScreenFocus<HTMLHeadingElement>('plan');
  const sessionsRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('nav.pageTitle', { title: t('plan.title') }));

  const today = todayOnDevice();
  const derived = usePlanner((state) => selectPlanner(state, today));
  if (derived === null || derived.recommendation.outcome !== 'plan') return null;
  const { recommendation, plan, start, reading } = derived;
  const next = plan.sessions.find((session) => session.date >= today);

  return (
    <>
      <button
        type="button"
        className="back-link no-print"
        onClick={() => {
          goBackFrom(closePlan);
        }}
      >
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
      {bookingLink === null ? null : <BookingLink {...bookingLink} isPrimary />}
      {/* The ways to keep the plan, near its top: the calendar file and print, then a link to share. */}
      <CalendarExport
        plan={plan}
        sessionMinutes={recommendation.sessionMinutes}
        preferences={preferences}
        choosePlan={choosePlan}
        isPrimary={bookingLink === null}
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t('plan.print')}
        </button>
      </CalendarExport>
      <SharePlan reading={reading} plan={plan} preferences={preferences} start={start} />
      {checkIn}
      <PlanSettings
        recommendation={recommendation}
        plan={plan}
        preferences={preferences}
        start={start}
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
          moveSession: (planned, to) => {
            moveSession(plannerStore, planned, to);
          },
          restoreSession: (planned) => {
            restoreSession(plannerStore, planned);
          },
          onSkipped: () => sessionsRef.current?.focus(),
        }}
      />
      <div className="actions no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void retake();
          }}
        >
          {t('result.retake')}
        </button>
        <button type="button" className="button button--secondary" onClick={openHistory}>
          {t('history.open')}
        </button>
      </div>
      <AfterMassage />
      {/* The footer says it on screen; a printed plan carries it itself. */}
      <p className="quiet print-only">{t('result.notAdvice')}</p>
    </>
  );
}
