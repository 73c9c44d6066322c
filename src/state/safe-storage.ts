/**
 * The storage adapter behind the store: localStorage that never throws into a render, backs damaged data up
 * before anything overwrites it, never overwrites data from a newer version, and says what happened.
 *
 * Saved data is checked with zod, which loads only when there is saved data to check: reading is then
 * asynchronous, and nothing is written until it has finished, so an early write can't replace what was saved.
 *
 * Two tabs (docs/decisions/012): every write merges with what is stored, and a tab that reads another's save writes
 * the two merged back when it holds something the save lacks, so racing writes settle with nothing lost. Each save
 * says when the data in it began (`began`, the device's clock) and when the latest "delete everything" its writer
 * knows of happened (`cleared`). Deleting writes that time alone (a tombstone) and then removes the key, so every
 * other tab hears of it (a `storage` event is never dropped) and nothing stays behind; a copy that began before a
 * known deletion (a tab that wrote before it heard) is never merged, and goes.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { IsoDate } from '../domain/dates';
import type { Validation } from './load-validation';
import { EMPTY_PLANNER, SAVED_VERSION, isRecord, type SavedPlanner } from './saved-shape';

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
  | 'not-saved'
  /** Everything was deleted in another tab (or the browser's site settings): this one started afresh too. */
  | 'deleted-elsewhere'
  /** A file was restored in another tab, replacing everything: this one shows what it holds. */
  | 'replaced-elsewhere';

export const STORAGE_KEY = 'back-massage-planner';
export const BACKUP_KEY = `${STORAGE_KEY}:backup`;

/** Saved states that went through `salvageSaved`: the only ones the store's merge accepts. */
const validated = new WeakSet<object>();

export function isValidatedSave(value: unknown): value is SavedPlanner {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/**
 * When the data in a save began, and the latest deletion its writer knew of (device clock, ms; 0 when unsaid);
 * a tombstone is a deletion's time alone, with no data.
 */
interface SavedEra {
  readonly began: number;
  readonly cleared: number;
  readonly isTombstone: boolean;
  /** The deletion made way for a restored file (not "delete everything"). */
  readonly isReplaced: boolean;
}

/** The era of saved text; older saves (and unreadable text) say nothing, so began and cleared are 0. */
function eraOf(raw: string): SavedEra {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // Unreadable text belongs to no era; reading it says so.
  }
  const at = (key: string) => (isRecord(parsed) && typeof parsed[key] === 'number' ? parsed[key] : 0);
  return {
    began: at('began'),
    cleared: at('cleared'),
    isTombstone: isRecord(parsed) && !('state' in parsed),
    isReplaced: isRecord(parsed) && parsed.replaced === true,
  };
}

const BLANK = JSON.stringify(EMPTY_PLANNER);

/** Nothing worth a key: the state of a planner nobody has used (as after "delete everything"). */
function isBlank(state: SavedPlanner): boolean {
  return JSON.stringify(state) === BLANK;
}

/** The adapter, and the merge of a saved state read back with the one in memory (loaded with the checker). */
export interface SafeStorage extends PersistStorage<SavedPlanner> {
  /** `ours` and `theirs` as one (`mergeSaved`); `ours` as it is until saved data has been read. */
  readonly merge: (ours: SavedPlanner, theirs: SavedPlanner) => SavedPlanner;
  /**
   * Removes these keys whatever mode the data was opened in (read-only protects saved data from being written
   * over, never from the person deleting it), after a tombstone under the saved data's key tells the other tabs
   * (`replacing`: a restored file takes its place). True when every one of them is gone.
   */
  readonly erase: (keys: readonly string[], replacing?: boolean) => boolean;
  /** Another tab's saved text (or tombstone): what it says about deletions, learnt before anything is read. */
  readonly learnFrom: (saved: string) => void;
  /** Whether `state` holds an entry, correction or deletion the save under `name` lacks (or there is none). */
  readonly lacks: (name: string, state: SavedPlanner) => boolean;
}

export function createSafeStorage(
  getStorage: () => StorageLike,
  report: (notice: StorageNotice) => void,
  loadValidation: () => Promise<Validation>,
  today: () => IsoDate,
  /** Called when this tab finds what it holds was deleted in another tab: the store starts afresh. */
  deletedElsewhere: (replaced: boolean) => void = () => undefined,
): SafeStorage {
  let isReadOnly = false;
  let hasRead = false;
  /**
   * The checker, once loaded by a read: writing merges another tab's check-ins with it. A tab that started with
   * nothing saved reads (and so loads it) when another tab's save arrives (`storage` event).
   */
  let checker: Validation | null = null;
  /** What this tab wrote or read last: saved text that differs was written by another tab. */
  let lastWritten: string | null = null;
  /** When this tab's data began (null until it reads or writes some), and the latest deletion it knows of. */
  let began: number | null = null;
  let cleared = 0;

  /** Data merged from two saves began when the earlier did. */
  const mergeEra = (theirs: SavedEra): void => {
    began = began === null ? theirs.began : Math.min(began, theirs.began);
  };

  /** Whether saved text holds no data this tab may read: a tombstone, or data from before a known deletion. */
  const isStale = (saved: SavedEra): boolean => saved.isTombstone || saved.began < cleared;

  /**
   * Learns of the deletion a save or tombstone knows. When this tab's own data began before it (deleted in another
   * tab), it is forgotten at once: the store starts afresh (a blank state, which writes nothing).
   */
  const learn = (saved: SavedEra): boolean => {
    cleared = Math.max(cleared, saved.cleared);
    if (began === null || began >= cleared) return false;
    began = null;
    lastWritten = null;
    deletedElsewhere(saved.isReplaced);
    return true;
  };

  const storage = (): StorageLike | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };

  /** Removes a copy from before a deletion; this tab's own data, if any, is written instead (`lacks`). */
  const forceRemove = (name: string): void => {
    try {
      storage()?.removeItem(name);
    } catch {
      // Out of reach: the copy stays, and is removed again the next time it is read.
    }
    lastWritten = null;
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

  const readSaved = (raw: string, { readSavedText }: Validation): StorageValue<SavedPlanner> | null => {
    const read = readSavedText(raw, today());
    if (read.backUp) backUp(raw);
    if (read.readOnly) isReadOnly = true;
    for (const notice of read.notices) report(notice);
    if (read.state === null) return null;
    validated.add(read.state);
    return { state: read.state, version: SAVED_VERSION };
  };

  return {
    merge: (ours, theirs) => (checker === null ? ours : checker.mergeSaved(ours, theirs)),

    erase(keys, replacing = false) {
      const available = storage();
      if (available === null) return false;
      // Every copy written before now is from before this deletion: the tombstone tells the other tabs so.
      const stored = available.getItem(STORAGE_KEY);
      cleared = Math.max(cleared, Date.now(), began ?? 0, stored === null ? 0 : eraOf(stored).began) + 1;
      began = null;
      lastWritten = null;
      try {
        available.setItem(STORAGE_KEY, JSON.stringify(replacing ? { cleared, replaced: true } : { cleared }));
      } catch {
        // Storage full: the removal below still tells the other tabs something changed.
      }
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
          const theirs = eraOf(saved);
          learn(theirs);
          if (isStale(theirs)) {
            // Written from before a deletion (a tab that hadn't heard yet): never read, and gone unless this tab
            // has data of its own to write instead.
            if (!theirs.isTombstone) forceRemove(name);
            hasRead = true;
            return null;
          }
          mergeEra(theirs);
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
        let raw = available.getItem(name);
        const theirs = raw === null ? null : eraOf(raw);
        // A save from after a deletion of what this tab holds: nothing of it is written.
        if (theirs !== null && learn(theirs)) return;
        // A tombstone, or a copy from before a deletion, is never merged in.
        if (theirs !== null && isStale(theirs)) raw = null;
        // A blank state has nothing to save (after a deletion, or starting afresh): it never writes over a copy,
        // and a copy from before a deletion goes.
        if (isBlank(value.state)) {
          if (raw === null && theirs !== null && !theirs.isTombstone) available.removeItem(name);
          return;
        }
        if (raw !== null && theirs !== null) mergeEra(theirs);
        // New data begins now, and always after the latest deletion this tab knows of.
        began ??= Math.max(Date.now(), cleared);
        // Another tab's entries this one hasn't seen yet are merged in before writing (RELIABILITY.md).
        const state =
          raw === null || raw === lastWritten || checker === null
            ? value.state
            : checker.mergeWithSaved(value.state, raw, today());
        const text = JSON.stringify({ state, version: value.version, began, cleared });
        available.setItem(name, text);
        lastWritten = text;
      } catch {
        report('not-saved');
      }
    },

    learnFrom(saved) {
      learn(eraOf(saved));
    },

    lacks(name, state) {
      const raw = storage()?.getItem(name) ?? null;
      if (raw === null || isStale(eraOf(raw))) return !isBlank(state);
      return checker !== null && checker.lacksFrom(state, raw, today());
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
