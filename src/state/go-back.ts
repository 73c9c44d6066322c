/** A screen's own Back, over the browser's history that `screen-history.ts` keeps. */
import type { PlannerState } from './planner-store';

/** What an entry of the browser's history keeps: the screen, and how many of the planner's entries came before. */
export interface Entry {
  readonly step: PlannerState['step'];
  readonly view: PlannerState['view'];
  readonly changing: boolean;
  readonly depth: number;
}

/** The browser's Back when the person came from another of the planner's screens; otherwise `fallback`. */
export function goBackFrom(fallback: () => void): void {
  if (((history.state as Entry | null)?.depth ?? 0) > 0) history.back();
  else fallback();
}
