/**
 * How two copies of a person's timeline (two open tabs) merge without losing an entry. Kept apart from the rest of
 * the engine so the store can merge on every write without loading the engine on a first visit; it loads with
 * the saved data's checker (`saved-data.ts`).
 */
import type { CheckIn } from './answers';
import type { IsoDate } from './dates';
import { MAX_CHECK_INS, MAX_ENTRIES, type TimelineEntry } from './entry-order';

export { MAX_CHECK_INS, MAX_ENTRIES, type TimelineEntry } from './entry-order';

/** How recent an entry's content is: its last correction, else its entry. */
function stampOf(entry: TimelineEntry): number {
  return entry.edited ?? entry.seq;
}

/** The timeline's order: by date, then by the order of entry (docs/rules.md, "One timeline"). */
function byTimeline(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Merges two lists of entries by id, so neither tab's entry is lost: every id either side has, except those
 * deleted on either side. Where both have the same id, the later correction wins (`edited`); `ours` when neither
 * is later. In the timeline's order.
 */
export function mergeEntries<T extends TimelineEntry>(
  ours: readonly T[],
  theirs: readonly T[],
  deleted: ReadonlySet<string> = new Set(),
  cap = MAX_ENTRIES,
): T[] {
  const byId = new Map<string, T>();
  for (const entry of theirs) byId.set(entry.id, entry);
  for (const entry of ours) {
    const other = byId.get(entry.id);
    if (other === undefined || stampOf(entry) >= stampOf(other)) byId.set(entry.id, entry);
  }
  return [...byId.values()]
    .filter((entry) => !deleted.has(entry.id))
    .sort(byTimeline)
    .slice(-cap);
}

/** Whether `a` was entered or corrected after `b` (by the store's clock; ids only break an exact tie). */
function isLater(a: TimelineEntry, b: TimelineEntry): boolean {
  return stampOf(a) !== stampOf(b) ? stampOf(a) > stampOf(b) : a.id > b.id;
}

/**
 * Check-ins merged as `mergeEntries` does, within their own cap, and one report per planned session: where two
 * tabs each answered the same session, the answer entered or corrected last stands in both
 * (docs/rules.md, “Two tabs”).
 */
export function mergeCheckIns(
  ours: readonly CheckIn[],
  theirs: readonly CheckIn[],
  deleted: ReadonlySet<string>,
): CheckIn[] {
  const merged = mergeEntries(ours, theirs, deleted, MAX_CHECK_INS);
  const latest = new Map<IsoDate, CheckIn>();
  for (const checkIn of merged) {
    if (checkIn.planned === undefined) continue;
    const other = latest.get(checkIn.planned);
    if (other === undefined || isLater(checkIn, other)) latest.set(checkIn.planned, checkIn);
  }
  return merged.filter((checkIn) => checkIn.planned === undefined || latest.get(checkIn.planned) === checkIn);
}
