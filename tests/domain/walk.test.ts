import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CheckIn } from '../../src/domain/answers';
import { SAFETY_ITEMS, SORENESS_LEVELS, type Soreness } from '../../src/domain/guide';
import { buildPlan } from '../../src/domain/plan';
import { recommend } from '../../src/domain/recommend';
import { answersArbitrary, checkInsArbitrary, sorenessArbitrary } from './arbitraries';
import { everyAnswer } from './combinations';
import { isoDate } from './fixtures';
import { ceilingViolations, firmerViolations, recommendationViolations } from './invariants';

const year = { today: isoDate('2025-01-01'), start: isoDate('2025-01-01'), weekdays: [], weeks: 52 } as const;

test('the exhaustive walk: every combination of answers keeps every invariant', () => {
  const broken: string[] = [];
  let count = 0;
  for (const answers of everyAnswer()) {
    let found: string[];
    try {
      const result = recommend(answers);
      found = recommendationViolations(answers, result);
      // The same input gives the same output, from a fresh copy of the input.
      if (JSON.stringify(recommend(structuredClone(answers))) !== JSON.stringify(result))
        found.push('not deterministic');
      const plan = buildPlan(result, year);
      found.push(...ceilingViolations(plan, result.schedule?.source === 'guide'));
      if ((result.outcome === 'plan') !== plan.sessions.length > 0) found.push('sessions do not match the outcome');
    } catch (error) {
      found = [`threw ${String(error)}`];
    }
    if (found.length > 0) broken.push(`${JSON.stringify(answers)}: ${found.join('; ')}`);
    count += 1;
  }
  expect(broken.slice(0, 5)).toEqual([]);
  expect(count).toBe(16_200);
});

test('the exhaustive walk: worse soreness in the questionnaire never gives a shorter interval or firmer pressure', () => {
  const broken: string[] = [];
  for (const answers of everyAnswer()) {
    if (answers.afterLastMassage === 'none-recently') continue;
    const worse = SORENESS_LEVELS[SORENESS_LEVELS.indexOf(answers.afterLastMassage) + 1];
    if (worse === undefined) continue;
    const found = firmerViolations(recommend(answers), recommend({ ...answers, afterLastMassage: worse }));
    if (found.length > 0) broken.push(`${JSON.stringify(answers)} → ${worse}: ${found.join('; ')}`);
  }
  expect(broken.slice(0, 5)).toEqual([]);
});

test('property: random sets of safety flags and answers keep every invariant', () => {
  fc.assert(
    fc.property(answersArbitrary, (answers) => {
      const result = recommend(answers);
      expect(recommendationViolations(answers, result)).toEqual([]);
      expect(ceilingViolations(buildPlan(result, year), result.schedule?.source === 'guide')).toEqual([]);
    }),
    { numRuns: 2000 },
  );
});

test('property: random check-in sequences keep every invariant and give the same output twice', () => {
  fc.assert(
    fc.property(answersArbitrary, checkInsArbitrary, (answers, checkIns) => {
      const result = recommend(answers, checkIns);
      expect(recommendationViolations(answers, result)).toEqual([]);
      expect(recommend(answers, structuredClone(checkIns))).toEqual(result);
      expect(ceilingViolations(buildPlan(result, year), result.schedule?.source === 'guide')).toEqual([]);
    }),
    { numRuns: 2000 },
  );
});

test('property: a worse report at any check-in never gives a shorter interval or firmer pressure', () => {
  fc.assert(
    fc.property(
      answersArbitrary,
      checkInsArbitrary,
      fc.nat(),
      sorenessArbitrary,
      sorenessArbitrary,
      (answers, checkIns, at, a, b) => {
        if (checkIns.length === 0) return;
        const index = at % checkIns.length;
        const [milder, worse] = SORENESS_LEVELS.indexOf(a) <= SORENESS_LEVELS.indexOf(b) ? [a, b] : [b, a];
        const withReport = (felt: Soreness) =>
          checkIns.map((checkIn, position): CheckIn =>
            position === index ? { ...checkIn, happened: true, felt } : checkIn,
          );
        expect(firmerViolations(recommend(answers, withReport(milder)), recommend(answers, withReport(worse)))).toEqual(
          [],
        );
      },
    ),
    { numRuns: 3000 },
  );
});

test('property: any gating flag or a condition never yields an engine-chosen frequency, whatever the check-ins', () => {
  const gating = SAFETY_ITEMS.filter((item) => !['blood-thinners', 'cancer-treatment', 'pregnancy'].includes(item));
  fc.assert(
    fc.property(answersArbitrary, checkInsArbitrary, fc.constantFrom(...gating), (answers, checkIns, item) => {
      const gated = { ...answers, safety: [...new Set([...answers.safety, item])] };
      expect(recommend(gated, checkIns).schedule?.source ?? 'none').not.toBe('guide');
    }),
  );
});
