/**
 * Words for the engine's codes: ranges, reasons, cautions, sources, changes and validation problems, in the
 * catalog's language. Loads with the result; the questions use `translate.ts` alone.
 */
import type { ChangeStory } from '../domain/change-story';
import type { IsoDate, Weekday } from '../domain/dates';
import { SORENESS_LEVELS, WEEK, type DayRange, type RowFrequency, type Soreness } from '../domain/guide';
import { SOURCES, type SourceId } from '../domain/sources';
import type { Caution, Reason, Recommendation } from '../domain/recommend';
import type { ValidationProblem } from '../domain/schema';
import type { CoreCatalog, CoreMessageKey } from './en';
import type { ResultCatalog, ResultMessageKey } from './en-result';
import { capitalise, createTranslator, type Translator, type Values } from './translate';

export { capitalise, fill } from './translate';

export type MessageKey = CoreMessageKey | ResultMessageKey;
/** Both parts of a language's catalog. */
export type Catalog = CoreCatalog & ResultCatalog;
/** A message with a form for each plural category (`.one`, `.other`, ...), named without the category. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** A short fact a result states, and whether it asks for care. */
interface Fact {
  readonly text: string;
  readonly isNotice: boolean;
}

export interface Describer extends Translator<MessageKey> {
  /**
   * A message about `count` things in the form the language uses for that number (`Intl.PluralRules`): "1
   * session", "2 sessions". `{count}` in it is the number.
   */
  readonly count: (key: PluralKey, count: number, values?: Values) => string;
  readonly range: (range: DayRange) => string;
  readonly rowFrequency: (frequency: RowFrequency) => string;
  readonly reason: (reason: Reason) => string;
  readonly caution: (caution: Caution) => string;
  /** The short facts under an answer: the pressure (a notice when lighter) and, where the evidence speaks, the length. */
  readonly facts: (recommendation: Recommendation) => readonly Fact[];
  /** A source in plain words ("a study of 401 people with …"), with its citation where it is published. */
  readonly source: (id: SourceId) => string;
  /** "From the guide and …": where a reason or a change comes from, as one sentence. */
  readonly fromSources: (ids: readonly SourceId[]) => string;
  /**
   * What an event changed, in one or two sentences led by the cause and what the person does next; `next`: the
   * plan's next session after it, when the sentences are said right after the event (a history entry says none).
   */
  readonly story: (story: ChangeStory, next: IsoDate | null) => readonly string[];
  readonly problem: (problem: ValidationProblem) => string;
  /** "Monday" for 1. */
  readonly weekday: (day: Weekday) => string;
  /** "8 Oct" from `2026-10-08`: a chart's axis. */
  readonly shortDate: (date: IsoDate) => string;
  /** "December 2026" for a date in it. */
  readonly month: (date: IsoDate) => string;
  /** "Monday and Thursday". */
  readonly list: (items: readonly string[]) => string;
  /** The answers a check-in offers, worded: soreness afterwards, improving. */
  readonly choices: {
    readonly soreness: readonly { readonly value: Soreness; readonly label: string }[];
    readonly improving: readonly { readonly value: boolean; readonly label: string }[];
  };
}

export function createDescriber(catalog: Catalog, locale: string): Describer {
  const translator = createTranslator<MessageKey>(catalog, locale);
  const { t, interval, advice, date } = translator;
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const orList = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  const plural = new Intl.PluralRules(locale);
  const count = (key: PluralKey, value: number, values: Values = {}): string => {
    const form = `${key}.${plural.select(value)}`;
    return t((Object.hasOwn(catalog, form) ? form : `${key}.other`) as MessageKey, { ...values, count: value });
  };
  /** A range the way the guide says it: "every 2 to 4 weeks", "weekly", "1 to 2 times a week". */
  const range = ({ min, max }: DayRange): string => {
    if (min === max) return min === WEEK ? t('range.weekly') : interval(min);
    if (max <= WEEK) return t('range.timesAWeek', { from: Math.round(WEEK / max), to: Math.round(WEEK / min) });
    if (min >= WEEK) return t('range.everyWeeks', { from: Math.round(min / WEEK), to: Math.round(max / WEEK) });
    return `${interval(min)}–${interval(max)}`;
  };

  const rowFrequency = (frequency: RowFrequency): string => {
    switch (frequency.kind) {
      case 'steady':
        return range(frequency.days);
      case 'phased':
        return t('range.phased', { initial: range(frequency.initial), maintenance: range(frequency.maintenance) });
      case 'as-advised':
        return t('range.asAdvised');
    }
  };

  const safetyItem = (item: string): string => t(`safety.${item}` as MessageKey);

  const reason = (given: Reason): string => {
    switch (given.code) {
      case 'row':
        return t('reason.row', {
          range: rowFrequency(given.frequency),
          row: t(`row.${given.row}.name`),
        });
      case 'safety-item':
        return t(`reason.safety-item.${given.tier}`, { item: safetyItem(given.item) });
      case 'safety-withheld':
        return t(`reason.safety-withheld.${given.tier}`);
      case 'condition-goal':
      case 'bruising-twice':
      case 'chronic-setback':
      case 'advised-after-referral':
      case 'not-cleared':
        return t(`reason.${given.code}`);
      case 'clinician-pressure':
        return t(`reason.clinician-pressure.${given.pressure}`);
      case 'clinician-advice':
        return t('reason.clinician-advice', { advice: advice(given.advice) });
      case 'start-slowly':
      case 'middle-of-range':
      case 'single-value':
        return t(`reason.${given.code}`, { interval: interval(given.days) });
      case 'stepped-back':
        return t(`reason.stepped-back.${given.pressure}`, { interval: interval(given.days) });
      case 'straining-lifestyle':
        return t('reason.straining-lifestyle', {
          lifestyle: t(`lifestyle.${given.lifestyle}`),
          interval: interval(given.days),
        });
      case 'chronic-initial':
        return t('reason.chronic-initial', { weeks: Math.round(given.reviewAfterDays / WEEK) });
      case 'chronic-improving':
        return t('reason.chronic-improving', { interval: interval(given.days) });
      case 'soreness-lasting':
      case 'soreness-bruising': {
        const values = { from: interval(given.from), to: interval(given.to) };
        const days = given.code === 'soreness-bruising' ? given.pauseDays : 0;
        return given.from === given.to
          ? t(`reason.${given.code}`, { days })
          : t(`reason.${given.code}.spaced`, { ...values, days });
      }
      case 'session-length':
        return t('reason.session-length', { minutes: given.minutes });
    }
  };

  const caution = (given: Caution): string => {
    if (given.code !== 'check-with-clinician-first') return t(`caution.${given.code}`);
    // A shared link may carry the tier without the items that set it.
    if (given.items.length === 0) return t('caution.check-with-clinician-first.withheld');
    return t('caution.check-with-clinician-first', { items: list.format(given.items.map(safetyItem)) });
  };

  const source = (id: SourceId): string => {
    const found = SOURCES[id];
    const what = t(`source.${id}`);
    if (found.kind === 'own') return what;
    const { citation, year } = found;
    return year === null ? t('source.cited', { what, citation }) : t('source.citedWithYear', { what, citation, year });
  };

  const story = ({ cause, step }: ChangeStory, next: IsoDate | null): readonly string[] => {
    const values = { cause: t(`change.cause.${cause}`) };
    if (step.kind !== 'plan') {
      const first = t(`change.step.${step.kind}`, values);
      return step.kind === 'professional' ? [first, t('change.then.professional')] : [first];
    }
    const pressure = step.pressure === null ? null : (`change.then.pressure.${step.pressure}` as const);
    if (step.datesMove) {
      const dated = { ...values, interval: interval(step.intervalDays), date: next === null ? '' : date(next) };
      // Said afterwards, with no date to move to, a wait that starts is the news; the interval may be the same.
      const first =
        next === null && step.pauseDays !== null && !step.isBack
          ? t('change.step.pause', { ...values, days: step.pauseDays })
          : t(`change.step.${step.isBack ? 'back' : 'moves'}${next === null ? '' : '.on'}` as const, dated);
      if (pressure !== null) return [first, t(pressure)];
      return step.sessionMinutes === null
        ? [first]
        : [first, t('change.then.sessionLength', { minutes: step.sessionMinutes })];
    }
    if (step.pressure !== null) return [t(`change.step.pressure.${step.pressure}`, values), t('change.then.sameDates')];
    const first = t('change.step.same', values);
    return step.sessionMinutes === null
      ? [first]
      : [first, t('change.then.sessionLength', { minutes: step.sessionMinutes })];
  };

  const problem = (given: ValidationProblem): string => {
    const path = given.path === '' ? t('problem.path.root') : given.path;
    switch (given.code) {
      case 'missing':
      case 'not-whole-number':
        return t(`problem.${given.code}`, { path });
      case 'wrong-type':
        return t('problem.wrong-type', { path, expected: given.expected, received: given.received });
      case 'not-allowed':
        return t('problem.not-allowed', { path, allowed: orList.format(given.allowed.map((value) => `“${value}”`)) });
      case 'unknown-fields':
        return t('problem.unknown-fields', { path, fields: list.format(given.fields.map((field) => `“${field}”`)) });
      case 'out-of-range':
        return given.min === undefined
          ? t('problem.out-of-range.max', { path, max: given.max ?? '' })
          : t('problem.out-of-range.min', { path, min: given.min });
      case 'invalid':
        return t('problem.invalid', { path, check: given.check });
    }
  };

  // 2024-01-01 was a Monday: ISO weekday d is 2024-01-0d, formatted as a UTC date so no zone moves it.
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const weekday = (day: Weekday): string => weekdayFormat.format(Date.UTC(2024, 0, day));
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const shortDate = (date: IsoDate): string =>
    shortFormat.format(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  const month = (date: IsoDate): string =>
    capitalise(monthFormat.format(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 1)));

  return {
    ...translator,
    count,
    range,
    rowFrequency,
    reason,
    caution,
    source,
    facts: ({ pressure, sessionMinutes }) => [
      { text: t(`result.pressure.${pressure}`), isNotice: pressure === 'lighter' },
      ...(sessionMinutes === null
        ? []
        : [{ text: t('result.sessionLength', { minutes: sessionMinutes }), isNotice: false }]),
    ],
    fromSources: (ids) => t('result.source', { source: list.format(ids.map(source)) }),
    story,
    problem,
    weekday,
    shortDate,
    month,
    list: (items) => list.format(items),
    choices: {
      soreness: SORENESS_LEVELS.map((level) => ({ value: level, label: t(`option.afterLastMassage.${level}`) })),
      improving: [
        { value: true, label: t('option.improving.yes') },
        { value: false, label: t('option.improving.no') },
      ],
    },
  };
}
