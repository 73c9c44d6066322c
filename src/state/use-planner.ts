/**
 * The app's one store, over the browser's localStorage, and the hook screens read it with. Components select
 * narrowly: `usePlanner((s) => s.step)`.
 */
import { useStore } from 'zustand';
import { createPlannerStore, type PlannerState } from './planner-store';
import { STORAGE_KEY } from './safe-storage';

export const plannerStore = createPlannerStore(() => window.localStorage);

// Another tab saved: read it, so this tab shows the same answers and check-ins (merged by id, none lost).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) void plannerStore.persist.rehydrate();
  });
}

export function usePlanner<T>(select: (state: PlannerState) => T): T {
  return useStore(plannerStore, select);
}
