/** The language a visitor chose, remembered on the device next to the planner's own key (and deleted with it). */
import { isLanguage, languageFor, type Language } from '../i18n/languages';

export const LANGUAGE_KEY = 'back-massage-planner:language';

function rememberedLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(saved) ? saved : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage off or full: the choice holds for this visit, and the page already says answers aren't saved.
  }
}

/** The language a visit starts in: the remembered choice, else the first of the browser's it speaks. */
export function startingLanguage(): Language {
  return rememberedLanguage() ?? languageFor(navigator.languages);
}
