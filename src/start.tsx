/**
 * Starts the app on the prerendered start screen: it hydrates the markup it finds rather than replacing it, so the
 * page keeps its first paint. Loaded by `main.ts` once that screen has been painted.
 */
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';

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
if (root) {
  hydrateRoot(
    root,
    <StrictMode>
      <App embedded={embedded} />
    </StrictMode>,
  );
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
