/**
 * The walks: every combination of answers, then random sequences of what a person does over time (check-ins on
 * the planned day, on another day, several on one day, entered late; skipped sessions; retakes with any answers;
 * setbacks; a professional's advice), asserting the invariants of docs/rules.md after every event.
 */
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CheckIn } from '../../src/domain/answers';
import type { Weekday } from '../../src/domain/dates';
import { LIFESTYLES, ROW_IDS, SAFETY_ITEMS, SORENESS_LEVELS, type Soreness } from '../../src/domain/guide';
import { buildPlan } from '../../src/domain/plan';
import { answersArbitrary, checkInsArbitrary, sorenessArbitrary, timelineStepArbitrary } from './arbitraries';
import { everyAnswer } from './combinations';
import { isoDate, recommendFor } from './fixtures';
import { ceilingViolations, firmerViolations, recommendationViolations } from './invariants';
import { sequenceArbitrary, walkSequence } from './sequences';

const year = { today: isoDate('2025-01-01'), start: isoDate('2025-01-02'), weekdays: [], weeks: 52 } as const;

test('the exhaustive walk: every combination of answers keeps every invariant', () => {
  const broken: string[] = [];
  let count = 0;
  for (const answers of everyAnswer()) {
    let found: string[];
    try {
      const result = recommendFor(answers);
      found = recommendationViolations(answers, result);
      // The same input gives the same output, from a fresh copy of the input.
      if (JSON.stringify(recommendFor(structuredClone(answers))) !== JSON.stringify(result))
        found.push('not deterministic');
      const plan = buildPlan(result, year);
      found.push(...ceilingViolations(plan, result));
      if ((result.outcome === 'plan') !== plan.sessions.length > 0) found.push('sessions do not match the outcome');
    } catch (error) {
      found = [`threw ${String(error)}`];
    }
    if (found.length > 0) broken.push(`${JSON.stringify(answers)}: ${found.join('; ')}`);
    count += 1;
  }
  expect(broken.slice(0, 5)).toEqual([]);
  expect(count).toBe(27_000);
});

test('the exhaustive walk: worse soreness in the questionnaire never gives a shorter interval or firmer pressure', () => {
  const broken: string[] = [];
  for (const answers of everyAnswer()) {
    if (answers.afterLastMassage === 'none-recently') continue;
    const worse = SORENESS_LEVELS[SORENESS_LEVELS.indexOf(answers.afterLastMassage) + 1];
    if (worse === undefined) continue;
    const found = firmerViolations(recommendFor(answers), recommendFor({ ...answers, afterLastMassage: worse }));
    if (found.length > 0) broken.push(`${JSON.stringify(answers)} → ${worse}: ${found.join('; ')}`);
  }
  expect(broken.slice(0, 5)).toEqual([]);
});

test('property: random sets of safety flags and answers keep every invariant', () => {
  fc.assert(
    fc.property(answersArbitrary, (answers) => {
      const result = recommendFor(answers);
      expect(recommendationViolations(answers, result)).toEqual([]);
      expect(ceilingViolations(buildPlan(result, year), result)).toEqual([]);
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
        expect(
          firmerViolations(recommendFor(answers, withReport(milder)), recommendFor(answers, withReport(worse))),
        ).toEqual([]);
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
      expect(recommendFor(gated, checkIns).schedule?.source ?? 'none').not.toBe('guide');
    }),
  );
});

test('the sequence walk: any timeline of check-ins, retakes, setbacks and advice keeps every invariant after every event', () => {
  fc.assert(
    fc.property(sequenceArbitrary, (sequence) => {
      walkSequence(sequence);
    }),
    { numRuns: 1500 },
  );
});

test('the sequence walk, under every goal, lifestyle and weekday choice', () => {
  const weekdayChoices: readonly (readonly Weekday[])[] = [[], [1], [4, 1], [1, 3, 5], [7, 2]];
  for (const goal of ROW_IDS)
    for (const lifestyle of LIFESTYLES)
      for (const weekdays of weekdayChoices) {
        const first = fc.sample(answersArbitrary, { numRuns: 1, seed: goal.length + lifestyle.length })[0];
        if (first === undefined) continue;
        fc.assert(
          fc.property(fc.array(timelineStepArbitrary, { minLength: 1, maxLength: 20 }), (steps) => {
            walkSequence({
              first: { ...first, goal, lifestyle, safety: [] },
              weekdays: [...weekdays],
              choice: null,
              steps,
            });
          }),
          { numRuns: 12 },
        );
      }
});
