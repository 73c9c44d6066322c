/**
 * Build time only (see `prerenderStartScreen` in vite.config.ts): the start screen a first visit sees, as HTML, in
 * every language, so its heading and introduction show before any JavaScript has run, in the visitor's language
 * (docs/decisions/014). The app then hydrates that same markup, so nothing is painted twice.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';
import { loadWords } from './i18n/catalogs';
import { LANGUAGES, localeFor, type Language } from './i18n/languages';
import { chooseLanguage } from './state/language';
import { plannerStore } from './state/use-planner';

export interface PrerenderedScreen {
  readonly language: Language;
  readonly html: string;
  readonly title: string;
}

export async function renderStartScreens(embedded = false): Promise<PrerenderedScreen[]> {
  // On the server there is no storage to read or complain about: a first visit's empty state.
  plannerStore.setState({ notices: [] });
  const screens: PrerenderedScreen[] = [];
  for (const language of LANGUAGES) {
    await chooseLanguage(language, { remember: false });
    const html = renderToString(
      <StrictMode>
        <App embedded={embedded} />
      </StrictMode>,
    );
    const words = await loadWords(language, localeFor(language, []));
    screens.push({ language, html, title: words.t('app.title') });
  }
  return screens;
}
