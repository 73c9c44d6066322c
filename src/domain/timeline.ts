/**
 * One timeline of what the person said (docs/rules.md, "One timeline"): every questionnaire submission, every
 * check-in and every entry of a professional's advice, read in order into the state the rules act on. Pure, like
 * the rest of the engine: the same timeline and today always give the same state.
 *
 * Order: by date, then by the sequence number the store gave each entry as it was entered (same-day events keep
 * the order in which they were entered). Events dated after today do not count yet.
 */
import type { AdviceEntry, Answers, CheckIn, ClinicianAdvice, Submission } from './answers';
import { draftFromAnswers } from './answers-draft';
import { NOT_YET, pruneDraft, type AnswersDraft } from './questionnaire';
import { addDays, toDayNumber, type IsoDate } from './dates';
import {
  SORENESS_RANK,
  STREAK_TO_REFER,
  STREAK_TO_STEP_BACK,
  hasTier,
  isGated,
  type Feeling,
  type Soreness,
} from './guide';

export interface Timeline {
  readonly submissions: readonly Submission[];
  readonly checkIns: readonly CheckIn[];
  readonly advice: readonly AdviceEntry[];
}

export type TimelineEvent =
  | { readonly kind: 'answers'; readonly entry: Submission }
  | { readonly kind: 'check-in'; readonly entry: CheckIn }
  | { readonly kind: 'advice'; readonly entry: AdviceEntry };

/** Rule 3: where a referral stands. `advised`: a professional's advice was entered after it, and the plan follows it. */
export type Referral = 'none' | 'referred' | 'advised';

/** The advice the plan follows where it follows one (rule 5), and whether usual pressure was allowed. */
export interface AdviceInForce {
  readonly advice: ClinicianAdvice;
  readonly usualPressure: boolean;
}

/**
 * What everything said so far adds up to (rules 3 to 5): the state the recommendation is made from, and what a
 * shared link carries instead of the check-ins themselves.
 */
export interface TimelineState {
  /** The gentler step in force: none, or the soreness that set it. */
  readonly gentler: 'none' | 'lasting' | 'bruising';
  readonly startSlowly: boolean;
  readonly referral: Referral;
  /** A gentler step or "start slowly" was lifted by fine check-ins. */
  readonly steppedBack: boolean;
  /** The latest report was bruising or worse: the pause runs 7 days from this date. */
  readonly pausedSince: IsoDate | null;
  readonly improving: boolean;
  /** Chronic pain: the latest report of improvement was taken back. */
  readonly setback: boolean;
  /** Chronic pain: when the first weeks' phase began, or began again after a setback (rule 4's review counts from it). */
  readonly initialSince: IsoDate | null;
  readonly advice: AdviceInForce | null;
  /** How they felt after their last massage, as the latest report said: where a retake's question starts. */
  readonly latestReport: Feeling;
}

/** What the timeline adds up to on a day: the latest answers, when they were given, the state, the massages. */
export interface Reading {
  readonly answers: Answers;
  /** The day of the latest submission. */
  readonly answeredOn: IsoDate;
  /** The day of the first submission: the plan keeps the weekday it began on (`planFor`). */
  readonly firstAnsweredOn: IsoDate;
  readonly state: TimelineState;
  /** Days on which a massage happened (check-ins), oldest first; the ceilings count them with the plan's sessions. */
  readonly happened: readonly IsoDate[];
}

const KIND_ORDER = { answers: 0, advice: 1, 'check-in': 2 } as const;

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byDate = toDayNumber(a.entry.date) - toDayNumber(b.entry.date);
  if (byDate !== 0) return byDate;
  const bySeq = a.entry.seq - b.entry.seq;
  if (bySeq !== 0) return bySeq;
  // Two tabs entering at the very same moment: any fixed order is true to what happened.
  const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (byKind !== 0) return byKind;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

/** Every event dated today or earlier, in the order they count. */
export function eventsOf(timeline: Timeline, today: IsoDate): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const entry of timeline.submissions) if (entry.date <= today) events.push({ kind: 'answers', entry });
  for (const entry of timeline.checkIns) if (entry.date <= today) events.push({ kind: 'check-in', entry });
  for (const entry of timeline.advice) if (entry.date <= today) events.push({ kind: 'advice', entry });
  return events.sort(compareEvents);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The rank of a report on rule 3's scale; "no massage lately" ranks with fine (it only means "start slowly"). */
function rankOf(feeling: Feeling): number {
  return feeling === 'none-recently' ? 0 : SORENESS_RANK[feeling];
}

/** Does the clinician question apply to these answers (rule 5), so that their answer sets the advice in force? */
function asksForAdvice(answers: Answers): boolean {
  const safety = answers.safety;
  if (!isGated(answers.goal, safety) || hasTier(safety, 'until-well')) return false;
  return !hasTier(safety, 'not-until-cleared') || answers.cleared === true;
}

/** A reader that takes the events one at a time: the fold behind `readTimeline` and the history's replay. */
export interface TimelineReader {
  readonly add: (event: TimelineEvent) => void;
  /** The reading so far, or null before the first submission. */
  readonly reading: () => Reading | null;
}

export function createTimelineReader(): TimelineReader {
  const state: Mutable<TimelineState> = {
    gentler: 'none',
    startSlowly: false,
    referral: 'none',
    steppedBack: false,
    pausedSince: null,
    improving: false,
    setback: false,
    initialSince: null,
    advice: null,
    latestReport: 'none-recently',
  };
  let answers: Answers | null = null;
  let answeredOn: IsoDate | null = null;
  let firstAnsweredOn: IsoDate | null = null;
  let hasReport = false;
  let bruisingInARow = 0;
  let fineInARow = 0;
  const happened: IsoDate[] = [];

  /**
   * A report of how a massage felt (rule 3). A check-in reports a massage; a submission's answer is the first report,
   * or a retake's answer worse than the latest report (the same massage, told again), which only makes it gentler.
   */
  const report = (felt: Soreness, date: IsoDate, from: 'check-in' | 'answers'): void => {
    hasReport = true;
    state.latestReport = felt;
    if (SORENESS_RANK[felt] === 0) {
      // Only a check-in after a massage that went fine lifts a referral or counts toward stepping back.
      if (from === 'answers') return;
      fineInARow += 1;
      bruisingInARow = 0;
      if (state.referral === 'referred') state.referral = 'none';
      state.pausedSince = null;
      if (fineInARow >= STREAK_TO_STEP_BACK && (state.gentler !== 'none' || state.startSlowly)) {
        state.gentler = 'none';
        state.startSlowly = false;
        state.steppedBack = true;
      }
      return;
    }
    fineInARow = 0;
    state.steppedBack = false;
    if (felt === 'bruising') {
      state.gentler = 'bruising';
      bruisingInARow += 1;
      state.pausedSince = date;
      if (bruisingInARow >= STREAK_TO_REFER) state.referral = 'referred';
    } else {
      state.gentler = 'lasting';
      bruisingInARow = 0;
      state.pausedSince = null;
    }
  };

  const setImproving = (improving: boolean, date: IsoDate): void => {
    if (state.improving && !improving) {
      state.setback = true;
      state.initialSince = date;
    } else if (improving) {
      state.setback = false;
    }
    state.improving = improving;
  };

  const submit = (submission: Submission): void => {
    const given = submission.answers;
    const date = submission.date;
    const wasChronic = answers?.goal === 'chronic-pain';
    // "After your last massage": the first report, or a retake's; a retake only ever makes it gentler (rule 3).
    const felt = given.afterLastMassage;
    if (felt === 'none-recently') {
      if (!hasReport || rankOf(state.latestReport) === 0) {
        state.startSlowly = true;
        state.steppedBack = false;
        fineInARow = 0;
      }
      if (!hasReport) state.latestReport = 'none-recently';
    } else if (!hasReport || rankOf(felt) > rankOf(state.latestReport)) {
      report(felt, date, 'answers');
    }
    if (given.goal === 'chronic-pain') {
      // Rule 4: the first weeks begin when chronic pain is first the goal; improvement as the answer says.
      if (!wasChronic) {
        state.improving = given.improving === true;
        state.setback = false;
        state.initialSince = state.improving ? null : date;
      } else if (given.improving !== undefined) {
        setImproving(given.improving, date);
      }
      if (!state.improving && state.initialSince === null) state.initialSince = date;
    } else {
      state.improving = false;
      state.setback = false;
      state.initialSince = null;
    }
    if (asksForAdvice(given)) {
      const advice = given.clinicianAdvice;
      state.advice = advice === undefined ? null : { advice, usualPressure: given.usualPressure === true };
    }
    answers = given;
    answeredOn = date;
    firstAnsweredOn ??= date;
  };

  const checkIn = (entry: CheckIn): void => {
    if (entry.improving !== undefined && answers?.goal === 'chronic-pain') setImproving(entry.improving, entry.date);
    if (!entry.happened) return;
    happened.push(entry.date);
    report(entry.felt, entry.date, 'check-in');
  };

  const advise = (entry: AdviceEntry): void => {
    state.advice = { advice: entry.advice, usualPressure: entry.usualPressure };
    if (state.referral === 'referred') state.referral = 'advised';
  };

  return {
    add: (event) => {
      switch (event.kind) {
        case 'answers':
          submit(event.entry);
          return;
        case 'check-in':
          checkIn(event.entry);
          return;
        case 'advice':
          advise(event.entry);
      }
    },
    reading: () =>
      answers === null || answeredOn === null || firstAnsweredOn === null
        ? null
        : { answers, answeredOn, firstAnsweredOn, state: { ...state }, happened: [...happened].sort() },
  };
}

/**
 * Reads the timeline as it stands on `today` (events after today do not count yet): the latest answers and what
 * every report, retake and entry of advice adds up to. Null before the first submission.
 */
export function readTimeline(timeline: Timeline, today: IsoDate): Reading | null {
  const reader = createTimelineReader();
  for (const event of eventsOf(timeline, today)) reader.add(event);
  return reader.reading();
}

/** The first day a plan may start by default: the day after the questions were answered, never that day itself. */
export function defaultStart(answeredOn: IsoDate): IsoDate {
  return addDays(answeredOn, 1);
}

/**
 * The draft a retake starts from (rule 3): the latest answers, with "after your last massage" and "is it improving"
 * as the latest report said, and the advice in force.
 */
export function draftForRetake(answers: Answers, state: TimelineState): AnswersDraft {
  const advice = state.advice;
  return pruneDraft({
    ...draftFromAnswers(answers),
    afterLastMassage: state.latestReport,
    ...(answers.goal === 'chronic-pain' ? { improving: state.improving } : {}),
    clinicianAdvice: advice === null ? NOT_YET : advice.advice,
    ...(advice === null ? {} : { usualPressure: advice.usualPressure }),
  });
}
