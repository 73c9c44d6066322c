import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;
const inTheBrowser = () => true;
const inThePrerenderedPage = () => false;

/**
 * False in the prerendered page and while the app takes it over, true from then on: for what depends on this
 * device (its storage, its service worker) and so must not be in the HTML the server sends.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(neverChanges, inTheBrowser, inThePrerenderedPage);
}
