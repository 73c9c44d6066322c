/**
 * The storage adapter behind the store: localStorage that never throws into a render, backs damaged data up
 * before anything overwrites it, never overwrites data from a newer version, and says what happened.
 *
 * Saved data is checked with zod, which loads only when there is saved data to check: reading is then
 * asynchronous, and nothing is written until it has finished, so an early write can't replace what was saved.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { IsoDate } from '../domain/dates';
import type { Validation } from './load-validation';
import { SAVED_VERSION, isRecord, type SavedPlanner } from './saved-shape';

/** The part of the Web Storage API the planner uses; tests pass an in-memory one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the person is told about their saved data. */
export type StorageNotice =
  /** Saved text that wasn't readable at all: started afresh, a copy kept. */
  | 'unreadable'
  /** Some saved fields didn't validate and were left out: a copy kept. */
  | 'damaged'
  /** Saved entries dated after today (a wrong clock) were left out: a copy kept. */
  | 'future-dated'
  /** Where the person was no longer fits their answers: the next screen that does shows, nothing lost. */
  | 'moved-on'
  /** Saved by a newer version: shown, never overwritten. */
  | 'newer-version'
  /** Storage is unavailable or full: the planner works in memory. */
  | 'not-saved';

export const STORAGE_KEY = 'back-massage-planner';
export const BACKUP_KEY = `${STORAGE_KEY}:backup`;

/** Saved states that went through `salvageSaved`: the only ones the store's merge accepts. */
const validated = new WeakSet<object>();

export function isValidatedSave(value: unknown): value is SavedPlanner {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** The saved version a value says it is, or null when it says none a number could be. */
function versionOf(parsed: unknown): number | null {
  return isRecord(parsed) && typeof parsed.version === 'number' ? parsed.version : null;
}

/** The adapter, and the merge of a saved state read back with the one in memory (loaded with the checker). */
export interface SafeStorage extends PersistStorage<SavedPlanner> {
  /** `ours` and `theirs` as one (`mergeSaved`); `ours` as it is until saved data has been read. */
  readonly merge: (ours: SavedPlanner, theirs: SavedPlanner) => SavedPlanner;
  /**
   * Removes these keys whatever mode the data was opened in (read-only protects saved data from being written
   * over, never from the person deleting it). True when every one of them is gone.
   */
  readonly erase: (keys: readonly string[]) => boolean;
}

export function createSafeStorage(
  getStorage: () => StorageLike,
  report: (notice: StorageNotice) => void,
  loadValidation: () => Promise<Validation>,
  today: () => IsoDate,
): SafeStorage {
  let isReadOnly = false;
  let hasRead = false;
  /**
   * The checker, once loaded by a read: writing merges another tab's check-ins with it. A tab that started with
   * nothing saved reads (and so loads it) when another tab's save arrives (`storage` event).
   */
  let checker: Validation | null = null;
  /** What this tab wrote last: saved text that differs was written by another tab. */
  let lastWritten: string | null = null;

  /**
   * Another tab may have saved entries of the timeline this one hasn't seen yet: they are merged in by id before
   * writing, so no check-in, submission or advice is lost to the last writer (RELIABILITY.md).
   */
  const withTheirCheckIns = (value: StorageValue<SavedPlanner>, raw: string | null): StorageValue<SavedPlanner> => {
    if (raw === null || raw === lastWritten || checker === null) return value;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return value;
    }
    if (!isRecord(parsed)) return value;
    const version = versionOf(parsed);
    if (version === null || version > SAVED_VERSION) return value;
    const theirs = checker.salvageSaved(parsed.state, today(), version).value;
    return { ...value, state: checker.mergeSaved(value.state, theirs) };
  };

  const storage = (): StorageLike | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };

  /** Keeps the saved text whole under the backup key before anything can overwrite it. */
  const backUp = (raw: string): void => {
    try {
      storage()?.setItem(BACKUP_KEY, raw);
    } catch {
      // Storage full: the original stays under its own key, because nothing is written over it.
      isReadOnly = true;
      report('not-saved');
    }
  };

  const readSaved = (raw: string, { salvageSaved }: Validation): StorageValue<SavedPlanner> | null => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      backUp(raw);
      report('unreadable');
      return null;
    }
    const version = versionOf(parsed);
    const state = isRecord(parsed) ? parsed.state : undefined;
    const salvaged = salvageSaved(state, today(), version ?? SAVED_VERSION);
    validated.add(salvaged.value);
    if (version !== null && version > SAVED_VERSION) {
      isReadOnly = true;
      report('newer-version');
      return { state: salvaged.value, version: SAVED_VERSION };
    }
    if (salvaged.movedStep) report('moved-on');
    const isDamaged = version === null || !Number.isInteger(version) || version < 1 || salvaged.dropped.length > 0;
    if (isDamaged) {
      backUp(raw);
      const isOnlyFuture = salvaged.future.length > 0 && salvaged.future.length === salvaged.dropped.length;
      report(!isRecord(state) ? 'unreadable' : isOnlyFuture ? 'future-dated' : 'damaged');
      if (!isRecord(state)) return null;
    }
    return { state: salvaged.value, version: SAVED_VERSION };
  };

  return {
    merge: (ours, theirs) => (checker === null ? ours : checker.mergeSaved(ours, theirs)),

    erase(keys) {
      const available = storage();
      if (available === null) return false;
      let isGone = true;
      for (const key of keys) {
        try {
          available.removeItem(key);
          if (available.getItem(key) !== null) isGone = false;
        } catch {
          isGone = false;
        }
      }
      // Nothing is left to protect: what the person does next may be saved.
      if (isGone) isReadOnly = false;
      return isGone;
    },

    getItem(name): StorageValue<SavedPlanner> | null | Promise<StorageValue<SavedPlanner> | null> {
      let raw: string | null;
      try {
        const available = storage();
        if (available === null) throw new Error('storage unavailable');
        raw = available.getItem(name);
      } catch {
        hasRead = true;
        report('not-saved');
        return null;
      }
      if (raw === null) {
        hasRead = true;
        return null;
      }
      const saved = raw;
      return loadValidation().then(
        (validation) => {
          checker = validation;
          lastWritten = saved;
          const value = readSaved(saved, validation);
          hasRead = true;
          return value;
        },
        () => {
          // The checker didn't load (offline before it was cached): show nothing, overwrite nothing.
          isReadOnly = true;
          hasRead = true;
          report('not-saved');
          return null;
        },
      );
    },

    setItem(name, value): void {
      if (isReadOnly || !hasRead) return;
      try {
        const available = storage();
        if (available === null) throw new Error('storage unavailable');
        const text = JSON.stringify(withTheirCheckIns(value, available.getItem(name)));
        available.setItem(name, text);
        lastWritten = text;
      } catch {
        report('not-saved');
      }
    },

    removeItem(name): void {
      if (isReadOnly) return;
      try {
        storage()?.removeItem(name);
      } catch {
        report('not-saved');
      }
    },
  };
}
