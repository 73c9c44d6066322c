/**
 * The words the start screen and the questions need: catalog lookups with `{name}` placeholders, frequencies
 * ("every 2 weeks"), a clinician's advice, and dates through `Intl`. The words for results build on this in
 * `describe.ts`, which loads with the result.
 */
import type { ClinicianAdvice } from '../domain/answers';
import type { IsoDate } from '../domain/dates';
import { WEEK } from '../domain/answer-options';
import type { CoreCatalog, CoreMessageKey } from './en';

export type Values = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders, numbers written the language's way; a placeholder without a value stays visible
 * rather than vanishing.
 */
export function fill(template: string, values: Values = {}, number: (value: number) => string = String): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    return typeof value === 'number' ? number(value) : String(value);
  });
}

/** "every 2 weeks" → "Every 2 weeks", for a headline or a title. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Translator<Key extends string = CoreMessageKey> {
  readonly catalog: Readonly<Record<Key, string>>;
  readonly t: (key: Key, values?: Values) => string;
  readonly interval: (days: number) => string;
  readonly advice: (advice: ClinicianAdvice) => string;
  readonly date: (date: IsoDate) => string;
}

export function createTranslator<Key extends string = CoreMessageKey>(
  catalog: Readonly<Record<Key, string>> & CoreCatalog,
  locale: string,
): Translator<Key> {
  // Each formatter is made when first needed: the page's first Intl formatter waits for ICU to load its data (tens
  // of milliseconds on the machines here), which the start screen has no need to wait for (docs/decisions/009).
  // No grouping: the numbers here are days, weeks, scores and years ("2026", never "2,026").
  let numberFormat: Intl.NumberFormat | undefined;
  const number = (value: number): string =>
    (numberFormat ??= new Intl.NumberFormat(locale, { useGrouping: false })).format(value);
  const t = (key: Key, values?: Values): string => fill(catalog[key], values, number);
  const core = (key: CoreMessageKey, values?: Values): string => fill(catalog[key], values, number);
  let dateFormat: Intl.DateTimeFormat | undefined;

  /** 3.5 → "twice a week", 7 → "every week", 14 → "every 2 weeks". */
  const interval = (days: number): string => {
    if (days < WEEK) {
      const times = Math.round(WEEK / days);
      return times === 2 ? core('interval.twiceAWeek') : core('interval.timesAWeek', { times });
    }
    const weeks = Math.round(days / WEEK);
    return weeks === 1 ? core('interval.everyWeek') : core('interval.everyWeeks', { weeks });
  };

  const advice = (given: ClinicianAdvice): string =>
    given.kind === 'times-a-week' ? interval(WEEK / given.times) : interval(given.weeks * WEEK);

  /** "Sun 3 March" from `2024-03-03`, in any time zone: the date is formatted as a UTC date. */
  const date = (iso: IsoDate): string => {
    const at = new Date(0);
    at.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    dateFormat ??= new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    return dateFormat.format(at);
  };

  return { catalog, t, interval, advice, date };
}
