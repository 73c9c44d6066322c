/**
 * The app's one store, over the browser's localStorage, and the hook screens read it with. Components select
 * narrowly: `usePlanner((s) => s.step)`.
 */
import { useStore } from 'zustand';
import { createPlannerStore, type PlannerState } from './planner-store';

export const plannerStore = createPlannerStore(() => window.localStorage);

export function usePlanner<T>(select: (state: PlannerState) => T): T {
  return useStore(plannerStore, select);
}
