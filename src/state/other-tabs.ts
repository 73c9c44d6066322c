/**
 * What this tab does when another tab saved or deleted (docs/decisions/012). Loaded at the first such event: a
 * single tab never needs it.
 */
import { pickSaved, type PlannerStore } from './planner-store';
import { STORAGE_KEY } from './safe-storage';
import { SAVED_VERSION } from './saved-shape';

/**
 * Another tab saved (`saved`, its text, or the tombstone "delete everything" leaves for a moment) or removed the
 * saved data (null). What it says about a deletion is learnt first: data of this tab's from before it is forgotten.
 * Then what is stored is read and merged; if this tab holds something it lacks (both saved at once, or a removal
 * that took this tab's data), the two merged are written back, so no entry is lost and the tabs settle as one.
 */
export async function followOtherTab(store: PlannerStore, saved: string | null): Promise<void> {
  const { storage } = store;
  if (saved !== null) storage.learnFrom(saved);
  await store.persist.rehydrate();
  const state = pickSaved(store.getState());
  if (storage.lacks(STORAGE_KEY, state)) void storage.setItem(STORAGE_KEY, { state, version: SAVED_VERSION });
}
