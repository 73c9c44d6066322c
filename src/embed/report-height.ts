/**
 * Inside a practice's page (`embed.html`), tells the page around the planner how tall it is, so the frame can be
 * made exactly that tall and never scrolls inside itself. One fixed message shape, the only thing ever posted:
 *
 *   { type: 'back-massage-planner:height', height: <whole CSS pixels> }
 *
 * It goes only to the sites the practice listed (`embedOn` in practice.config.json): a page that frames the
 * planner without being listed learns nothing from it, not even which screen is showing.
 */
import { practice } from '../practice/practice';

const HEIGHT_MESSAGE = 'back-massage-planner:height';

interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
}

/**
 * Where the messages may go: the parent page's origin when the browser says what it is (Chromium and Safari),
 * if it is listed; otherwise every listed origin (the browser delivers to the one that matches, if any).
 */
export function heightTargets(listed: readonly string[], ancestors: ArrayLike<string> | undefined): readonly string[] {
  const parent = ancestors?.[0];
  if (parent === undefined) return listed;
  return listed.includes(parent) ? [parent] : [];
}

export function reportHeight(root: HTMLElement, listed: readonly string[] = practice.embedOn): void {
  if (window.parent === window) return;
  const targets = heightTargets(listed, window.location.ancestorOrigins);
  if (targets.length === 0) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    for (const target of targets) window.parent.postMessage(message, target);
  };
  new ResizeObserver(send).observe(root);
  send();
}
