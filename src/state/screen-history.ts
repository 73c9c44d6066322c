/**
 * The screens follow the browser's history (issue 17): each screen a person moves to is an entry, so the back and
 * forward buttons (a phone's back gesture) move between questions and screens, a reload keeps the screen, and a
 * screen's own Back goes where the person came from (`go-back.ts`). The History API alone: no router
 * (docs/decisions/013). Loaded just after the app starts, like the other tabs' listener: the first screen needs
 * none of it.
 */
import type { Entry } from './go-back';
import { whenHydrated, type PlannerState, type PlannerStore } from './planner-store';

const entryOf = ({ step, view, changing }: PlannerState, depth: number): Entry => ({ step, view, changing, depth });

/** Starts once the saved answers have been read, so that reading them is not a move of the person's. */
export function followBrowserHistory(store: PlannerStore): void {
  void whenHydrated(store).then(() => {
    const start = history.state as Entry | null;
    let depth = start?.depth ?? 0;
    // A reload (or a return to the page by Back) keeps the screen: the step is saved with the answers, the view is
    // the entry's. Opening the page anew shows the recommendation, as does a reload once the answers are gone.
    // (Where the page's navigation is not known, as under a test's fake clock, the entry's screen is kept.)
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const isReturn = navigation === undefined || navigation.type === 'reload' || navigation.type === 'back_forward';
    if (isReturn && start?.view !== undefined && store.getState().submissions.length > 0) {
      store.setState({ view: start.view, changing: start.changing });
    }
    history.replaceState(entryOf(store.getState(), depth), '');
    let isRestoring = false;
    store.subscribe((state, previous) => {
      if (isRestoring || (state.step === previous.step && state.view === previous.view)) return;
      depth += 1;
      const entry = entryOf(state, depth);
      // Just after the next paint: pushing costs the browser a few milliseconds the new screen need not wait for
      // (4 ms of Continue's 12 at 4× CPU slowdown, npm run bench:ui).
      const push = () => {
        setTimeout(() => {
          // (A test's page may be gone by then.)
          if (typeof history !== 'undefined') history.pushState(entry, '');
        }, 0);
      };
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(push);
      else push();
    });
    addEventListener('popstate', (event) => {
      const entry = event.state as Entry | null;
      if (entry?.view === undefined) return;
      depth = entry.depth;
      isRestoring = true;
      store.setState({ step: entry.step, view: entry.view, changing: entry.changing });
      isRestoring = false;
    });
  });
}
