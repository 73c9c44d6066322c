import { describe, expect, test } from 'vitest';
import { describeChange } from '../../src/domain/change';
import { GUIDE, ROW_IDS, type RowId } from '../../src/domain/guide';
import type { Recommendation } from '../../src/domain/recommend';
import { createDescriber, type Catalog } from '../../src/i18n/describe';
import { en } from '../../src/i18n/en';
import { enResult } from '../../src/i18n/en-result';
import { es } from '../../src/i18n/es';
import { esResult } from '../../src/i18n/es-result';
import { languageFor, localeFor } from '../../src/i18n/languages';
import { WORDING_GUIDE, answersOf, isoDate, weeklyCheckIns, recommendFor } from '../domain/fixtures';
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
    const summary = describeChange(
      recommendFor(posture, [], WORDING_GUIDE),
      recommendFor(posture, weeklyCheckIns('fine', 'fine'), WORDING_GUIDE),
    );
    expect(words.change(summary)).toMatch(/^cada 2 semanas → cada semana/);
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
