/**
 * Reading a calendar date: the one rule for every date that enters the planner (a form, saved data, a file, a link).
 * Apart from `dates.ts` so that the first visit, which only needs today's date, loads none of the day arithmetic.
 */

/** A calendar date, `YYYY-MM-DD`, known to exist (no 30 February). */
export type IsoDate = string & { readonly __isoDate: unique symbol };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The years a date may have wherever one enters (a form, saved data, a file, a link): far beyond any plan a person
 * makes, and well inside what a calendar file can say (RFC 5545's four-digit years). One rule for every boundary.
 */
export const YEARS = { first: 1900, last: 2200 } as const;

/** Returns the date if `text` is a real `YYYY-MM-DD` calendar date within `YEARS`, otherwise `null`. */
export function parseIsoDate(text: unknown): IsoDate | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < YEARS.first || year > YEARS.last) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as IsoDate;
}

export function isIsoDate(text: unknown): text is IsoDate {
  return parseIsoDate(text) !== null;
}
