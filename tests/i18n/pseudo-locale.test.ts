import { expect, test } from 'vitest';
import { pseudoLocalise } from '../e2e/pseudo/pseudo-locale';
import { ENGLISH } from './whole-catalogs';

// The layout test at 320 px is only as good as its pseudo-locale: these keep it honest.
test('pseudo-localised strings are accented and bracketed, with placeholders left to be filled', () => {
  expect(pseudoLocalise('Every {weeks} weeks')).toBe('⟦ÉÉvéérrýý {weeks} ŵéééékš⟧');
  expect(pseudoLocalise('Question {number} of {total}')).toMatch(/^⟦.*\{number\}.*\{total\}.*⟧$/);
});

test('the whole catalog comes out about 40% longer, as translations from English tend to be', () => {
  const all = Object.values(ENGLISH);
  const ratio = all.map(pseudoLocalise).join('').length / all.join('').length;
  expect(ratio).toBeGreaterThan(1.35);
  expect(ratio).toBeLessThan(1.6);
});
