/**
 * The language the planner speaks to this visitor (issue 8): the one they chose, remembered on the device, else the
 * first of their browser's languages it speaks, else English. Holds that language's words, so every screen reads
 * them as it renders and a change of language re-renders in place: nothing typed is lost and focus stays put.
 *
 * A language becomes current only once its words have loaded, so no screen ever renders half in one language.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Describer } from '../i18n/describe';
import { englishWords, loadResultWords, loadWords } from '../i18n/catalogs';
import { localeFor, type Language } from '../i18n/languages';
import type { Translator } from '../i18n/translate';
import { rememberLanguage } from './language-choice';

interface LanguageState {
  readonly language: Language;
  /** The words of the start screen and the questions. */
  readonly words: Translator;
  /** All the words, results included: loaded with the first result screen, then kept in step. */
  readonly resultWords: Describer | null;
}

const preferred = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

const languageStore = createStore<LanguageState>(() => ({
  language: 'en',
  words: englishWords(localeFor('en', preferred())),
  resultWords: null,
}));

/**
 * Changes of language and loads of result words run one after another, never interleaved: each sees what the one
 * before it left, so the current language's result words are there whenever results have been asked for.
 */
let queue: Promise<unknown> = Promise.resolve();
function inTurn(work: () => Promise<void>): Promise<void> {
  const done = queue.then(work, work);
  queue = done.catch(() => undefined);
  return done;
}

/**
 * Makes `language` current once its words (and, if results have been shown, their words) have loaded, and
 * remembers it unless told not to (the starting language is not a choice). Rejects if the words can't be loaded
 * (offline before they were ever fetched): the current language then stays.
 */
export function chooseLanguage(language: Language, { remember = true } = {}): Promise<void> {
  return inTurn(async () => {
    const locale = localeFor(language, preferred());
    const [words, resultWords] = await Promise.all([
      loadWords(language, locale),
      languageStore.getState().resultWords === null ? null : loadResultWords(language, locale),
    ]);
    if (remember) rememberLanguage(language);
    languageStore.setState({ language, words, resultWords });
  });
}

/** Loads the current language's words for results; the result screens wait for it before they first show. */
export function ensureResultWords(): Promise<void> {
  return inTurn(async () => {
    const { language, resultWords } = languageStore.getState();
    if (resultWords !== null) return;
    languageStore.setState({ resultWords: await loadResultWords(language, localeFor(language, preferred())) });
  });
}

/**
 * zustand's hook reads a store's first state on the server and while hydrating. This one reads the current state
 * there too: the start screen is prerendered in every language (prerender.tsx), and the app hydrates the one the
 * page shows once that language is current (docs/decisions/014).
 */
const currentEverywhere = { ...languageStore, getInitialState: languageStore.getState };

function useLanguageState<T>(select: (state: LanguageState) => T): T {
  return useStore(currentEverywhere, select);
}

export function useLanguage(): Language {
  return useLanguageState((state) => state.language);
}

export function useWords(): Translator {
  return useLanguageState((state) => state.words);
}

/** For the screens that load after `ensureResultWords` (the result, plan, history, data and privacy screens). */
export function useResultWords(): Describer {
  const resultWords = useLanguageState((state) => state.resultWords);
  if (resultWords === null) throw new Error('A result screen rendered before its words loaded (ensureResultWords).');
  return resultWords;
}
