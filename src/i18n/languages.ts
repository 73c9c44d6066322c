/**
 * The languages the planner speaks, which one a visitor gets, and the locale their dates use. Small on purpose: the
 * first visit loads it, and the catalogs themselves load on demand (`catalogs.ts`).
 */

/** English is in every build and prerendered; Spanish loads for those who choose it. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Each language's name in itself, as the picker shows it whatever the current language ("Español" is how a
 * Spanish speaker finds it on an English page). Not translated, so not in the catalogs.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** The locale a language's dates use when the browser names none of that language. */
const FALLBACK_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es-ES' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const languageOf = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? '';

/** The first of the browser's languages the planner speaks, else English. */
export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (isLanguage(language)) return language;
  }
  return 'en';
}

/** The browser's own locale for that language when it has one ("es-MX", "en-US"), so dates read as at home. */
export function localeFor(language: Language, preferred: readonly string[]): string {
  return preferred.find((tag) => languageOf(tag) === language) ?? FALLBACK_LOCALE[language];
}
