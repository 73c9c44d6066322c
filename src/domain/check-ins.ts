/**
 * Check-ins over time: which planned sessions still wait for one, the last massage, and the plan they lead to.
 * Pure, like the rest of the engine. Merging two tabs' copies is in `check-in-merge.ts` (light enough for the
 * store on a first visit).
 */
import type { Answers, CheckIn } from './answers';
import type { IsoDate, Weekday } from './dates';
import { buildPlan, type Plan, type PlanChoice, type Session, type SessionChange } from './plan';
import { recommend, type Recommendation } from './recommend';
import { GUIDE, type Guide } from './guide';

export { MAX_CHECK_INS, mergeCheckIns } from './check-in-merge';

export interface DueCheckIns {
  /** The most recent past session without a check-in: the one to ask about. */
  readonly latest: Session | null;
  /** Earlier past sessions without one, oldest first: "mark these skipped" in one tap. */
  readonly earlier: readonly Session[];
}

/**
 * Sessions whose date has passed (before `today`) with no check-in for them, after the questionnaire was answered
 * (its answer covers what came before).
 */
export function dueCheckIns(
  sessions: readonly Session[],
  checkIns: readonly CheckIn[],
  today: IsoDate,
  answeredOn: IsoDate | undefined,
): DueCheckIns {
  const answered = new Set(checkIns.flatMap((checkIn) => (checkIn.planned === undefined ? [] : [checkIn.planned])));
  const due = sessions.filter(
    (session) =>
      session.date < today && (answeredOn === undefined || session.date > answeredOn) && !answered.has(session.planned),
  );
  return { latest: due.at(-1) ?? null, earlier: due.slice(0, -1) };
}

/** The date of the latest massage that happened and counts (after the questionnaire), or undefined. */
export function lastMassage(checkIns: readonly CheckIn[], answeredOn: IsoDate | undefined): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const checkIn of checkIns) {
    if (!checkIn.happened || (answeredOn !== undefined && checkIn.date <= answeredOn)) continue;
    if (latest === undefined || checkIn.date > latest) latest = checkIn.date;
  }
  return latest;
}

/** The person's plan preferences, as the store keeps them (a null start: the day they answered the questions). */
export interface PlanPreferencesInput {
  readonly start: IsoDate | null;
  readonly weekdays: readonly Weekday[];
  readonly weeks: number;
  readonly choice: PlanChoice | null;
  readonly changes: readonly SessionChange[];
}

/**
 * Everything the screens show, derived from what the person said: the recommendation after their check-ins, and
 * the plan from their start (by default the day they answered, so past sessions stay put and can be checked in),
 * re-flowed after their last massage.
 */
export function planFor(
  answers: Answers,
  checkIns: readonly CheckIn[],
  preferences: PlanPreferencesInput,
  today: IsoDate,
  guide: Guide = GUIDE,
): { readonly recommendation: Recommendation; readonly plan: Plan; readonly start: IsoDate } {
  const recommendation = recommend(answers, checkIns, guide);
  const start = preferences.start ?? answers.answeredOn ?? today;
  const plan = buildPlan(recommendation, {
    today,
    start,
    weekdays: preferences.weekdays,
    weeks: preferences.weeks,
    choice: preferences.choice,
    changes: preferences.changes,
    lastMassage: lastMassage(checkIns, answers.answeredOn),
  });
  return { recommendation, plan, start };
}
