/**
 * Starts the app on the prerendered start screen: in English it hydrates the markup it finds rather than replacing
 * it, so the page keeps its first paint; in another language it renders that screen afresh in it. Loaded by
 * `main.ts` once that screen has been painted.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { isLanguage, localeFor } from './i18n/languages';
import { warmUpIntl } from './i18n/warm-up-intl';
import { chooseLanguage } from './state/language';

function whenLoadedAndIdle(callback: () => void): void {
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 5000 });
    else setTimeout(callback, 1000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

const root = document.getElementById('root');
// `embed.html` marks itself: the same app without its header, telling the page around it its height.
const embedded = document.documentElement.dataset['embed'] !== undefined;
/**
 * The app takes over the prerendered screen as it is, once the visitor's language has its words: the page's inline
 * script has already shown that screen in their language (docs/decisions/014). If those words can't be loaded
 * (offline before they were ever fetched), the app replaces the screen in English and the picker can try again.
 */
async function start(container: HTMLElement): Promise<void> {
  // The visitor's language, as the page's inline script chose it and showed it before the first paint (src/boot.ts):
  // the remembered choice, else the browser's. Without that script, the page and the app stay English.
  const shownInPage = document.documentElement.lang;
  const language = isLanguage(shownInPage) ? shownInPage : 'en';
  warmUpIntl(localeFor(language, navigator.languages));
  const app = (
    <StrictMode>
      <App embedded={embedded} />
    </StrictMode>
  );
  let rendersIn = 'en';
  if (language !== 'en') {
    try {
      await chooseLanguage(language, { remember: false });
      rendersIn = language;
    } catch {
      // Offline before the words were ever fetched: the app speaks English, and the picker can try again.
    }
  }
  // As a transition, React hydrates in slices of a few milliseconds and lets the browser in between, rather than
  // in one long task (docs/decisions/010). Presses held until then are replayed once it has (app.tsx).
  if (rendersIn === shownInPage)
    startTransition(() => {
      hydrateRoot(container, app);
    });
  else createRoot(container).render(app);
}

if (root) {
  void start(root);
  if (embedded)
    void import('./embed/report-height').then((module) => {
      module.reportHeight(root);
    });
  // Kept on the device for offline visits; not from inside another site's page, which is online by definition.
  // Only once the page has loaded and the browser is idle: caching the whole app must not compete with the visit.
  else
    whenLoadedAndIdle(() => {
      void import('./offline/register-service-worker').then((module) => {
        module.registerServiceWorker();
      });
    });
}
