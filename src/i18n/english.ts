/**
 * The English words the app uses, with dates in the person's English-speaking locale ("Mon 3 March" in most of the
 * world, "Mon, March 3" in the US). One catalog today; a translation is a second catalog file.
 */
import { createDescriber } from './describe';
import { en } from './en';

/** The first English locale the browser prefers, or British English. */
export function englishLocale(preferred: readonly string[]): string {
  return preferred.find((tag) => /^en(-|$)/i.test(tag)) ?? 'en-GB';
}

export const words = createDescriber(en, englishLocale(typeof navigator === 'undefined' ? [] : navigator.languages));
