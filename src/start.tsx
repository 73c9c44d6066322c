/**
 * Starts the app on the prerendered start screen: in English it hydrates the markup it finds rather than replacing
 * it, so the page keeps its first paint; in another language it renders that screen afresh in it. Loaded by
 * `main.ts` once that screen has been painted.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { localeFor } from './i18n/languages';
import { warmUpIntl } from './i18n/warm-up-intl';
import { chooseLanguage } from './state/language';
import { startingLanguage } from './state/language-choice';

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
 * In English, the app takes over the prerendered screen as it is. In another language it replaces it once that
 * language's words are in (docs/decisions/007); if they can't be loaded, the English stays and the picker can try
 * again.
 */
async function start(container: HTMLElement): Promise<void> {
  const language = startingLanguage();
  warmUpIntl(localeFor(language, navigator.languages));
  const app = (
    <StrictMode>
      <App embedded={embedded} />
    </StrictMode>
  );
  let translated = false;
  if (language !== 'en') {
    try {
      await chooseLanguage(language, { remember: false });
      translated = true;
    } catch {
      // Offline before the words were ever fetched: the English page stays, and the picker can try again.
    }
  }
  if (translated) createRoot(container).render(app);
  // As a transition, React hydrates in slices of a few milliseconds and lets the browser in between, rather than
  // in one long task (docs/decisions/010); a press meanwhile is replayed once its part of the page is hydrated.
  else
    startTransition(() => {
      hydrateRoot(container, app);
    });
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
