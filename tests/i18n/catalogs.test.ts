import { describe, expect, test } from 'vitest';
import { changeStory } from '../../src/domain/change-story';
import { replayTimeline } from '../../src/domain/history';
import { GUIDE, ROW_IDS, type RowId } from '../../src/domain/guide';
import type { Recommendation } from '../../src/domain/recommend';
import { createDescriber, type Catalog } from '../../src/i18n/describe';
import { en } from '../../src/i18n/en';
import { enResult } from '../../src/i18n/en-result';
import { es } from '../../src/i18n/es';
import { esResult } from '../../src/i18n/es-result';
import { languageFor, localeFor } from '../../src/i18n/languages';
import {
  WORDING_GUIDE,
  answersOf,
  isoDate,
  lastDayOf,
  timelineOf,
  weeklyCheckIns,
  recommendFor,
} from '../domain/fixtures';
import { everyAnswer } from '../domain/combinations';
import { ENGLISH } from './whole-catalogs';

type Parts = Readonly<Record<string, Readonly<Record<string, string>>>>;

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/**
 * What differs between a translation and English, part by part: keys missing, keys extra, and keys whose
 * placeholders differ (a `{date}` dropped or renamed would leave a sentence with a hole or a stray brace).
 */
function differences(english: Parts, translation: Parts): string[] {
  const found: string[] = [];
  for (const [part, words] of Object.entries(english)) {
    const translated = translation[part] ?? {};
    for (const key of Object.keys(words)) if (!(key in translated)) found.push(`${part}: missing ${key}`);
    for (const key of Object.keys(translated)) if (!(key in words)) found.push(`${part}: extra ${key}`);
    for (const [key, text] of Object.entries(words)) {
      const other = translated[key];
      if (other === undefined) continue;
      if (placeholders(text).join() !== placeholders(other).join())
        found.push(
          `${part}: ${key} has {${placeholders(other).join('}, {')}}, English {${placeholders(text).join('}, {')}}`,
        );
      if (other.trim() === '') found.push(`${part}: ${key} is empty`);
    }
  }
  return found;
}

const ENGLISH_PARTS: Parts = { questions: en, results: enResult };
const SPANISH_PARTS: Parts = { questions: es, results: esResult };

describe('every language has every string, with the same placeholders', () => {
  test('Spanish: no key missing or extra, no placeholder different, none empty', () => {
    expect(differences(ENGLISH_PARTS, SPANISH_PARTS)).toEqual([]);
  });

  test('the check finds a missing key, an extra key and a changed placeholder', () => {
    const broken: Parts = {
      questions: { ...es, 'nav.progress': 'Pregunta {numero} de {total}', 'nav.extra': 'sobra' },
      results: Object.fromEntries(Object.entries(esResult).filter(([key]) => key !== 'plan.title')),
    };
    expect(differences(ENGLISH_PARTS, broken)).toEqual([
      'questions: extra nav.extra',
      'questions: nav.progress has {numero}, {total}, English {number}, {total}',
      'results: missing plan.title',
    ]);
  });
});

/**
 * Keys that show a count but are not plural forms: a count worded once reads "1 sessions" for one of them. A
 * plural message is a set of keys `base.one`, `base.other` (the categories `Intl.PluralRules` gives), and every
 * set has `.other`, the form any number can fall back to.
 */
function pluralProblems(words: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  const forms = /\.(zero|one|two|few|many|other)$/;
  for (const [key, text] of Object.entries(words)) {
    if (placeholders(text).includes('count') && !forms.test(key)) found.push(`${key} shows {count} in one form`);
    if (forms.test(key) && !(key.replace(forms, '.other') in words)) found.push(`${key} has no .other form`);
  }
  return found;
}

describe('counts read right for one and for many', () => {
  test.each([
    ['English', ENGLISH],
    ['Spanish', { ...es, ...esResult }],
  ])('%s: every message with {count} has plural forms, each with .other', (_, words) => {
    expect(pluralProblems(words)).toEqual([]);
  });

  test('the check finds a count worded once and a form without .other', () => {
    expect(pluralProblems({ 'a.count': '{count} check-ins', 'b.one': '{count} session' })).toEqual([
      'a.count shows {count} in one form',
      'b.one has no .other form',
    ]);
  });

  test.each([
    ['en-GB', ENGLISH, 1, '1 check-in'],
    ['en-GB', ENGLISH, 2, '2 check-ins'],
    ['en-GB', ENGLISH, 0, '0 check-ins'],
    ['es-ES', { ...es, ...esResult }, 1, '1 registro'],
    ['es-ES', { ...es, ...esResult }, 3, '3 registros'],
    // Spanish has a "many" category for millions; with no such form, "other" is used.
    ['es-ES', { ...es, ...esResult }, 1_000_000, '1000000 registros'],
  ] as const)('%s: %s check-ins read “%s”', (locale, catalog, count, text) => {
    expect(createDescriber(catalog, locale).count('data.importCheckIns', count)).toBe(text);
  });

  test('the calendar download names one session, not “1 sessions”', () => {
    const words = createDescriber(ENGLISH, 'en-GB');
    expect(words.count('plan.downloaded', 1, { file: 'plan.ics' })).toMatch(/^Downloaded “plan.ics” with 1 session\./);
    expect(words.count('plan.downloaded', 4, { file: 'plan.ics' })).toMatch(/with 4 sessions\./);
  });
});

describe('the planner in Spanish', () => {
  const words = createDescriber({ ...es, ...esResult } satisfies Catalog, 'es-ES');

  test.each([
    [3.5, 'dos veces por semana'],
    [7 / 3, '3 veces por semana'],
    [7, 'cada semana'],
    [14, 'cada 2 semanas'],
  ])('%s days between sessions reads “%s”', (days, text) => {
    expect(words.interval(days)).toBe(text);
  });

  test.each<[RowId, string]>([
    ['relaxation', 'cada 2 a 4 semanas'],
    [
      'chronic-pain',
      'de 1 a 2 veces por semana al principio; cuando el dolor mejore, cada 2 a 3 semanas para mantenerlo',
    ],
    ['condition', 'lo que aconseje un médico o fisioterapeuta'],
  ])('the %s row reads as the guide states it: %s', (row, text) => {
    expect(words.rowFrequency(GUIDE.rows[row].frequency)).toBe(text);
  });

  test('dates, weekdays, months and lists the Spanish way', () => {
    expect(words.date(isoDate('2026-03-03'))).toBe('mar, 3 de marzo');
    expect(words.weekday(1)).toBe('lunes');
    expect(words.month(isoDate('2026-12-01'))).toBe('Diciembre de 2026');
    expect(words.list(['lunes', 'jueves'])).toBe('lunes y jueves');
  });

  test('a reason and a change a person reads', () => {
    const posture = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' });
    expect(recommendFor(posture, [], WORDING_GUIDE).reasons.map(words.reason)[0]).toBe(
      'La guía dice cada 1 a 2 semanas para «Rigidez por la postura (trabajo de oficina)».',
    );
    const timeline = timelineOf(posture, weeklyCheckIns('fine', 'fine'));
    const entry = replayTimeline(timeline, WORDING_GUIDE, lastDayOf(timeline)).at(-1);
    const story = entry === undefined ? null : changeStory(entry);
    expect(story === null ? [] : words.story(story, isoDate('2025-01-20'))).toEqual([
      'Como tu último masaje fue bien, tu próximo masaje pasa al lun, 20 de enero.',
      'Puedes volver a pedir tu presión habitual.',
    ]);
  });

  test('every reason and caution of the whole walk has Spanish words, with no placeholder left unfilled', () => {
    const english = createDescriber(ENGLISH, 'en-GB');
    const seen = new Set<string>();
    const results: Recommendation[] = [];
    for (const answers of everyAnswer())
      results.push(recommendFor(answers), recommendFor(answers, weeklyCheckIns('lasting', 'fine', 'fine')));
    for (const result of results) {
      const pairs = [
        ...result.reasons.map((reason) => [words.reason(reason), english.reason(reason)]),
        ...result.cautions.map((caution) => [words.caution(caution), english.caution(caution)]),
      ];
      for (const [spanish = '', inEnglish] of pairs) {
        if (seen.has(spanish)) continue;
        seen.add(spanish);
        expect(spanish).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
        expect(spanish).not.toBe(inEnglish);
      }
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  test('every row has a Spanish name and reason', () => {
    for (const row of ROW_IDS) {
      expect(esResult[`row.${row}.name`]).not.toBe(enResult[`row.${row}.name`]);
      expect(esResult[`row.${row}.why`]).not.toBe(enResult[`row.${row}.why`]);
    }
  });
});

describe('which language, and which locale for dates', () => {
  test.each([
    [['es-MX', 'en-US'], 'es'],
    [['en-GB', 'es'], 'en'],
    [['fr-FR', 'ES-es'], 'es'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ])('a browser preferring %j gets %s', (preferred, language) => {
    expect(languageFor(preferred)).toBe(language);
  });

  test('dates follow the browser’s own variant of the language, else a default', () => {
    expect(localeFor('es', ['en-US', 'es-MX'])).toBe('es-MX');
    expect(localeFor('es', ['en-US'])).toBe('es-ES');
    expect(localeFor('en', ['es-ES', 'en-US'])).toBe('en-US');
    expect(localeFor('en', [])).toBe('en-GB');
  });
});
