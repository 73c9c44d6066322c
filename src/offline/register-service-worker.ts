/**
 * Links the web app manifest and registers the service worker that keeps the app on the device (issue 8), so a
 * second visit works offline. A new
 * version waits until the person chooses to switch (`state/app-update.ts`); the browser looks for one on every
 * visit, and a page left open looks again whenever it is shown.
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from '../state/app-update';

export function registerServiceWorker(): void {
  // What makes the app installable; added only now, so fetching it never competes with the first visit.
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = '/manifest.webmanifest';
  document.head.append(manifest);
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh() {
      offerUpdate(() => {
        void update(true);
      });
    },
    onRegisteredSW(_url, registration) {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void registration?.update();
      });
    },
  });
}
