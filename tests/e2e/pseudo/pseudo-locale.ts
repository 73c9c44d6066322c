/**
 * A pseudo-locale for the layout test (issue 8): every English string about 40% longer, with accents, between
 * brackets, placeholders untouched. Long words and lines show where a real translation would overflow; the
 * brackets show where one would be clipped; any text without them on a pseudo page was not from the catalog.
 *
 * `pseudoLocalePlugin` builds the app with these in place of the Spanish catalogs (`PSEUDO_LOCALE=1`), so the
 * pseudo page is reached the way Spanish is: by the browser's language, loaded on demand.
 */
import type { Plugin } from 'vite';
import { en } from '../../../src/i18n/en.ts';
import { enResult } from '../../../src/i18n/en-result.ts';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  g: 'ĝ',
  h: 'ĥ',
  w: 'ŵ',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
  G: 'Ĝ',
  H: 'Ĥ',
  W: 'Ŵ',
};
/** Doubled, these make words as much longer as German or Spanish ones tend to be. */
const STRETCHED = /[aeiouyrAEIOUYR]/;

export function pseudoLocalise(text: string): string {
  const inner = text
    .split(/(\{\w+\})/)
    .map((part) =>
      /^\{\w+\}$/.test(part)
        ? part
        : part.replace(/[A-Za-z]/g, (letter) => {
            const accented = ACCENTED[letter] ?? letter;
            return STRETCHED.test(letter) ? accented + accented : accented;
          }),
    )
    .join('');
  return `⟦${inner}⟧`;
}

const pseudoCatalog = (catalog: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(catalog).map(([key, text]) => [key, pseudoLocalise(text)]));

/** Replaces the Spanish catalogs with pseudo-localised English, in a build made for the layout test only. */
export function pseudoLocalePlugin(): Plugin {
  return {
    name: 'pseudo-locale',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0] ?? id;
      if (path.endsWith('/src/i18n/es.ts')) return `export const es = ${JSON.stringify(pseudoCatalog(en))};`;
      if (path.endsWith('/src/i18n/es-result.ts'))
        return `export const esResult = ${JSON.stringify(pseudoCatalog(enResult))};`;
      return null;
    },
  };
}
