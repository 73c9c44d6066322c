/**
 * Where each language's words come from. English's first part is in the first visit's script (the prerendered
 * start screen is English); every other part loads when it is needed: a language's questions when someone
 * chooses it, its results with the result screens. Each loads once.
 */
import type { Describer } from './describe';
import { en, type CoreCatalog } from './en';
import type { ResultCatalog } from './en-result';
import type { Language } from './languages';
import { createTranslator, type Translator } from './translate';

const CORE: Readonly<Record<Language, () => Promise<CoreCatalog>>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es').then((module) => module.es),
};

const RESULT: Readonly<Record<Language, () => Promise<ResultCatalog>>> = {
  en: () => import('./en-result').then((module) => module.enResult),
  es: () => import('./es-result').then((module) => module.esResult),
};

const cached = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let loading = cached.get(key) as Promise<T> | undefined;
  if (loading === undefined) {
    loading = load();
    cached.set(key, loading);
    // A failed load (offline before the file was cached) may be tried again.
    loading.catch(() => cached.delete(key));
  }
  return loading;
}

/** English's words for the start screen and the questions, there from the first moment. */
export function englishWords(locale: string): Translator {
  return createTranslator(en, locale);
}

/** A language's words for the start screen and the questions. */
export function loadWords(language: Language, locale: string): Promise<Translator> {
  return once(`words:${language}:${locale}`, async () => createTranslator(await CORE[language](), locale));
}

/** A language's words for everything, results included. */
export function loadResultWords(language: Language, locale: string): Promise<Describer> {
  return once(`result:${language}:${locale}`, async () => {
    const [{ createDescriber }, core, result] = await Promise.all([
      import('./describe'),
      CORE[language](),
      RESULT[language](),
    ]);
    return createDescriber({ ...core, ...result }, locale);
  });
}
