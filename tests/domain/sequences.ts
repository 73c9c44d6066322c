/**
 * The sequence walk's machinery, shared by the walk's tests and the engine benchmark: a person's timeline grown one
 * event at a time (check-ins on the planned day, on another day, several on one day, entered late; skipped
 * sessions; retakes with any answers; setbacks; a professional's advice), with every invariant of docs/rules.md
 * checked after each event.
 */
import * as fc from 'fast-check';
import type { AdviceEntry, CheckIn, Submission } from '../../src/domain/answers';
import { planFor, type PlanPreferencesInput } from '../../src/domain/check-ins';
import { addDays, toDayNumber, type IsoDate, type Weekday } from '../../src/domain/dates';
import { GUIDE } from '../../src/domain/guide';
import type { Timeline } from '../../src/domain/timeline';
import { answersArbitrary, timelineStepArbitrary, type TimelineStep } from './arbitraries';
import { isoDate, withoutDate } from './fixtures';
import { ceilingViolations, recommendationViolations, spacingViolations } from './invariants';

/** The day the walks start: the first answers are given then. */
const WALK_START = isoDate('2025-01-01');

/** A person's timeline as it grows: what they entered, in the order they entered it, and the device's today. */
interface Walker {
  timeline: Timeline;
  today: IsoDate;
  seq: number;
}

/**
 * A referral as rule 3 states it, read straight off the timeline: two bruising-or-worse check-ins in a row after
 * massages refer; a later check-in after a massage that was fine, or entered advice, lifts it. Retakes do nothing.
 */
function referralOf(timeline: Timeline): 'none' | 'referred' | 'advised' {
  const events: ({ kind: 'check-in'; entry: CheckIn } | { kind: 'advice'; entry: AdviceEntry })[] = [
    ...timeline.checkIns.map((entry) => ({ entry, kind: 'check-in' as const })),
    ...timeline.advice.map((entry) => ({ entry, kind: 'advice' as const })),
  ];
  events.sort((a, b) =>
    a.entry.date === b.entry.date ? a.entry.seq - b.entry.seq : a.entry.date < b.entry.date ? -1 : 1,
  );
  let state: 'none' | 'referred' | 'advised' = 'none';
  let bruisedBefore = false;
  for (const event of events) {
    if (event.kind === 'advice') {
      if (state === 'referred') state = 'advised';
      continue;
    }
    const checkIn = event.entry;
    if (!checkIn.happened) continue;
    if (checkIn.felt === 'bruising') {
      if (bruisedBefore) state = 'referred';
      bruisedBefore = true;
    } else {
      bruisedBefore = false;
      if ((checkIn.felt === 'fine' || checkIn.felt === 'mild') && state === 'referred') state = 'none';
    }
  }
  return state;
}

/** The last massage that happened, by the timeline's order, if it was bruising or worse. */
function lastBruising(timeline: Timeline): IsoDate | null {
  const happened = timeline.checkIns
    .filter((checkIn) => checkIn.happened)
    .sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
  const last = happened.at(-1);
  return last?.happened === true && last.felt === 'bruising' ? last.date : null;
}

/** Everything that must hold on `today` after any sequence of events (docs/rules.md). */
function timelineViolations(walker: Walker, preferences: PlanPreferencesInput): string[] {
  const { timeline, today } = walker;
  const derived = planFor(timeline, preferences, GUIDE, today);
  if (derived === null) return timeline.submissions.length > 0 ? ['no recommendation after answers'] : [];
  const { reading, recommendation, plan } = derived;
  const found = [
    ...recommendationViolations(reading.answers, recommendation),
    ...ceilingViolations(plan, recommendation, reading.happened, today),
    ...spacingViolations(plan, recommendation, reading.happened),
  ];
  const upcoming = plan.sessions.filter((session) => session.date >= today);
  // The first session is never the day of the answers by default.
  if (preferences.start === null && plan.sessions.some((session) => session.date <= reading.answeredOn)) {
    found.push(`a session on or before the day of the answers (${reading.answeredOn})`);
  }
  // A referral lasts: no plan of the guide's until a fine check-in after a massage, or advice.
  const referral = referralOf(timeline);
  if (referral === 'referred' && recommendation.outcome === 'plan') found.push('a plan while referred');
  if (referral === 'advised' && recommendation.schedule?.source === 'guide') {
    found.push('the guide’s plan after a referral was answered with advice');
  }
  const bruised = lastBruising(timeline);
  if (bruised !== null && upcoming.some((session) => toDayNumber(session.date) < toDayNumber(bruised) + 7)) {
    found.push(`a session within 7 days of bruising on ${bruised}`);
  }
  return found;
}

/** Does what the step says to the walker's timeline (time passing, a check-in, a retake, advice). */
function take(walker: Walker, step: TimelineStep, preferences: PlanPreferencesInput): void {
  const seq = (walker.seq += 1);
  const id = `e${String(seq)}`;
  const today = walker.today;
  switch (step.kind) {
    case 'wait':
      walker.today = addDays(today, step.days);
      return;
    case 'retake': {
      const submission: Submission = { id, seq, date: today, answers: withoutDate(step.answers) };
      walker.timeline = { ...walker.timeline, submissions: [...walker.timeline.submissions, submission] };
      return;
    }
    case 'advice': {
      const entry: AdviceEntry = { id, seq, date: today, advice: step.advice, usualPressure: step.usualPressure };
      walker.timeline = { ...walker.timeline, advice: [...walker.timeline.advice, entry] };
      return;
    }
    case 'check-in': {
      const derived = planFor(walker.timeline, preferences, GUIDE, today);
      const session = derived?.plan.sessions.find((one) => one.date >= addDays(today, -6));
      let date = today;
      let planned: IsoDate | undefined;
      if (step.when === 'late') date = addDays(today, -Math.abs(step.shift));
      else if (step.when !== 'today' && session !== undefined) {
        planned = session.planned;
        date = step.when === 'planned' ? session.date : addDays(session.date, step.shift === 0 ? 1 : step.shift);
        // Time passes to the day it happened: nothing is entered ahead of the device's today.
        if (date > today) walker.today = date;
      }
      const common = {
        id,
        seq,
        date,
        ...(planned === undefined ? {} : { planned }),
        ...(step.improving === undefined ? {} : { improving: step.improving }),
      };
      const checkIn: CheckIn =
        step.felt === null ? { ...common, happened: false } : { ...common, happened: true, felt: step.felt };
      walker.timeline = { ...walker.timeline, checkIns: [...walker.timeline.checkIns, checkIn] };
    }
  }
}

const weekdaysArbitrary = fc.uniqueArray(
  fc.integer({ min: 1, max: 7 }).map((day) => day as Weekday),
  {
    maxLength: 3,
  },
);

/** Up to 20 events after the first answers, on any goal, lifestyle and weekdays, with or without a chosen point. */
export const sequenceArbitrary = fc.record({
  first: answersArbitrary,
  weekdays: weekdaysArbitrary,
  choice: fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant('interval' as const), days: fc.constantFrom(3.5, 7, 14, 21, 28) }),
      fc.constant({ kind: 'lifestyle-option' as const }),
    ),
    { nil: null, freq: 3 },
  ),
  steps: fc.array(timelineStepArbitrary, { minLength: 1, maxLength: 20 }),
});

/** Walks one sequence, checking every invariant after each event; a failure names the timeline that broke. */
export type Sequence = typeof sequenceArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Walks one sequence and returns the timeline it grew and the device's today at its end. */
export function walkSequence({ first, weekdays, choice, steps }: Sequence): { timeline: Timeline; today: IsoDate } {
  const preferences: PlanPreferencesInput = { start: null, weekdays, weeks: 12, choice, changes: [] };
  const walker: Walker = {
    timeline: {
      submissions: [{ id: 'e0', seq: 0, date: WALK_START, answers: withoutDate(first) }],
      checkIns: [],
      advice: [],
    },
    today: WALK_START,
    seq: 0,
  };
  const found = timelineViolations(walker, preferences);
  for (const step of steps) {
    if (found.length > 0) break;
    take(walker, step, preferences);
    found.push(...timelineViolations(walker, preferences));
  }
  if (found.length > 0) {
    throw new Error(`${found.join('; ')}\ntoday ${walker.today}, timeline ${JSON.stringify(walker.timeline)}`);
  }
  // The same timeline, its lists in any order, reads the same: the order is the timeline's, never the lists'.
  const shuffled: Timeline = {
    submissions: [...walker.timeline.submissions].reverse(),
    checkIns: [...walker.timeline.checkIns].reverse(),
    advice: [...walker.timeline.advice].reverse(),
  };
  if (
    JSON.stringify(planFor(shuffled, preferences, GUIDE, walker.today)) !==
    JSON.stringify(planFor(walker.timeline, preferences, GUIDE, walker.today))
  ) {
    throw new Error(`the order of the lists changed the plan: ${JSON.stringify(walker.timeline)}`);
  }
  return { timeline: walker.timeline, today: walker.today };
}
