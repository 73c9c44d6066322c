/**
 * Check-ins over time: which planned sessions still wait for one, the last massage, and the plan they lead to.
 * Pure, like the rest of the engine. Merging two tabs' copies is in `check-in-merge.ts` (light enough for the
 * store on a first visit).
 */
import type { CheckIn } from './answers';
import { weekdayOf, type IsoDate, type Weekday } from './dates';
import type { Guide } from './guide';
import { buildPlan, type Plan, type PlanChoice, type Session, type SessionChange } from './plan';
import { recommendFromState, type Recommendation } from './recommend';
import { defaultStart, readTimeline, type Reading, type Timeline } from './timeline';

export { mergeCheckIns } from './check-in-merge';

export interface DueCheckIns {
  /** The most recent past session without a check-in: the one to ask about. */
  readonly latest: Session | null;
  /** Earlier past sessions without one, oldest first: "mark these skipped" in one tap. */
  readonly earlier: readonly Session[];
}

/**
 * Sessions whose date has passed (before `today`) with no check-in for them, after the latest answers (whose
 * "after your last massage" covers what came before).
 */
export function dueCheckIns(
  sessions: readonly Session[],
  checkIns: readonly CheckIn[],
  today: IsoDate,
  answeredOn: IsoDate,
): DueCheckIns {
  const answered = new Set(checkIns.flatMap((checkIn) => (checkIn.planned === undefined ? [] : [checkIn.planned])));
  const due = sessions.filter(
    (session) => session.date < today && session.date > answeredOn && !answered.has(session.planned),
  );
  return { latest: due.at(-1) ?? null, earlier: due.slice(0, -1) };
}

/** The person's plan preferences, as the store keeps them (a null start: the day after they answered the questions). */
export interface PlanPreferencesInput {
  readonly start: IsoDate | null;
  readonly weekdays: readonly Weekday[];
  readonly weeks: number;
  readonly choice: PlanChoice | null;
  readonly changes: readonly SessionChange[];
}

/** Everything the screens show about a plan, derived from the timeline on a day. */
export interface Derived {
  readonly reading: Reading;
  readonly recommendation: Recommendation;
  readonly plan: Plan;
  /** The plan's start: the person's choice, or the first day after the latest answers (never that day itself). */
  readonly start: IsoDate;
}

/**
 * The recommendation from everything the person said, and the plan from their start, re-flowed after their last
 * massage with the ceilings counted over what happened and what is planned (docs/rules.md). Null before the first
 * submission.
 */
export function planFor(
  timeline: Timeline,
  preferences: PlanPreferencesInput,
  guide: Guide,
  today: IsoDate,
): Derived | null {
  const reading = readTimeline(timeline, today);
  if (reading === null) return null;
  const recommendation = recommendFromState(reading.answers, reading.state, guide);
  const start = preferences.start ?? defaultStart(reading.answeredOn);
  // Without a preferred weekday, a retake keeps the weekday the plan began on, not the retake's.
  const weekdays =
    preferences.weekdays.length > 0 || preferences.start !== null
      ? preferences.weekdays
      : [weekdayOf(defaultStart(reading.firstAnsweredOn))];
  const plan = buildPlan(recommendation, {
    today,
    start,
    weekdays,
    weeks: preferences.weeks,
    choice: preferences.choice,
    changes: preferences.changes,
    happened: reading.happened,
  });
  return { reading, recommendation, plan, start };
}
