import * as fc from 'fast-check';
import type { Answers, CheckIn } from '../../src/domain/answers';
import { addDays } from '../../src/domain/dates';
import { FEELINGS, LIFESTYLES, ROW_IDS, SAFETY_ITEMS, SORENESS_LEVELS, type Soreness } from '../../src/domain/guide';
import { isoDate } from './fixtures';

/** Answers as any form could give them: every goal, lifestyle, feeling, set of safety flags and advice. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  {
    goal: fc.constantFrom(...ROW_IDS),
    lifestyle: fc.constantFrom(...LIFESTYLES),
    afterLastMassage: fc.constantFrom(...FEELINGS),
    safety: fc.uniqueArray(fc.constantFrom(...SAFETY_ITEMS), { maxLength: SAFETY_ITEMS.length }),
    improving: fc.boolean(),
    clinicianAdvice: fc.oneof(
      fc.record({ kind: fc.constant('times-a-week' as const), times: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('every-weeks' as const), weeks: fc.integer({ min: 1, max: 12 }) }),
    ),
  },
  { requiredKeys: ['goal', 'lifestyle', 'afterLastMassage', 'safety'] },
);

export const sorenessArbitrary = fc.constantFrom<Soreness>(...SORENESS_LEVELS);

/** Check-ins a few days apart, some skipped, some saying whether pain is improving. */
export const checkInsArbitrary: fc.Arbitrary<CheckIn[]> = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 30 }),
      felt: fc.option(sorenessArbitrary, { nil: undefined }),
      improving: fc.option(fc.boolean(), { nil: undefined }),
      pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    }),
    { maxLength: 12 },
  )
  .map((steps) => {
    let date = isoDate('2025-01-01');
    return steps.map((step, index): CheckIn => {
      date = addDays(date, step.gap);
      const common = {
        id: `c${index}`,
        date,
        ...(step.improving === undefined ? {} : { improving: step.improving }),
        ...(step.pain === undefined ? {} : { pain: step.pain }),
      };
      return step.felt === undefined ? { ...common, happened: false } : { ...common, happened: true, felt: step.felt };
    });
  });
