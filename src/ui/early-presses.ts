/**
 * Presses made before the app runs (docs/decisions/014). The page's inline script (`src/boot.ts`) holds every press
 * on a button of the prerendered page from its first paint, marks the button busy so the person sees it was taken,
 * and keeps which button it was; once the app has taken the page over, it replays them, in order, on the same
 * buttons. Nothing a person taps in the first seconds of a slow load is lost.
 */

/** Where the inline script leaves what it held, for the app to find. */
const HELD = '__massagePlannerPresses';

interface Held {
  /** Each press, as the button's place among the page's buttons (the app's markup is the same markup). */
  readonly presses: number[];
  readonly stop: () => void;
}

type WithHeld = typeof globalThis & { [HELD]?: Held };

const buttonsIn = (root: Element): Element[] => [...root.querySelectorAll('button')];

/** From the inline script: holds presses on `root`'s buttons until `replayEarlyPresses`. */
export function holdEarlyPresses(root: Element): void {
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
  const stop = () => {
    document.removeEventListener('click', hold, true);
  };
  (globalThis as WithHeld)[HELD] = { presses, stop };
}

/**
 * From the app, once it has taken `root` over: stops holding, and presses again, in order, each button that was
 * pressed. How many it replayed, for the tests.
 */
export function replayEarlyPresses(root: Element): number {
  const held = (globalThis as WithHeld)[HELD];
  if (held === undefined) return 0;
  Reflect.deleteProperty(globalThis, HELD);
  held.stop();
  for (const busy of root.querySelectorAll('[aria-busy="true"]')) busy.removeAttribute('aria-busy');
  for (const press of held.presses) {
    const button = buttonsIn(root)[press];
    if (button instanceof HTMLElement && button.isConnected) button.click();
  }
  return held.presses.length;
}
