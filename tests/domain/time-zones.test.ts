/**
 * Property tests for the plan builder, run by `npm test` in separate processes under TZ=UTC,
 * TZ=Pacific/Kiritimati (UTC+14), TZ=America/New_York and TZ=America/Los_Angeles (daylight saving): a plan never
 * moves with the zone.
 */
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { fromDayNumber, toDayNumber, weekdayOf, type Weekday } from '../../src/domain/dates';
import { buildPlan } from '../../src/domain/plan';
import type { Recommendation } from '../../src/domain/recommend';
import { createDescriber } from '../../src/i18n/describe';
import { ENGLISH } from '../i18n/whole-catalogs';
import { answersOf, isoDate, recommendFor } from './fixtures';
import { expectZoneInForce } from './zones';
import { ceilingViolations } from './invariants';

test('really runs in one of the zones the test script asks for', () => {
  expectZoneInForce();
});

const FIRST_DAY = toDayNumber(isoDate('1970-01-01'));
const LAST_DAY = toDayNumber(isoDate('2100-12-31'));

const recommendations: readonly Recommendation[] = [
  recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'physical-job' })), // twice a week, with a review point
  recommendFor(answersOf({ goal: 'athletes' })), // weekly
  recommendFor(answersOf({ goal: 'posture' })), // every 2 weeks
  recommendFor(answersOf({ goal: 'relaxation', afterLastMassage: 'none-recently' })), // every 4 weeks
  recommendFor(answersOf({ goal: 'chronic-pain', improving: true })), // every 3 weeks
  recommendFor(answersOf({ goal: 'condition', clinicianAdvice: { kind: 'times-a-week', times: 3 } })),
  recommendFor(answersOf({ goal: 'condition', clinicianAdvice: { kind: 'every-weeks', weeks: 12 } })),
];

const weekday = fc.integer({ min: 1, max: 7 }).map((day) => day as Weekday);

test('property: from any start 1970–2100, dates strictly increase, fall on the plan’s weekdays, keep the ceilings', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
      fc.uniqueArray(weekday, { maxLength: 3 }),
      fc.integer({ min: 4, max: 52 }),
      fc.constantFrom(...recommendations),
      (startDay, weekdays, weeks, recommendation) => {
        const start = fromDayNumber(startDay);
        const plan = buildPlan(recommendation, { today: start, start, weekdays, weeks });
        const days = plan.sessions.map((session) => toDayNumber(session.date));
        expect(plan.sessions.length).toBeGreaterThan(0);
        expect(days.every((day, index) => index === 0 || day > (days[index - 1] ?? day))).toBe(true);
        expect(days[0]).toBeGreaterThanOrEqual(startDay);
        expect(toDayNumber(plan.until)).toBe(startDay + weeks * 7);
        expect(days.every((day) => day < startDay + weeks * 7)).toBe(true);
        expect(plan.sessions.every((session) => plan.weekdays.includes(weekdayOf(session.date)))).toBe(true);
        if (weekdays.length > 0 && plan.weekdays.length === 1) expect(plan.weekdays).toEqual([weekdays[0]]);
        expect(ceilingViolations(plan, recommendation)).toEqual([]);
        // Round trip: every session date is a real calendar date that parses back to its own day number.
        expect(days.map((day) => fromDayNumber(day))).toEqual(plan.sessions.map((session) => session.date));
      },
    ),
    { numRuns: 1500 },
  );
});

test('property: a plan is the same whatever the zone, to the day (against Date.UTC as an oracle)', () => {
  fc.assert(
    fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
      const iso = fromDayNumber(day);
      const oracle = new Date(day * 86_400_000);
      expect(iso).toBe(oracle.toISOString().slice(0, 10));
      expect(weekdayOf(iso) % 7).toBe(oracle.getUTCDay());
    }),
    { numRuns: 3000 },
  );
});

test('dates are worded for their own day in every zone, around daylight-saving changes too', () => {
  const words = createDescriber(ENGLISH, 'en-GB');
  expect(words.date(isoDate('2025-03-03'))).toBe('Mon 3 March');
  expect(words.date(isoDate('2024-03-10'))).toBe('Sun 10 March'); // US clocks go forward
  expect(words.date(isoDate('2024-11-03'))).toBe('Sun 3 November'); // US clocks go back
  expect(words.date(isoDate('2024-03-31'))).toBe('Sun 31 March'); // EU clocks go forward
  expect(words.date(isoDate('2024-12-31'))).toBe('Tue 31 December');
  // The first and last days a date may have (YEARS in src/domain/iso-date.ts).
  expect(words.date(isoDate('1900-01-01'))).toBe('Mon 1 January');
  expect(words.date(isoDate('2200-12-31'))).toBe('Wed 31 December');
});
