/**
 * Presses made before the app runs (docs/decisions/014). The page's inline script (`src/boot.ts`) holds every press
 * on a button of the prerendered page from its first paint, marks the button busy so the person sees it was taken,
 * and keeps which button it was. Once the app has taken the page over (it marks the page `data-app="ready"`), it
 * presses them again, in order, on the same buttons. Nothing a person taps in the first seconds of a slow load is
 * lost, and the app itself carries no code for it.
 */

const buttonsIn = (root: Element): Element[] => [...root.querySelectorAll('button')];

/** Holds presses on `root`'s buttons until the page says the app is ready, then replays them. */
export function holdEarlyPresses(root: Element): void {
  const page = document.documentElement;
  // Each press, as the button's place among the page's buttons (the app's markup is the same markup).
  const presses: number[] = [];
  const hold = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (target === null || !root.contains(target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const press = buttonsIn(root).indexOf(target);
    // A double tap is one press.
    if (presses.at(-1) !== press) presses.push(press);
    target.setAttribute('aria-busy', 'true');
  };
  document.addEventListener('click', hold, true);
  const ready = new MutationObserver(() => {
    if (page.dataset['app'] !== 'ready') return;
    ready.disconnect();
    document.removeEventListener('click', hold, true);
    for (const busy of root.querySelectorAll('[aria-busy="true"]')) busy.removeAttribute('aria-busy');
    for (const press of presses) {
      const button = buttonsIn(root)[press];
      if (button instanceof HTMLElement && button.isConnected) button.click();
    }
  });
  ready.observe(page, { attributes: true, attributeFilter: ['data-app'] });
}
