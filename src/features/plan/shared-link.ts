/**
 * Whether the page was opened from a shared plan's link (`#plan=…`), as an external store React can read, and a
 * way to leave it. Small and free of zod: the app checks it on every first render; the preview itself loads lazily.
 */
import { useSyncExternalStore } from 'react';
import { SHARE_KEY } from '../../domain/share-key';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

function sharedFragment(): string | null {
  const fragment = window.location.hash.slice(1);
  return fragment.startsWith(SHARE_KEY) ? fragment : null;
}

/** The prerendered start screen knows no link: the page hydrates as it was sent, then shows the shared plan. */
const inThePrerenderedPage = () => null;

/** The shared plan's fragment (without the `#`), or null when the page wasn't opened from one. */
export function useSharedLink(): string | null {
  return useSyncExternalStore(subscribe, sharedFragment, inThePrerenderedPage);
}

/** Leaves the shared plan: the fragment goes from the address (and the history entry), and the planner shows. */
export function leaveSharedLink(): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  for (const listener of listeners) listener();
}
