/**
 * How two copies of a person's timeline (two open tabs) merge without losing an entry. Kept apart from the rest of
 * the engine so the store can merge on every write without loading the engine on a first visit.
 */
import type { CheckIn } from './answers';
import type { IsoDate } from './dates';

/** At most this many check-ins: twice a week for 48 years, so no real person reaches it. */
export const MAX_CHECK_INS = 5000;
/** At most this many submissions and entries of advice: a retake a week for 19 years. */
export const MAX_ENTRIES = 1000;

/** What every entry of the timeline has: an id to merge by, and its place in the timeline. */
export interface TimelineEntry {
  readonly id: string;
  readonly date: IsoDate;
  readonly seq: number;
}

/** The timeline's order: by date, then by the order of entry (docs/rules.md, "One timeline"). */
function byTimeline(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Merges two lists of entries by id, so neither tab's entry is lost: every id either side has, except those
 * deleted on either side. Where both have the same id (an edit), `ours` wins. In the timeline's order.
 */
export function mergeEntries<T extends TimelineEntry>(
  ours: readonly T[],
  theirs: readonly T[],
  deleted: ReadonlySet<string> = new Set(),
  cap = MAX_ENTRIES,
): T[] {
  const byId = new Map<string, T>();
  for (const entry of theirs) byId.set(entry.id, entry);
  for (const entry of ours) byId.set(entry.id, entry);
  return [...byId.values()]
    .filter((entry) => !deleted.has(entry.id))
    .sort(byTimeline)
    .slice(-cap);
}

/** Check-ins merged as `mergeEntries` does, within their own cap. */
export function mergeCheckIns(
  ours: readonly CheckIn[],
  theirs: readonly CheckIn[],
  deleted: ReadonlySet<string>,
): CheckIn[] {
  return mergeEntries(ours, theirs, deleted, MAX_CHECK_INS);
}

/** The next entry's place in the order of entry: after every entry either tab has made. */
export function nextSeq(entries: Iterable<TimelineEntry>, now: number): number {
  let seq = Math.max(0, Math.floor(now));
  for (const entry of entries) if (entry.seq >= seq) seq = entry.seq + 1;
  return seq;
}
