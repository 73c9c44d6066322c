/**
 * How two copies of a person's check-ins (two open tabs) merge without losing any. Kept apart from the rest of
 * `check-ins.ts` so the store can merge on every write without loading the engine on a first visit.
 */
import type { CheckIn } from './answers';

/** At most this many check-ins are kept: years of weekly massages. */
export const MAX_CHECK_INS = 1000;

/**
 * Merges two lists of check-ins by id, so neither tab's check-in is lost: every id either side has, except those
 * deleted on either side. Where both have the same id (an edit), `ours` wins. Sorted by date, then id.
 */
export function mergeCheckIns(
  ours: readonly CheckIn[],
  theirs: readonly CheckIn[],
  deleted: ReadonlySet<string>,
): CheckIn[] {
  const byId = new Map<string, CheckIn>();
  for (const checkIn of theirs) byId.set(checkIn.id, checkIn);
  for (const checkIn of ours) byId.set(checkIn.id, checkIn);
  return [...byId.values()]
    .filter((checkIn) => !deleted.has(checkIn.id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(-MAX_CHECK_INS);
}
