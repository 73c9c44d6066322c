/**
 * The English words the start screen and the questions use, with dates in the person's English-speaking locale
 * ("Mon 3 March" in most of the world, "Mon, March 3" in the US). The result's words are in `english-result.ts`.
 */
import { en } from './en';
import { createTranslator } from './translate';

/** The first English locale the browser prefers, or British English. */
export function englishLocale(preferred: readonly string[]): string {
  return preferred.find((tag) => /^en(-|$)/i.test(tag)) ?? 'en-GB';
}

export const locale = englishLocale(typeof navigator === 'undefined' ? [] : navigator.languages);

export const words = createTranslator(en, locale);
