import { afterEach, expect, test } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/translate';

const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
const made = { NumberFormat: 0, DateTimeFormat: 0 };

/** Counts the formatters made from here on (the page's first one waits for ICU to load its data). */
function countFormatters(): void {
  made.NumberFormat = 0;
  made.DateTimeFormat = 0;
  Intl.NumberFormat = new Proxy(originals.NumberFormat, {
    construct: (target, args: ConstructorParameters<typeof Intl.NumberFormat>) => {
      made.NumberFormat += 1;
      return new target(...args);
    },
  });
  Intl.DateTimeFormat = new Proxy(originals.DateTimeFormat, {
    construct: (target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => {
      made.DateTimeFormat += 1;
      return new target(...args);
    },
  });
}

afterEach(() => {
  Intl.NumberFormat = originals.NumberFormat;
  Intl.DateTimeFormat = originals.DateTimeFormat;
});

test('a translator makes no Intl formatter until a number or a date is written, then one of each, once', () => {
  countFormatters();
  const words = createTranslator(en, 'en-GB');
  // The start screen's words have no number and no date: nothing waits for ICU.
  expect(words.t('nav.continue')).toBe('Continue');
  expect(made).toEqual({ NumberFormat: 0, DateTimeFormat: 0 });

  expect(words.t('nav.progress', { number: 2, total: 4 })).toBe('Question 2 of 4');
  expect(words.t('nav.progress', { number: 3, total: 4 })).toBe('Question 3 of 4');
  expect(made).toEqual({ NumberFormat: 1, DateTimeFormat: 0 });
  expect(words.date('2024-03-03' as IsoDate)).toBe('Sun 3 March');
  expect(words.date('2024-03-04' as IsoDate)).toBe('Mon 4 March');
  expect(made).toEqual({ NumberFormat: 1, DateTimeFormat: 1 });
});
