import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { GUIDE, SAFETY_ITEMS, SORENESS_LEVELS, type DayRange, type RowId } from '../../src/domain/guide';
import { buildPlan } from '../../src/domain/plan';
import { guideLimits, narrowGuide, type GuideNarrowing } from '../../src/domain/practice-guide';
import type { Recommendation } from '../../src/domain/recommend';
import { answersArbitrary, checkInsArbitrary } from './arbitraries';
import { answersOf, isoDate, recommendFor } from './fixtures';
import { ceilingViolations, firmerViolations, recommendationViolations } from './invariants';

const year = { today: isoDate('2025-01-01'), start: isoDate('2025-01-01'), weekdays: [], weeks: 52 } as const;
const limits = guideLimits();

const within = (from: number, to: number) =>
  fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: from, max: to }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const weeksWithin = (range: { fromWeeks: number; toWeeks: number }) =>
  within(range.fromWeeks, range.toWeeks).map(([fromWeeks, toWeeks]) => ({ fromWeeks, toWeeks }));

/** Any configuration a practice can build with: each range absent or narrowed inside the guide's. */
const narrowingArbitrary: fc.Arbitrary<GuideNarrowing> = fc.record(
  {
    relaxation: weeksWithin(limits.relaxation),
    posture: weeksWithin(limits.posture),
    chronicPainAtFirst: within(limits.chronicPainAtFirst.fromTimesAWeek, limits.chronicPainAtFirst.toTimesAWeek).map(
      ([fromTimesAWeek, toTimesAWeek]) => ({ fromTimesAWeek, toTimesAWeek }),
    ),
    chronicPainLater: weeksWithin(limits.chronicPainLater),
  },
  { requiredKeys: [] },
);

/** The ranges a guide's row allows, every phase together. */
function rangesOf(row: RowId, guide = GUIDE): DayRange[] {
  const frequency = guide.rows[row].frequency;
  if (frequency.kind === 'steady') return [frequency.days];
  if (frequency.kind === 'phased') return [frequency.initial, frequency.maintenance];
  return [];
}

/** An engine-chosen interval inside the practice's range, and so inside the guide's. */
function rangeViolations(result: Recommendation, narrowed: ReturnType<typeof narrowGuide>): string[] {
  if (result.schedule?.source !== 'guide') return [];
  const days = result.schedule.intervalDays;
  const inside = (ranges: DayRange[]) => ranges.some((range) => days >= range.min && days <= range.max);
  const found: string[] = [];
  if (!inside(rangesOf(result.row, narrowed))) found.push(`interval ${days} outside the practice's range`);
  if (!inside(rangesOf(result.row))) found.push(`interval ${days} outside the guide's range`);
  return found;
}

test('the guide limits read the guide: every 2 to 4 weeks, 1 to 2 weeks, 1 to 2 times a week, 2 to 3 weeks', () => {
  expect(limits).toEqual({
    relaxation: { fromWeeks: 2, toWeeks: 4 },
    posture: { fromWeeks: 1, toWeeks: 2 },
    chronicPainAtFirst: { fromTimesAWeek: 1, toTimesAWeek: 2 },
    chronicPainLater: { fromWeeks: 2, toWeeks: 3 },
  });
});

test('no narrowing is the guide as it stands', () => {
  expect(narrowGuide({})).toEqual(GUIDE);
});

test('a practice that says every 2 to 3 weeks for relaxation gets that range, and the plan picks inside it', () => {
  const guide = narrowGuide({ relaxation: { fromWeeks: 2, toWeeks: 3 } });
  expect(guide.rows.relaxation.frequency).toEqual({ kind: 'steady', days: { min: 14, max: 21 } });
  expect(guide.rows.posture).toBe(GUIDE.rows.posture);
  // Start slowly picks the less frequent end: the practice's 3 weeks, not the guide's 4.
  const result = recommendFor(answersOf({ goal: 'relaxation', afterLastMassage: 'none-recently' }), [], guide);
  expect(result.schedule).toMatchObject({ source: 'guide', intervalDays: 21, range: { min: 14, max: 21 } });
  expect(result.rowFrequency).toEqual({ kind: 'steady', days: { min: 14, max: 21 } });
});

test('twice a week at first only: chronic pain starts twice a week whatever the lifestyle', () => {
  const guide = narrowGuide({ chronicPainAtFirst: { fromTimesAWeek: 2, toTimesAWeek: 2 } });
  const result = recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'mixed' }), [], guide);
  expect(result.schedule).toMatchObject({ phase: 'initial', intervalDays: 3.5 });
});

test('property: any configuration a practice can build keeps every invariant, with any check-ins', () => {
  fc.assert(
    fc.property(narrowingArbitrary, answersArbitrary, checkInsArbitrary, (narrowing, answers, checkIns) => {
      const guide = narrowGuide(narrowing);
      const result = recommendFor(answers, checkIns, guide);
      expect(recommendationViolations(answers, result)).toEqual([]);
      expect(rangeViolations(result, guide)).toEqual([]);
      expect(ceilingViolations(buildPlan(result, year), result)).toEqual([]);
    }),
    { numRuns: 3000 },
  );
});

test('property: under any configuration, gates hold and worse soreness is never firmer or more frequent', () => {
  const gating = SAFETY_ITEMS.filter((item) => !['blood-thinners', 'cancer-treatment', 'pregnancy'].includes(item));
  fc.assert(
    fc.property(
      narrowingArbitrary,
      answersArbitrary,
      checkInsArbitrary,
      fc.constantFrom(...gating),
      (narrowing, answers, checkIns, item) => {
        const guide = narrowGuide(narrowing);
        const gated = { ...answers, safety: [...new Set([...answers.safety, item])] };
        expect(recommendFor(gated, checkIns, guide).schedule?.source ?? 'none').not.toBe('guide');
        if (answers.afterLastMassage === 'none-recently') return;
        const worse = SORENESS_LEVELS[SORENESS_LEVELS.indexOf(answers.afterLastMassage) + 1];
        if (worse === undefined) return;
        const milder = recommendFor(answers, checkIns, guide);
        expect(
          firmerViolations(milder, recommendFor({ ...answers, afterLastMassage: worse }, checkIns, guide)),
        ).toEqual([]);
      },
    ),
    { numRuns: 2000 },
  );
});
