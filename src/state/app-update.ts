/**
 * A new version of the app, waiting (issue 8): never applied under the person's feet, only when they choose. Kept
 * in memory only; the service worker offers it again on the next visit.
 */
import { create } from 'zustand';

interface AppUpdateState {
  /** Switches to the new version (a reload; answers are saved, so nothing is lost), or null when none waits. */
  readonly apply: (() => void) | null;
}

const appUpdateStore = create<AppUpdateState>(() => ({ apply: null }));

export function offerUpdate(apply: () => void): void {
  appUpdateStore.setState({ apply });
}

export function dismissUpdate(): void {
  appUpdateStore.setState({ apply: null });
}

export function useAppUpdate(): (() => void) | null {
  return appUpdateStore((state) => state.apply);
}
