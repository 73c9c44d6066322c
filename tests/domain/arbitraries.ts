import * as fc from 'fast-check';
import type { Answers, CheckIn, ClinicianAdvice } from '../../src/domain/answers';
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
    cleared: fc.boolean(),
    clinicianAdvice: fc.oneof(
      fc.record({ kind: fc.constant('times-a-week' as const), times: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('every-weeks' as const), weeks: fc.integer({ min: 1, max: 12 }) }),
    ),
    usualPressure: fc.boolean(),
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
        id: `c${String(index)}`,
        seq: index + 1,
        date,
        ...(step.improving === undefined ? {} : { improving: step.improving }),
        ...(step.pain === undefined ? {} : { pain: step.pain }),
      };
      return step.felt === undefined ? { ...common, happened: false } : { ...common, happened: true, felt: step.felt };
    });
  });

/** Advice as the advice entry or the questionnaire could give it. */
const adviceArbitrary: fc.Arbitrary<ClinicianAdvice> = fc.oneof(
  fc.record({ kind: fc.constant('times-a-week' as const), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('every-weeks' as const), weeks: fc.integer({ min: 1, max: 12 }) }),
);

/**
 * One thing a person does over time, as the sequence walk interprets it: time passes; a check-in on the planned
 * day, on another day near it, on the day itself (several on one day), or entered late; a retake with any answers;
 * a professional's advice entered.
 */
export type TimelineStep =
  | { readonly kind: 'wait'; readonly days: number }
  | {
      readonly kind: 'check-in';
      readonly felt: Soreness | null;
      readonly when: 'planned' | 'another-day' | 'today' | 'late';
      readonly shift: number;
      readonly improving: boolean | undefined;
    }
  | { readonly kind: 'retake'; readonly answers: Answers }
  | { readonly kind: 'advice'; readonly advice: ClinicianAdvice; readonly usualPressure: boolean };

export const timelineStepArbitrary: fc.Arbitrary<TimelineStep> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 21 }) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('check-in' as const),
      felt: fc.option(sorenessArbitrary, { nil: null, freq: 5 }),
      when: fc.constantFrom(
        'planned' as const,
        'planned' as const,
        'another-day' as const,
        'today' as const,
        'late' as const,
      ),
      shift: fc.integer({ min: -3, max: 10 }),
      improving: fc.option(fc.boolean(), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retake' as const), answers: answersArbitrary }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advice' as const),
      advice: adviceArbitrary,
      usualPressure: fc.boolean(),
    }),
  },
);
