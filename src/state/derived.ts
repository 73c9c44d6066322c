/**
 * Everything the screens show, derived in one place from what the person said (docs/decisions/011): the reading
 * of their timeline, the recommendation, the plan, the sessions waiting for a check-in, the history, a retake's
 * starting draft, and a shared link's plan. Memoised selectors, no React; the practice's guide is applied here,
 * once. Features read these and never call the engine's derivations themselves (a lint rule keeps it so).
 *
 * Loaded with the result screens, never on a first visit: it brings the engine.
 */
import { isCalendarBehind } from '../domain/calendar-sync';
import { dueCheckIns, planFor, type Derived, type DueCheckIns } from '../domain/check-ins';
import type { IsoDate } from '../domain/dates';
import { replayTimeline, type HistoryEntry } from '../domain/history';
import { buildPlan, type Plan } from '../domain/plan';
import { draftFromAnswers } from '../domain/answers-draft';
import type { AnswersDraft } from '../domain/questionnaire';
import type { Soreness } from '../domain/guide';
import { recommendFromState, type Recommendation } from '../domain/recommend';
import type { SharedPlan } from '../domain/share';
import { draftForRetake, eventsOf, type Timeline } from '../domain/timeline';
import { practiceGuide } from '../practice/practice-guide';
import type { SavedPlanner } from './saved-shape';

/** What the selectors read: the saved timeline and preferences. */
type Source = Pick<SavedPlanner, 'submissions' | 'checkIns' | 'advice' | 'plan'>;

/** Remembers the last result, for as long as every argument is the same (by identity). */
function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { readonly args: Args; readonly result: Result } | null = null;
  return (...args) => {
    if (last !== null && last.args.length === args.length && last.args.every((arg, index) => arg === args[index])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const timelineOf = memoizeLast(
  (submissions: Source['submissions'], checkIns: Source['checkIns'], advice: Source['advice']): Timeline => ({
    submissions,
    checkIns,
    advice,
  }),
);

/** The person's timeline as the engine takes it. */
function selectTimeline(state: Source): Timeline {
  return timelineOf(state.submissions, state.checkIns, state.advice);
}

/** Everything the result, plan and check-in screens show, and the sessions that wait for a check-in. */
export interface PlannerView extends Derived {
  readonly due: DueCheckIns;
}

const viewOf = memoizeLast((timeline: Timeline, preferences: Source['plan'], today: IsoDate): PlannerView | null => {
  const derived = planFor(timeline, preferences, practiceGuide, today);
  if (derived === null) return null;
  const due = dueCheckIns(derived.plan.sessions, timeline.checkIns, today, derived.reading.answeredOn);
  return { ...derived, due };
});

/** The reading, recommendation, plan and due check-ins on `today`; null before the first submission. */
export function selectPlanner(state: Source, today: IsoDate): PlannerView | null {
  return viewOf(selectTimeline(state), state.plan, today);
}

const historyOf = memoizeLast((timeline: Timeline, today: IsoDate): readonly HistoryEntry[] =>
  replayTimeline(timeline, practiceGuide, today),
);

/**
 * Does the calendar file the person downloaded hold dates the plan no longer has (a session moved, skipped,
 * added, or the plan gone after a referral)? False for a person who never downloaded one.
 */
export function selectCalendarBehind(state: Source & Pick<SavedPlanner, 'calendar'>, today: IsoDate): boolean {
  if (state.calendar.id === null) return false;
  return isCalendarBehind(state.calendar.exported, selectPlanner(state, today)?.plan.sessions ?? [], today);
}

/** Every event, oldest first, with the recommendation after it and what it changed. */
export function selectHistory(state: Source, today: IsoDate): readonly HistoryEntry[] {
  return historyOf(selectTimeline(state), today);
}

/** The change the entry with this id made, or null. */
export function selectChangeMadeBy(state: Source, today: IsoDate, id: string | null): HistoryEntry | null {
  if (id === null) return null;
  return selectHistory(state, today).find((entry) => entry.event.entry.id === id) ?? null;
}

/** Where a retake starts, and what it starts from. */
export interface RetakeStart {
  /** The latest answers, with the latest report already chosen (rule 3). */
  readonly draft: AnswersDraft;
  /** The answers as the person last gave them, for the review to say what changed since. */
  readonly before: AnswersDraft;
  /** How the latest massage reported since those answers felt, if one was: the report the draft carries. */
  readonly reported: Soreness | null;
}

export function selectRetake(state: Source, today: IsoDate): RetakeStart {
  const view = selectPlanner(state, today);
  if (view === null) return { draft: {}, before: {}, reported: null };
  let reported: Soreness | null = null;
  for (const event of eventsOf(selectTimeline(state), today)) {
    if (event.kind === 'answers') reported = null;
    else if (event.kind === 'check-in' && event.entry.happened) reported = event.entry.felt;
  }
  return {
    draft: draftForRetake(view.reading.answers, view.reading.state),
    before: draftFromAnswers(view.reading.answers),
    reported,
  };
}

const sharedViewOf = memoizeLast(
  (shared: SharedPlan, today: IsoDate): { readonly recommendation: Recommendation; readonly plan: Plan } => {
    const recommendation = recommendFromState(shared.answers, shared.state, practiceGuide, shared.withheldSafety);
    return { recommendation, plan: buildPlan(recommendation, { today, ...shared.preferences }) };
  },
);

/** A shared link's recommendation and dates, exactly as the sender saw them. */
export function deriveSharedPlan(
  shared: SharedPlan,
  today: IsoDate,
): { readonly recommendation: Recommendation; readonly plan: Plan } {
  return sharedViewOf(shared, today);
}
