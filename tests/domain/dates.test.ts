import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  addDays,
  createAscendingDates,
  fromDayNumber,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
  YEARS,
} from '../../src/domain/dates';
import { isoDate } from './fixtures';

test.each(['2024-02-29', '2000-02-29', '1970-01-01', '2100-12-31', '2025-04-30', '1900-01-01', '2200-12-31'])(
  '%s is a real date',
  (text) => {
    expect(parseIsoDate(text)).toBe(text);
  },
);

test.each([
  '2025-02-29',
  '1900-02-29',
  '2025-02-30',
  '2025-04-31',
  '2025-13-01',
  '2025-00-10',
  '2025-1-5',
  ' 2025-01-05',
  '2025-01-05T00:00',
  '',
  20250105,
  null,
  // Outside the years any date may have where it enters (one rule for every boundary).
  '1899-12-31',
  '2201-01-01',
  '9999-01-15',
])('%j is not a date', (text) => {
  expect(parseIsoDate(text)).toBeNull();
});

test('leap years follow the Gregorian rule', () => {
  expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
});

test('day numbers count from 1970-01-01, a Thursday', () => {
  expect(toDayNumber(isoDate('1970-01-01'))).toBe(0);
  expect(weekdayOf(isoDate('1970-01-01'))).toBe(4);
  expect(toDayNumber(isoDate('1969-12-31'))).toBe(-1);
  expect(addDays(isoDate('2024-02-28'), 1)).toBe('2024-02-29');
  expect(addDays(isoDate('2024-12-31'), 1)).toBe('2025-01-01');
  expect(weekdayOf(isoDate('2025-03-03'))).toBe(1);
  expect(weekdayOf(isoDate('2025-03-09'))).toBe(7);
});

test('property: day numbers and dates round-trip for years 0 to 9999, and agree with Date', () => {
  // Day numbers of 0000-01-01 and 9999-12-31.
  fc.assert(
    fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
      const date = fromDayNumber(day);
      const year = Number(date.slice(0, 4));
      // Every date the conversions make is a real date; one that enters from outside must also lie in YEARS.
      expect(parseIsoDate(date)).toBe(year >= YEARS.first && year <= YEARS.last ? date : null);
      expect(toDayNumber(date)).toBe(day);
      expect(date).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }),
    { numRuns: 5000 },
  );
});

test('property: stepping through ascending day numbers gives the same dates as converting each', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -719_528, max: 2_900_000 }),
      fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
      (start, gaps) => {
        const days = gaps.reduce<number[]>((all, gap) => [...all, (all.at(-1) ?? start) + gap], [start]);
        const dateOf = createAscendingDates(start);
        expect(days.map(dateOf)).toEqual(days.map(fromDayNumber));
      },
    ),
    { numRuns: 2000 },
  );
});
