/**
 * The plan builder: a recommendation and the person's preferences in, dated sessions out. Dates are whole day
 * numbers (see `dates.ts`), so no time zone can move a session; the ceilings of rule 6 hold by construction.
 */
import {
  createAscendingDates,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  type IsoDate,
  type Weekday,
} from './dates';
import { IsoDateSchema } from './answers';
import { WEEK } from './guide';
import type { Recommendation } from './recommend';
import { safeParseWith, z, type ParseResult } from './schema';

export const PLAN_WEEKS = { min: 4, max: 52, default: 12 } as const;

export interface PlanOptions {
  /** The device's today, passed in: the engine never reads the clock. */
  readonly today: IsoDate;
  /** The first day a session may fall on. */
  readonly start: IsoDate;
  /** Preferred ISO weekdays (1 = Monday), most preferred first. */
  readonly weekdays: readonly Weekday[];
  /** The horizon in weeks, 4 to 52. */
  readonly weeks: number;
}

export const PlanOptionsSchema = z.strictObject({
  today: IsoDateSchema,
  start: IsoDateSchema,
  weekdays: z
    .array(
      z.pipe(
        z.number().check(z.int(), z.minimum(1), z.maximum(7)),
        z.transform((day) => day as Weekday),
      ),
    )
    .check(
      z.maxLength(3),
      z.refine((days) => new Set(days).size === days.length, { error: 'no-duplicates' }),
    ),
  weeks: z.number().check(z.int(), z.minimum(PLAN_WEEKS.min), z.maximum(PLAN_WEEKS.max)),
});

/** Parses plan preferences from a form, storage or a link. Never throws. */
export function parsePlanOptions(input: unknown): ParseResult<PlanOptions> {
  return safeParseWith(PlanOptionsSchema, input);
}

/** `until-improvement`: chronic pain's sessions after the review point keep the initial rate (rule 4). */
export type SessionPhase = 'ongoing' | 'initial' | 'until-improvement' | 'maintenance' | 'clinician';

export interface Session {
  readonly date: IsoDate;
  readonly phase: SessionPhase;
  /** The first session on or after the review point: "check how your pain is doing". */
  readonly isReview: boolean;
}

export interface Plan {
  readonly sessions: readonly Session[];
  /** The weekdays the sessions fall on. */
  readonly weekdays: readonly Weekday[];
  /** Chronic pain's review point, or null. */
  readonly reviewDate: IsoDate | null;
  /** The first day after the horizon. */
  readonly until: IsoDate;
}

/** Smallest gap, cyclically around the week, between any two of the weekdays. */
function smallestGap(weekdays: readonly Weekday[]): number {
  const sorted = [...weekdays].sort((a, b) => a - b);
  let smallest = WEEK;
  sorted.forEach((day, index) => {
    const next = sorted[(index + 1) % sorted.length] ?? day;
    const gap = (next - day + WEEK) % WEEK || WEEK;
    smallest = Math.min(smallest, gap);
  });
  return smallest;
}

function shiftWeekday(day: Weekday, by: number): Weekday {
  return (((day - 1 + by) % WEEK) + 1) as Weekday;
}

/**
 * The weekdays for `perWeek` sessions a week. Twice a week needs two days at least 3 apart (rule 2), three a week
 * no two consecutive (rule 5); when the preferred days don't allow that, they are spread from the first of them.
 */
export function chooseWeekdays(perWeek: number, preferred: readonly Weekday[], fallback: Weekday): Weekday[] {
  const distinct: Weekday[] = [];
  for (const day of preferred) {
    if (Number.isInteger(day) && day >= 1 && day <= WEEK && !distinct.includes(day)) distinct.push(day);
  }
  const first = distinct[0] ?? fallback;
  if (perWeek <= 1) return [first];
  const minimumGap = perWeek === 2 ? 3 : 2;
  const wanted = distinct.slice(0, perWeek);
  if (wanted.length === perWeek && smallestGap(wanted) >= minimumGap) return wanted.sort((a, b) => a - b);
  const spread = perWeek === 2 ? [0, 3] : [0, 2, 4];
  return spread.map((by) => shiftWeekday(first, by)).sort((a, b) => a - b);
}

function clampWeeks(weeks: number): number {
  if (!Number.isFinite(weeks)) return PLAN_WEEKS.default;
  return Math.min(PLAN_WEEKS.max, Math.max(PLAN_WEEKS.min, Math.round(weeks)));
}

/**
 * Lays a recommendation out as dated sessions from `start` for `weeks` weeks.
 *
 * Weekly and every-N-weeks plans fall on the first preferred weekday; twice-a-week plans on two weekdays at least
 * 3 days apart; a clinician's three-a-week on three days, none consecutive. A pause (rule 3) moves the first
 * session. Plans other than `plan` outcomes have no sessions. Total: odd options are normalised, never thrown on.
 */
export function buildPlan(recommendation: Recommendation, options: PlanOptions): Plan {
  const start = options.start;
  const startDay = toDayNumber(start);
  const last = startDay + clampWeeks(options.weeks) * WEEK;
  const until = fromDayNumber(last);
  const schedule = recommendation.schedule;
  if (recommendation.outcome !== 'plan' || schedule === null) {
    return { sessions: [], weekdays: [], reviewDate: null, until };
  }

  const pause = recommendation.pause;
  const first = pause === null ? startDay : Math.max(startDay, toDayNumber(pause.since ?? options.today) + pause.days);
  const reviewDay =
    schedule.source === 'guide' && schedule.reviewAfterDays !== null ? startDay + schedule.reviewAfterDays : null;
  const reviewDate = reviewDay === null ? null : fromDayNumber(reviewDay);
  const reviewAt = reviewDay ?? Number.POSITIVE_INFINITY;
  const perWeek = schedule.intervalDays < WEEK ? Math.round(WEEK / schedule.intervalDays) : 1;
  const everyWeeks = schedule.intervalDays < WEEK ? 1 : Math.max(1, Math.round(schedule.intervalDays / WEEK));
  const weekdays = chooseWeekdays(perWeek, options.weekdays, weekdayOfDayNumber(startDay));
  const step = perWeek === 1 ? everyWeeks * WEEK : WEEK;
  // The first day on or after `first` (the start, or the end of a pause) for each weekday, in date order; each then repeats every `step` days.
  const firsts = weekdays
    .map((weekday) => first + ((weekday - weekdayOfDayNumber(first) + WEEK) % WEEK))
    .sort((a, b) => a - b);
  const steadyPhase: SessionPhase = schedule.source === 'clinician' ? 'clinician' : schedule.phase;
  const dateOf = createAscendingDates(first);
  const sessions: Session[] = [];
  let reviewMarked = false;
  for (let offset = 0; ; offset += step) {
    const before = sessions.length;
    for (const firstDay of firsts) {
      const day = firstDay + offset;
      if (day >= last) break;
      const isReview = !reviewMarked && day >= reviewAt;
      if (isReview) reviewMarked = true;
      const phase = reviewDay === null ? steadyPhase : day < reviewAt ? 'initial' : 'until-improvement';
      sessions.push({ date: dateOf(day), phase, isReview });
    }
    if (sessions.length === before) break;
  }
  return { sessions, weekdays, reviewDate, until };
}
