/**
 * The app's one store, over the browser's localStorage, and the hook screens read it with. Components select
 * narrowly: `usePlanner((s) => s.step)`.
 */
import { useStore } from 'zustand';
import { createPlannerStore, type PlannerState } from './planner-store';
import { STORAGE_KEY } from './safe-storage';

export const plannerStore = createPlannerStore(() => window.localStorage);

// Another tab saved: read it, so this tab shows the same answers and check-ins (merged by id, none lost); or it
// deleted everything (the key removed, or all of the site's storage cleared: a null key), and this tab forgets too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const saved = event.newValue;
    void import('./other-tabs').then(({ followOtherTab }) => followOtherTab(plannerStore, saved));
  });
  // Screens follow the browser's back and forward buttons.
  void import('./screen-history').then(({ followBrowserHistory }) => {
    followBrowserHistory(plannerStore);
  });
}

export function usePlanner<T>(select: (state: PlannerState) => T): T {
  return useStore(plannerStore, select);
}
