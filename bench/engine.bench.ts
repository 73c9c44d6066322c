import { bench, describe } from 'vitest';
import { buildPlan } from '../src/domain/plan';
import { recommend } from '../src/domain/recommend';
import { everyAnswer } from '../tests/domain/combinations';
import { answersOf, isoDate } from '../tests/domain/fixtures';

const answers = answersOf({
  goal: 'chronic-pain',
  lifestyle: 'mostly-sitting',
  afterLastMassage: 'lasting',
  safety: ['pregnancy'],
});
const twiceAWeek = recommend(answersOf({ goal: 'chronic-pain', lifestyle: 'physical-job' }));
const start = isoDate('2025-03-03');
const all = [...everyAnswer()];

describe('engine', () => {
  bench('recommend (parsed answers)', () => {
    recommend(answers);
  });
  bench('buildPlan, 12 weeks twice a week', () => {
    buildPlan(twiceAWeek, { today: start, start, weekdays: [1, 4], weeks: 12 });
  });
  bench('buildPlan, 52 weeks twice a week', () => {
    buildPlan(twiceAWeek, { today: start, start, weekdays: [1, 4], weeks: 52 });
  });
  bench(
    'exhaustive walk: recommend and a 52-week plan for all 16,200 answers',
    () => {
      for (const each of all) buildPlan(recommend(each), { today: start, start, weekdays: [], weeks: 52 });
    },
    { iterations: 40, warmupIterations: 5 },
  );
});
