/**
 * The plan builder: a recommendation and the person's preferences in, dated sessions out. Dates are whole day
 * numbers (see `dates.ts`), so no time zone can move a session. The ceilings of rule 6 hold by construction over
 * what happened and what is planned together: every session is checked against the massages the person reported
 * and the sessions before it (docs/rules.md, "Ceilings").
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
import { TWICE_A_WEEK, WEEK } from './guide';
import { pauseEnd, type Recommendation } from './recommend';
import { MAX_SESSION_CHANGES, PLAN_WEEKS } from './plan-limits';
import { safeParseWith, z, type ParseResult } from './schema';

export { PLAN_WEEKS } from './plan-limits';

/**
 * The person's own choice of how often (rule 2): another point inside the guide's range, or the lifestyle row's
 * option the engine named. Null: the engine's point.
 */
export type PlanChoice = { readonly kind: 'interval'; readonly days: number } | { readonly kind: 'lifestyle-option' };

/** One planned session moved to another day, or skipped (`to: null`), keyed by the date it was planned for. */
export interface SessionChange {
  readonly planned: IsoDate;
  readonly to: IsoDate | null;
}

export interface PlanOptions {
  /** The device's today, passed in: the engine never reads the clock. */
  readonly today: IsoDate;
  /** The first day a session may fall on. */
  readonly start: IsoDate;
  /** Preferred ISO weekdays (1 = Monday), most preferred first. */
  readonly weekdays: readonly Weekday[];
  /** The horizon in weeks, 4 to 52. */
  readonly weeks: number;
  readonly choice?: PlanChoice | null | undefined;
  /** Sessions moved or skipped (a holiday); one that no longer fits the ceilings is left where it was planned. */
  readonly changes?: readonly SessionChange[] | undefined;
  /**
   * Days on which a massage happened (check-ins), any order. The plan re-flows from the last, one interval later,
   * and the ceilings count them with the planned sessions.
   */
  readonly happened?: readonly IsoDate[] | undefined;
}

export const PlanChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('interval'), days: z.number().check(z.minimum(1), z.maximum(365)) }),
  z.strictObject({ kind: z.literal('lifestyle-option') }),
]);

export const SessionChangesSchema = z
  .array(z.strictObject({ planned: IsoDateSchema, to: z.nullable(IsoDateSchema) }))
  .check(
    z.maxLength(MAX_SESSION_CHANGES),
    z.refine((changes) => new Set(changes.map((change) => change.planned)).size === changes.length, {
      error: 'no-duplicates',
    }),
  );

/** Preferred weekdays: up to three distinct ISO weekdays. */
export const WeekdaysSchema = z
  .array(
    z.pipe(
      z.number().check(z.int(), z.minimum(1), z.maximum(7)),
      z.transform((day) => day as Weekday),
    ),
  )
  .check(
    z.maxLength(3),
    z.refine((days) => new Set(days).size === days.length, { error: 'no-duplicates' }),
  );

export const PlanWeeksSchema = z.number().check(z.int(), z.minimum(PLAN_WEEKS.min), z.maximum(PLAN_WEEKS.max));

const PlanOptionsSchema = z.strictObject({
  today: IsoDateSchema,
  start: IsoDateSchema,
  weekdays: WeekdaysSchema,
  weeks: PlanWeeksSchema,
  choice: z.optional(z.nullable(PlanChoiceSchema)),
  changes: z.optional(SessionChangesSchema),
});

/** Parses plan preferences from a form, storage or a link. Never throws. */
export function parsePlanOptions(input: unknown): ParseResult<PlanOptions> {
  return safeParseWith(PlanOptionsSchema, input);
}

/** `until-improvement`: chronic pain's sessions after the review point keep the initial rate (rule 4). */
export type SessionPhase = 'ongoing' | 'initial' | 'until-improvement' | 'maintenance' | 'clinician';

export interface Session {
  readonly date: IsoDate;
  /** The date the plan put it on: the same as `date` unless the person moved it. Stable: calendar UIDs use it. */
  readonly planned: IsoDate;
  readonly phase: SessionPhase;
  /** The first session on or after the review point: "check how your pain is doing". */
  readonly isReview: boolean;
}

export interface Plan {
  readonly sessions: readonly Session[];
  /** How often the plan follows, as average days between sessions (0 when there are no sessions). */
  readonly intervalDays: number;
  /** The person chose this interval themselves (rule 2), rather than the engine's point. */
  readonly isOwnChoice: boolean;
  /** Sessions the person skipped, by the date they were planned for. */
  readonly skipped: readonly IsoDate[];
  /** The weekdays the sessions fall on. */
  readonly weekdays: readonly Weekday[];
  /** Chronic pain's review point, or null. */
  readonly reviewDate: IsoDate | null;
  /** The first day a session may fall on: the start, one interval after the last massage, or the end of a pause. */
  readonly earliest: IsoDate;
  /** The first day after the horizon. */
  readonly until: IsoDate;
  /**
   * The massages the plan was laid out from: the last one (the plan re-flows from it) and those close enough before
   * `earliest` to count in the ceilings of a session or a move. A shared link carries these.
   */
  readonly happened: readonly IsoDate[];
  /** The most sessions, happened or planned, in any 7 consecutive days. */
  readonly maxInAWeek: number;
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

/** The intervals a person may choose instead of the engine's point (rule 2), most frequent first. */
export function intervalChoices(recommendation: Recommendation): readonly number[] {
  const schedule = recommendation.schedule;
  if (recommendation.outcome !== 'plan' || schedule === null) return [];
  if (schedule.source === 'clinician') return [schedule.intervalDays];
  // Soreness only ever makes the plan gentler (rule 3): while a gentler step holds, its end of the range is the only point.
  const isGentler = recommendation.reasons.some(
    (reason) => reason.code === 'soreness-lasting' || reason.code === 'soreness-bruising',
  );
  if (isGentler) return [schedule.intervalDays];
  const { min, max } = schedule.range;
  const points: number[] = [];
  if (min <= TWICE_A_WEEK && max >= TWICE_A_WEEK) points.push(TWICE_A_WEEK);
  for (let days = Math.max(1, Math.ceil(min / WEEK)) * WEEK; days <= max; days += WEEK) points.push(days);
  return points;
}

/** The interval a plan follows: the person's choice when it is still one they may make, else the engine's. */
export function resolveInterval(
  recommendation: Recommendation,
  choice: PlanChoice | null | undefined,
): { readonly intervalDays: number; readonly isOwnChoice: boolean } {
  const schedule = recommendation.schedule;
  if (recommendation.outcome !== 'plan' || schedule === null) return { intervalDays: 0, isOwnChoice: false };
  const engine = { intervalDays: schedule.intervalDays, isOwnChoice: false };
  if (choice === null || choice === undefined || schedule.source === 'clinician') return engine;
  if (choice.kind === 'lifestyle-option') {
    const option = recommendation.lifestyleOption;
    return option === null ? engine : { intervalDays: option.intervalDays, isOwnChoice: true };
  }
  if (choice.days === schedule.intervalDays || !intervalChoices(recommendation).includes(choice.days)) return engine;
  return { intervalDays: choice.days, isOwnChoice: true };
}

/** Why a session can't be moved to a day, or null when it can. */
export type MoveProblem =
  | 'not-in-plan'
  | 'in-the-past'
  | 'before-start'
  | 'after-end'
  | 'same-day-as-another'
  | 'next-to-another'
  | 'too-many-in-a-week';

/**
 * The most massages in any 7 consecutive days (rule 6, counted over what happened and what is planned): two for a
 * plan the engine chose; for a clinician's advice, never more often than advised (three a week at most; once for
 * advice of once a week or less often).
 */
export function maxInAWeekOf(recommendation: Recommendation): number {
  const schedule = recommendation.schedule;
  if (schedule?.source !== 'clinician') return RULE_6_MAX_IN_A_WEEK;
  return schedule.advice.kind === 'times-a-week' ? schedule.advice.times : 1;
}

/** Rule 6: never more than two sessions in any 7 consecutive days, for a plan the engine chooses. */
const RULE_6_MAX_IN_A_WEEK = 2;

/**
 * The fewest days from one massage to the next session the plan lays out: the interval, and twice a week's shorter
 * gap (3 days) where the interval is under a week. Never a day apart (rule 6).
 */
function gapAfterMassage(intervalDays: number): number {
  return Math.max(2, intervalDays < WEEK ? Math.floor(intervalDays) : Math.round(intervalDays));
}

/** Does a massage on `day` keep rule 6's ceilings among the `others` (day numbers, any order)? */
function ceilingProblem(
  others: readonly number[],
  day: number,
  maxInAWeek: number,
): 'same-day-as-another' | 'next-to-another' | 'too-many-in-a-week' | null {
  for (const other of others) {
    if (other === day) return 'same-day-as-another';
    if (Math.abs(other - day) === 1) return 'next-to-another';
  }
  // Every 7-day window that holds `day`.
  for (let from = day - (WEEK - 1); from <= day; from += 1) {
    let count = 1;
    for (const other of others) if (other >= from && other < from + WEEK) count += 1;
    if (count > maxInAWeek) return 'too-many-in-a-week';
  }
  return null;
}

function moveProblemIn(plan: Plan, planned: IsoDate, to: IsoDate): MoveProblem | null {
  const day = toDayNumber(to);
  if (day < toDayNumber(plan.earliest)) return 'before-start';
  if (day >= toDayNumber(plan.until)) return 'after-end';
  const others = plan.sessions.filter((session) => session.planned !== planned).map((s) => toDayNumber(s.date));
  for (const date of plan.happened) others.push(toDayNumber(date));
  return ceilingProblem(others, day, plan.maxInAWeek);
}

/**
 * Can the session planned for `planned` move to `to`? Only upcoming sessions move, to a day from today on, inside
 * the plan, and the ceilings of rule 6 still hold with every other session where it is.
 */
export function checkMove(plan: Plan, planned: IsoDate, to: IsoDate, today: IsoDate): MoveProblem | null {
  const session = plan.sessions.find((candidate) => candidate.planned === planned);
  if (session === undefined) return 'not-in-plan';
  if (session.date < today || to < today) return 'in-the-past';
  return moveProblemIn(plan, planned, to);
}

/** Applies the person's moved and skipped sessions; a move that no longer fits the ceilings is left out. */
function applyChanges(plan: Plan, changes: readonly SessionChange[]): Plan {
  let result = plan;
  for (const change of changes) {
    const index = result.sessions.findIndex((session) => session.planned === change.planned);
    const session = result.sessions[index];
    if (session === undefined) continue;
    const sessions = [...result.sessions];
    if (change.to === null) {
      sessions.splice(index, 1);
      result = { ...result, sessions, skipped: [...result.skipped, change.planned] };
      continue;
    }
    if (moveProblemIn(result, change.planned, change.to) !== null) continue;
    sessions[index] = { ...session, date: change.to };
    sessions.sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
    result = { ...result, sessions };
  }
  return result;
}

/**
 * Lays a recommendation out as dated sessions from `start` for `weeks` weeks.
 *
 * Weekly and every-N-weeks plans fall on the first preferred weekday; twice-a-week plans on two weekdays at least
 * 3 days apart; a clinician's three-a-week on three days, none consecutive. The first session is no sooner than
 * one interval after the last massage and the end of a pause (rule 3); a session that would break the ceilings
 * with the massages that happened and the sessions before it is left out (rule 6). The review point of chronic
 * pain's first weeks is about 4 weeks after the start, or after those weeks began again (rule 4). The person's own
 * point (rule 2) and their moved or skipped sessions apply when they still fit. Plans other than `plan` outcomes
 * have no sessions. Total: odd options are normalised, never thrown on.
 */
export function buildPlan(recommendation: Recommendation, options: PlanOptions): Plan {
  const start = options.start;
  const startDay = toDayNumber(start);
  const last = startDay + clampWeeks(options.weeks) * WEEK;
  const until = fromDayNumber(last);
  const schedule = recommendation.schedule;
  const maxInAWeek = maxInAWeekOf(recommendation);
  if (recommendation.outcome !== 'plan' || schedule === null) {
    return {
      sessions: [],
      intervalDays: 0,
      isOwnChoice: false,
      skipped: [],
      weekdays: [],
      reviewDate: null,
      earliest: start,
      until,
      happened: [],
      maxInAWeek,
    };
  }

  const pause = recommendation.pause;
  const { intervalDays, isOwnChoice } = resolveInterval(recommendation, options.choice);
  const massages = (options.happened ?? []).map(toDayNumber).sort((a, b) => a - b);
  const lastMassage = massages.at(-1);
  const afterMassage = lastMassage === undefined ? startDay : lastMassage + gapAfterMassage(intervalDays);
  const opens = Math.max(startDay, afterMassage);
  const first = pause === null ? opens : Math.max(opens, toDayNumber(pauseEnd(pause)));
  const reviewFrom =
    schedule.source === 'guide' && schedule.reviewFrom !== null ? toDayNumber(schedule.reviewFrom) : null;
  const reviewDay =
    schedule.source === 'guide' && schedule.reviewAfterDays !== null
      ? Math.max(startDay, reviewFrom ?? startDay) + schedule.reviewAfterDays
      : null;
  const reviewDate = reviewDay === null ? null : fromDayNumber(reviewDay);
  const reviewAt = reviewDay ?? Number.POSITIVE_INFINITY;
  const perWeek = intervalDays < WEEK ? Math.round(WEEK / intervalDays) : 1;
  const everyWeeks = intervalDays < WEEK ? 1 : Math.max(1, Math.round(intervalDays / WEEK));
  const weekdays = chooseWeekdays(perWeek, options.weekdays, weekdayOfDayNumber(startDay));
  const step = perWeek === 1 ? everyWeeks * WEEK : WEEK;
  // The first day on or after `first` (the start, or the end of a pause) for each weekday, in date order; each then repeats every `step` days.
  const firsts = weekdays
    .map((weekday) => first + ((weekday - weekdayOfDayNumber(first) + WEEK) % WEEK))
    .sort((a, b) => a - b);
  const steadyPhase: SessionPhase = schedule.source === 'clinician' ? 'clinician' : schedule.phase;
  const dateOf = createAscendingDates(first);
  // The massages the plan is laid out from: the last (the re-flow), and those that can share a 7-day window with a
  // session (the week before the first day).
  const counted = massages.filter((day) => day > first - WEEK || day === lastMassage);
  const happened = counted.map(fromDayNumber);
  const taken = [...counted];
  // The first of `taken` inside the 7 days that end on the day being laid out.
  let inWindow = 0;
  const sessions: Session[] = [];
  let reviewMarked = false;
  const earliestFirst = firsts[0] ?? last;
  for (let offset = 0; earliestFirst + offset < last; offset += step) {
    for (const firstDay of firsts) {
      const day = firstDay + offset;
      if (day >= last) break;
      // Rule 6 over what happened and what is planned: days are laid out in order, so only earlier ones can clash.
      const previous = taken[taken.length - 1];
      if (previous !== undefined && day - previous < 2) continue;
      while (inWindow < taken.length && (taken[inWindow] ?? day) <= day - WEEK) inWindow += 1;
      if (taken.length - inWindow + 1 > maxInAWeek) continue;
      taken.push(day);
      const isReview = !reviewMarked && day >= reviewAt;
      if (isReview) reviewMarked = true;
      const phase = reviewDay === null ? steadyPhase : day < reviewAt ? 'initial' : 'until-improvement';
      const date = dateOf(day);
      sessions.push({ date, planned: date, phase, isReview });
    }
  }
  const plan: Plan = {
    sessions,
    intervalDays,
    isOwnChoice,
    skipped: [],
    weekdays,
    reviewDate,
    earliest: fromDayNumber(first),
    until,
    happened,
    maxInAWeek,
  };
  return options.changes === undefined || options.changes.length === 0 ? plan : applyChanges(plan, options.changes);
}
