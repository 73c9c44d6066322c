/**
 * What every entry of the timeline has, the caps on how many are kept, and the order of entry the store gives
 * each new one. In the first visit's script with the store; merging two tabs' copies is in `check-in-merge.ts`.
 */
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
  /** When it was last corrected, if ever (check-ins). */
  readonly edited?: number | undefined;
}

/** The next entry's place in the order of entry: after every entry either tab has made. */
export function nextSeq(entries: Iterable<TimelineEntry>, now: number): number {
  let seq = Math.max(0, Math.floor(now));
  for (const entry of entries) if (entry.seq >= seq) seq = entry.seq + 1;
  return seq;
}
