/** Where no first paint is ever reported (a page shown in no window), `afterFirstPaint` goes ahead after this long. */
export const LONGEST_WAIT_MS = 2000;

/**
 * Calls `callback` once, when the browser reports that the page's first paint with content has reached the screen
 * (a `first-contentful-paint` entry), or after `LONGEST_WAIT_MS` if it never does. Where a browser reports no
 * paints, once the next frame has been painted: the task after its animation frame callbacks.
 */
export function afterFirstPaint(callback: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    callback();
  };
  const reportsPaints =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint');
  if (!reportsPaints) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    once();
  }, LONGEST_WAIT_MS);
}
