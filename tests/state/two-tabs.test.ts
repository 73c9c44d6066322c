/**
 * Two or three tabs over one localStorage, as Chromium runs them: each tab reads and writes its own copy of the
 * storage at once; its writes reach the browser, and the other tabs' copies (with a `storage` event), later and in
 * an order the test chooses. Random sequences of check-ins, corrections, deletions and "delete everything", with
 * the writes and events delivered at random points, must settle with nothing lost, nothing brought back, and every
 * tab showing what is stored (issue 16, cases 2 and 3; docs/decisions/012).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CheckIn } from '../../src/domain/answers';
import { deleteCheckIn, recordCheckIn, restoreData, updateCheckIn } from '../../src/state/later-events';
import { followOtherTab } from '../../src/state/other-tabs';
import { createPlannerStore, whenHydrated, type PlannerStore } from '../../src/state/planner-store';
import { STORAGE_KEY, type StorageLike } from '../../src/state/safe-storage';
import { answersOf, isoDate, submissionOf } from '../domain/fixtures';

interface Change {
  readonly key: string;
  readonly value: string | null;
}

/** The browser's storage, and the tabs over it. */
class Browser {
  readonly items = new Map<string, string>();
  readonly tabs: Tab[] = [];
}

/** One tab's copy of the storage: its own writes at once; the browser's, when delivered. */
class Tab implements StorageLike {
  readonly copy: Map<string, string>;
  /** This tab's writes not yet at the browser. */
  readonly outbox: Change[] = [];
  /** Other tabs' writes not yet in this tab's copy (nor told to it). */
  readonly inbox: Change[] = [];
  readonly handling: Promise<void>[] = [];
  store!: PlannerStore;

  constructor(readonly browser: Browser) {
    this.copy = new Map(browser.items);
  }

  getItem(key: string): string | null {
    return this.copy.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.copy.set(key, value);
    this.outbox.push({ key, value });
  }

  removeItem(key: string): void {
    this.copy.delete(key);
    this.outbox.push({ key, value: null });
  }

  /** This tab's oldest write reaches the browser, and is on its way to the other tabs. */
  flush(): void {
    const change = this.outbox.shift();
    if (change === undefined) return;
    const had = this.browser.items.has(change.key);
    if (change.value === null) this.browser.items.delete(change.key);
    else this.browser.items.set(change.key, change.value);
    // Removing a key that isn't there changes nothing, and tells no one.
    if (change.value === null && !had) return;
    for (const other of this.browser.tabs) if (other !== this) other.inbox.push(change);
  }

  /** The oldest other tab's write reaches this tab: its copy, then its `storage` event handler. */
  deliver(): void {
    const change = this.inbox.shift();
    if (change === undefined) return;
    // Chromium keeps a tab's own write on the way over another's (its own reaches the browser later, and wins),
    // and tells the page of the other's all the same (CachedStorageArea::KeyChanged, KeyDeleted).
    const isOwnOnTheWay = this.outbox.some((mine) => mine.key === change.key);
    if (!isOwnOnTheWay) {
      if (change.value === null) this.copy.delete(change.key);
      else this.copy.set(change.key, change.value);
    }
    if (change.key === STORAGE_KEY) this.handling.push(followOtherTab(this.store, change.value));
  }

  get isQuiet(): boolean {
    return this.outbox.length === 0 && this.inbox.length === 0;
  }
}

const TODAY = isoDate('2026-11-30');
/** A planned session the tabs may both be asked about. */
const SESSION = isoDate('2026-11-16');
const seeded = JSON.stringify({
  state: { submissions: [submissionOf(answersOf({ goal: 'posture', answeredOn: '2026-11-01' }))] },
  version: 2,
});

async function browserWith(tabs: number): Promise<Browser> {
  const browser = new Browser();
  browser.items.set(STORAGE_KEY, seeded);
  for (let index = 0; index < tabs; index += 1) {
    const tab = new Tab(browser);
    tab.store = createPlannerStore(
      () => tab,
      undefined,
      () => TODAY,
    );
    browser.tabs.push(tab);
    await whenHydrated(tab.store);
  }
  return browser;
}

/** Lets the handlers started so far run to their end. */
async function settleHandlers(browser: Browser): Promise<void> {
  for (const tab of browser.tabs) await Promise.all(tab.handling.splice(0));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Delivers every write and event until nothing more is on its way; the number of rounds it took. */
async function settle(browser: Browser): Promise<number> {
  let rounds = 0;
  while (rounds < 50) {
    await settleHandlers(browser);
    if (browser.tabs.every((tab) => tab.isQuiet)) return rounds;
    rounds += 1;
    for (const tab of browser.tabs) while (tab.outbox.length > 0) tab.flush();
    for (const tab of browser.tabs) while (tab.inbox.length > 0) tab.deliver();
  }
  return rounds;
}

const storedCheckIns = (browser: Browser): CheckIn[] => {
  const raw = browser.items.get(STORAGE_KEY);
  return raw === undefined ? [] : ((JSON.parse(raw) as { state: { checkIns?: CheckIn[] } }).state.checkIns ?? []);
};
/** What a person would compare between two tabs: which check-ins, and what each says. */
const shown = (checkIns: readonly CheckIn[]) =>
  checkIns
    .map((one) => `${one.id}:${one.date}:${one.happened ? one.felt : 'skipped'}`)
    .sort()
    .join(' ');

type Step =
  | {
      readonly kind: 'check-in' | 'correct' | 'delete' | 'delete-everything';
      readonly tab: number;
      readonly pick: number;
    }
  | { readonly kind: 'flush' | 'deliver'; readonly tab: number }
  | { readonly kind: 'let-handlers-run' };

const stepOf = (tabs: number): fc.Arbitrary<Step> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constantFrom('check-in' as const, 'correct' as const, 'delete' as const),
        tab: fc.nat(tabs - 1),
        pick: fc.nat(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('delete-everything' as const), tab: fc.nat(tabs - 1), pick: fc.nat() }),
    },
    {
      weight: 6,
      arbitrary: fc.record({ kind: fc.constantFrom('flush' as const, 'deliver' as const), tab: fc.nat(tabs - 1) }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'let-handlers-run' as const }) },
  );

const FELT = ['fine', 'mild', 'lasting', 'bruising'] as const;

describe('tabs saving at the same time', () => {
  // The device's clock moves on by a millisecond between two things a person does; what happens "at once" is
  // modelled by when the writes and events are delivered, not by a clock that stands still.
  let clock = Date.UTC(2026, 10, 30, 9);
  afterEach(() => {
    vi.restoreAllMocks();
  });
  test('property: any interleaving settles with every check-in kept, deletions held, nothing brought back, and every tab agreeing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }).chain((tabs) =>
          fc.record({
            tabs: fc.constant(tabs),
            steps: fc.array(stepOf(tabs), { maxLength: 40 }),
          }),
        ),
        async ({ tabs, steps }) => {
          const browser = await browserWith(tabs);
          const recorded: { id: string; tab: number; at: number; planned: boolean }[] = [];
          const deleted = new Set<string>();
          let lastDeletion: { tab: number; at: number } | null = null;
          vi.spyOn(Date, 'now').mockImplementation(() => clock);
          for (const [at, step] of steps.entries()) {
            clock += 1;
            if (step.kind === 'let-handlers-run') {
              await settleHandlers(browser);
              continue;
            }
            const tab = browser.tabs[step.tab];
            if (tab === undefined) continue;
            const state = tab.store.getState();
            const pick = 'pick' in step ? step.pick : 0;
            const known = state.checkIns[pick % Math.max(1, state.checkIns.length)];
            switch (step.kind) {
              case 'flush':
                tab.flush();
                break;
              case 'deliver':
                tab.deliver();
                break;
              case 'check-in': {
                const date = isoDate(`2026-11-${String(10 + (pick % 20)).padStart(2, '0')}`);
                const felt = FELT[pick % 4] ?? 'fine';
                // Some answer the same planned session, as two tabs showing one check-in prompt would.
                const report =
                  pick % 5 === 0
                    ? { date: SESSION, planned: SESSION, happened: true as const, felt }
                    : { date, happened: true as const, felt };
                recorded.push({ id: recordCheckIn(tab.store, report), tab: step.tab, at, planned: pick % 5 === 0 });
                break;
              }
              case 'correct':
                if (known?.happened === true)
                  updateCheckIn(tab.store, { ...known, felt: FELT[(FELT.indexOf(known.felt) + 1) % 4] ?? 'fine' });
                break;
              case 'delete':
                if (known !== undefined) {
                  deleteCheckIn(tab.store, known.id);
                  deleted.add(known.id);
                }
                break;
              case 'delete-everything':
                state.deleteEverything();
                lastDeletion = { tab: step.tab, at };
                break;
            }
          }
          const rounds = await settle(browser);
          // It settles: tabs stop writing back once they agree.
          expect(rounds).toBeLessThan(50);
          const stored = storedCheckIns(browser);
          const storedIds = new Set(stored.map((one) => one.id));
          // Every tab shows what is stored.
          for (const tab of browser.tabs) expect(shown(tab.store.getState().checkIns)).toBe(shown(stored));
          // A deleted check-in stays deleted.
          for (const id of deleted) expect(storedIds.has(id)).toBe(false);
          // One answer to the planned session stands, the one entered or corrected last; none if it was deleted.
          const answers = stored.filter((one) => one.planned === SESSION);
          expect(answers.length).toBeLessThanOrEqual(1);
          const isKept = ({ id, planned }: (typeof recorded)[number]) =>
            storedIds.has(id) ||
            (planned && (answers.length === 1 || recorded.some((one) => one.planned && deleted.has(one.id))));
          if (lastDeletion === null) {
            // Without "delete everything", no check-in is lost.
            for (const one of recorded) if (!deleted.has(one.id)) expect(isKept(one)).toBe(true);
          } else {
            const since = lastDeletion;
            // Nothing from before the last "delete everything" comes back, from any tab; what the deleting tab
            // recorded afterwards is kept.
            for (const one of recorded) {
              if (one.at < since.at) expect(storedIds.has(one.id)).toBe(false);
              else if (one.tab === since.tab && !deleted.has(one.id)) expect(isKept(one)).toBe(true);
            }
          }
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  }, 60_000);

  test('a file restored in one tab replaces what the other held, and the other says so', async () => {
    const browser = await browserWith(2);
    const [restoring, other] = browser.tabs as [Tab, Tab];
    // The other tab logs a massage, and the first hears of it.
    const old = recordCheckIn(other.store, { date: isoDate('2026-11-20'), happened: true, felt: 'fine' });
    await settle(browser);
    expect(restoring.store.getState().checkIns.map((one) => one.id)).toEqual([old]);
    const fromFile: CheckIn = { id: 'f1', seq: 1, date: isoDate('2026-11-10'), happened: true, felt: 'mild' };
    restoreData(restoring.store, {
      submissions: [submissionOf(answersOf({ goal: 'relaxation', answeredOn: '2026-11-02' }))],
      checkIns: [fromFile],
      advice: [],
      plan: restoring.store.getState().plan,
      draft: {},
    });
    await settle(browser);
    // What the file holds, and nothing the other tab held before: stored, and shown in both.
    expect(storedCheckIns(browser).map((one) => one.id)).toEqual(['f1']);
    for (const tab of browser.tabs) expect(shown(tab.store.getState().checkIns)).toBe(shown([fromFile]));
    expect(other.store.getState().submissions.map((one) => one.answers.goal)).toEqual(['relaxation']);
    expect(other.store.getState().notices).toEqual(['replaced-elsewhere']);
  });
});
