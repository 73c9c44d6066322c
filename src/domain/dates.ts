/**
 * Calendar dates as plain `YYYY-MM-DD` strings and whole day numbers.
 *
 * The engine never uses `Date`: a day number (days since 1970-01-01) has no time of day and no time zone, so a
 * plan cannot be shifted by the device's zone, daylight saving or `toISOString()`. The conversions are Howard
 * Hinnant's `days_from_civil` / `civil_from_days`, valid for every proleptic Gregorian date.
 */

export { YEARS, isIsoDate, isLeapYear, parseIsoDate, type IsoDate, type Weekday } from './iso-date';
import { daysInMonth, type IsoDate, type Weekday } from './iso-date';

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** "01" … "31": formatting a date is the plan builder's hot path. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, index) => String(index).padStart(2, '0'));

/** The number written by `length` ASCII digits of `text` from `from`. */
function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let index = from; index < from + length; index += 1) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/** Days since 1970-01-01 (negative before it). Years 0 to 9999, so every quotient below is of a non-negative number. */
export function toDayNumber(date: IsoDate): number {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const mp = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const yearText = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${yearText}-${TWO_DIGITS[month] ?? ''}-${TWO_DIGITS[day] ?? ''}` as IsoDate;
}

/**
 * A converter for ascending day numbers that gives what `fromDayNumber` would, but steps the calendar from one
 * day to the next instead of converting each from scratch: the plan builder turns hundreds of thousands of days
 * into dates in the exhaustive walk. Call it with day numbers that never decrease.
 */
export function createAscendingDates(firstDay: number): (dayNumber: number) => IsoDate {
  const first = fromDayNumber(firstDay);
  let year = digitsAt(first, 0, 4);
  let month = digitsAt(first, 5, 2);
  let day = digitsAt(first, 8, 2);
  let yearText = first.slice(0, 4);
  let monthLength = daysInMonth(year, month);
  let previous = firstDay;
  return (dayNumber) => {
    day += dayNumber - previous;
    previous = dayNumber;
    while (day > monthLength) {
      day -= monthLength;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
        yearText = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
      }
      monthLength = daysInMonth(year, month);
    }
    return `${yearText}-${TWO_DIGITS[month] ?? ''}-${TWO_DIGITS[day] ?? ''}` as IsoDate;
  };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday of a day number; 1970-01-01 was a Thursday (4). */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as Weekday;
}

export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}
