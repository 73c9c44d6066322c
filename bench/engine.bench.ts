import fc from 'fast-check';
import { bench, describe } from 'vitest';
import type { CheckIn } from '../src/domain/answers';
import { planFor } from '../src/domain/check-ins';
import { addDays } from '../src/domain/dates';
import { GUIDE, type Soreness } from '../src/domain/guide';
import { buildPlan } from '../src/domain/plan';
import { recommend } from '../src/domain/recommend';
import type { Timeline } from '../src/domain/timeline';
import { everyAnswer } from '../tests/domain/combinations';
import { answersOf, isoDate, recommendFor, timelineOf } from '../tests/domain/fixtures';
import { walkSequence, sequenceArbitrary } from '../tests/domain/sequences';

const answers = answersOf({
  goal: 'chronic-pain',
  lifestyle: 'mostly-sitting',
  afterLastMassage: 'lasting',
  safety: ['pregnancy'],
});
const twiceAWeek = recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'physical-job' }));
const start = isoDate('2025-03-03');
// The answers of the walk before "has a doctor cleared you?" was asked: 16,200, so figures compare across versions.
const all = [...everyAnswer()].filter((answers) => answers.cleared === undefined);
const oneAnswer = timelineOf(answers);

/** Two years of a person's timeline: a check-in a week for 100 weeks (some sore, some skipped), a retake every half year. */
const twoYears: Timeline = (() => {
  const checkIns = Array.from({ length: 100 }, (_, index): CheckIn => {
    const date = addDays(start, index * 7);
    const felt: Soreness = index % 7 === 3 ? 'lasting' : index % 11 === 5 ? 'bruising' : 'fine';
    return index % 9 === 8
      ? { id: `c${String(index)}`, seq: index + 1, date, planned: date, happened: false }
      : { id: `c${String(index)}`, seq: index + 1, date, planned: date, happened: true, felt, pain: index % 10 };
  });
  const submissions = [0, 26, 52, 78].map((week, index) => ({
    id: `s${String(index)}`,
    seq: 1000 + index,
    date: addDays(start, week * 7 - 1),
    answers: { ...answers, goal: index % 2 === 0 ? ('chronic-pain' as const) : ('posture' as const) },
  }));
  return { submissions, checkIns, advice: [] };
})();
const twoYearsLater = addDays(start, 100 * 7);
const preferences = { start: null, weekdays: [1, 4] as const, weeks: 12, choice: null, changes: [] };
const sequences = fc.sample(sequenceArbitrary, { numRuns: 100, seed: 15 });

describe('engine', () => {
  bench('recommend (one submission)', () => {
    recommend(oneAnswer, GUIDE, start);
  });
  bench('recommend (two-year timeline of 100 check-ins)', () => {
    recommend(twoYears, GUIDE, twoYearsLater);
  });
  bench('planFor (two-year timeline of 100 check-ins, 12 weeks)', () => {
    planFor(twoYears, preferences, GUIDE, twoYearsLater);
  });
  bench('buildPlan, 12 weeks twice a week', () => {
    buildPlan(twiceAWeek, { today: start, start, weekdays: [1, 4], weeks: 12 });
  });
  bench('buildPlan, 52 weeks twice a week', () => {
    buildPlan(twiceAWeek, { today: start, start, weekdays: [1, 4], weeks: 52 });
  });
  bench(
    'exhaustive walk: recommend and a 52-week plan for 16,200 answers',
    () => {
      for (const each of all) buildPlan(recommendFor(each), { today: start, start, weekdays: [], weeks: 52 });
    },
    { iterations: 20, warmupIterations: 3 },
  );
  bench(
    'sequence walk: 100 timelines of up to 20 events, every invariant after each',
    () => {
      for (const sequence of sequences) walkSequence(sequence);
    },
    { iterations: 20, warmupIterations: 3 },
  );
});
