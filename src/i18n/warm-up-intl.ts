/**
 * Has ICU load its data in a worker while the start screen shows (`intl-warm-up.worker.ts`), so neither the app
 * starting nor the first question waits for it on the page's own thread (docs/decisions/009). Where there are no
 * workers, or one can't start, the first formatter simply loads it as it always did.
 */
export function warmUpIntl(locale: string): void {
  if (typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { type: 'module' });
    // A worker that can't load (an old cache offline) is no error the person needs to hear of.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
    });
    worker.postMessage(locale);
  } catch {
    // Nothing lost: the page's first formatter does the same work.
  }
}
