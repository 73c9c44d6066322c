import { createPlannerStore, whenHydrated } from '../../src/state/planner-store';
import type { StorageLike } from '../../src/state/safe-storage';

/** An in-memory Web Storage, with switches for the faults RELIABILITY.md lists. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  isFull = false;
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.isFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes += 1;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A store over the storage, once it has read what was saved. */
export async function storeOver(storage: StorageLike) {
  const store = createPlannerStore(() => storage);
  await whenHydrated(store);
  return store;
}
