/**
 * Saved text read back, for the storage adapter (`safe-storage.ts`): what it holds, whether to back it up, what
 * to tell the person, and how it merges with another tab's. Pure; it loads with the checker (`validation.ts`) when
 * there is saved text to read, never in a first visit's script.
 */
import type { IsoDate } from '../domain/dates';
import type { StorageNotice } from './safe-storage';
import { addsTo, mergeSaved, salvageSaved } from './saved-data';
import { SAVED_VERSION, isRecord, type SavedPlanner } from './saved-shape';

export interface SavedRead {
  /** What was read, field by field; null when nothing could be. */
  readonly state: SavedPlanner | null;
  /** Keep the text whole under the backup key before anything can overwrite it. */
  readonly backUp: boolean;
  /** Saved by a newer version: shown, never written over. */
  readonly readOnly: boolean;
  readonly notices: readonly StorageNotice[];
}

/** The saved version a value says it is, or null when it says none a number could be. */
function versionOf(parsed: unknown): number | null {
  return isRecord(parsed) && typeof parsed.version === 'number' ? parsed.version : null;
}

/** This tab's saved text, or another's, read as this version reads it (RELIABILITY.md). */
export function readSavedText(raw: string, today: IsoDate): SavedRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: null, backUp: true, readOnly: false, notices: ['unreadable'] };
  }
  const version = versionOf(parsed);
  const state = isRecord(parsed) ? parsed.state : undefined;
  const salvaged = salvageSaved(state, today, version ?? SAVED_VERSION);
  if (version !== null && version > SAVED_VERSION) {
    return { state: salvaged.value, backUp: false, readOnly: true, notices: ['newer-version'] };
  }
  const notices: StorageNotice[] = salvaged.movedStep ? ['moved-on'] : [];
  const isDamaged = version === null || !Number.isInteger(version) || version < 1 || salvaged.dropped.length > 0;
  if (!isDamaged) return { state: salvaged.value, backUp: false, readOnly: false, notices };
  const isOnlyFuture = salvaged.future.length > 0 && salvaged.future.length === salvaged.dropped.length;
  notices.push(!isRecord(state) ? 'unreadable' : isOnlyFuture ? 'future-dated' : 'damaged');
  return { state: isRecord(state) ? salvaged.value : null, backUp: true, readOnly: false, notices };
}

/** Another tab's saved text as a state to merge with, when this version reads it; else null. */
function theirState(raw: string, today: IsoDate): SavedPlanner | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const version = versionOf(parsed);
  if (!isRecord(parsed) || version === null || version > SAVED_VERSION) return null;
  return salvageSaved(parsed.state, today, version).value;
}

/**
 * Another tab may have saved entries of the timeline this one hasn't seen yet: they are merged in by id before
 * writing, so no check-in, submission or advice is lost to the last writer (RELIABILITY.md).
 */
export function mergeWithSaved(ours: SavedPlanner, raw: string, today: IsoDate): SavedPlanner {
  const theirs = theirState(raw, today);
  return theirs === null ? ours : mergeSaved(ours, theirs);
}

/** Whether `ours` holds an entry, correction or deletion the saved text lacks (`addsTo`). */
export function lacksFrom(ours: SavedPlanner, raw: string, today: IsoDate): boolean {
  const theirs = theirState(raw, today);
  return theirs !== null && addsTo(ours, theirs);
}
