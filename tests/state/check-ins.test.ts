import { describe, expect, test } from 'vitest';
import { deleteCheckIn, recordCheckIn, skipSessions, updateCheckIn } from '../../src/state/later-events';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { answersOf, isoDate, withoutDate } from '../domain/fixtures';
import { MemoryStorage, storeOver } from './memory-storage';

const answers = answersOf({ goal: 'posture', answeredOn: '2026-11-01' });
const saved = (state: unknown) => JSON.stringify({ state, version: 1 });
const report = (date: string, felt: 'fine' | 'lasting' = 'fine') =>
  ({ date: isoDate(date), happened: true, felt }) as const;

describe('check-ins in the store', () => {
  test('recorded with an id and a place in the order of entry, kept over a reload in date order; edited and deleted', async () => {
    const storage = new MemoryStorage();
    const store = await storeOver(storage);
    const later = recordCheckIn(store, { ...report('2026-11-16'), planned: isoDate('2026-11-16') });
    const earlier = recordCheckIn(store, report('2026-11-09', 'lasting'));
    expect(later).toMatch(/^[0-9a-f-]{36}$/);
    const reloaded = await storeOver(storage);
    expect(reloaded.getState().checkIns.map((one) => [one.id, one.date])).toEqual([
      [earlier, '2026-11-09'],
      [later, '2026-11-16'],
    ]);
    const [first, second] = reloaded.getState().checkIns;
    // Entered second, so later in the order of entry, whatever the dates.
    expect((second?.seq ?? 0) < (first?.seq ?? 0)).toBe(true);
    // A correction keeps its place in the order of entry, whatever it says, and is stamped after its entry.
    updateCheckIn(reloaded, { id: earlier, seq: 0, ...report('2026-11-09', 'fine') });
    deleteCheckIn(reloaded, later);
    const again = (await storeOver(storage)).getState();
    expect(again.checkIns).toEqual([
      { id: earlier, seq: first?.seq, edited: expect.any(Number) as number, ...report('2026-11-09', 'fine') },
    ]);
    expect(again.checkIns[0]?.edited).toBeGreaterThan(first?.seq ?? Infinity);
    expect(again.deletedCheckIns).toEqual([later]);
  });

  test('several missed sessions are marked skipped in one event', async () => {
    const store = await storeOver(new MemoryStorage());
    skipSessions(store, [isoDate('2026-11-02'), isoDate('2026-11-09')]);
    expect(store.getState().checkIns.map(({ date, planned, happened }) => ({ date, planned, happened }))).toEqual([
      { date: '2026-11-02', planned: '2026-11-02', happened: false },
      { date: '2026-11-09', planned: '2026-11-09', happened: false },
    ]);
  });

  test('one damaged check-in is left out; the others and the answers are kept, and a copy is made', async () => {
    const storage = new MemoryStorage({
      [STORAGE_KEY]: saved({
        draft: {},
        answers,
        step: null,
        changing: false,
        checkIns: [
          { id: 'a', ...report('2026-11-09') },
          { id: 'b', date: '2026-11-31', happened: true, felt: 'fine' },
          { id: 'c', ...report('2026-11-16', 'lasting') },
        ],
      }),
    });
    const state = (await storeOver(storage)).getState();
    expect(state.checkIns.map((one) => one.id)).toEqual(['a', 'c']);
    // Saved by version 1: its answers are the timeline's first submission now.
    expect(state.submissions).toEqual([
      { id: 'v1-answers', seq: 0, date: '2026-11-01', answers: withoutDate(answers) },
    ]);
    expect(state.notices).toContain('damaged');
    expect(storage.getItem(BACKUP_KEY)).toContain('2026-11-31');
  });
});

describe('two tabs', () => {
  test('no check-in is lost when both write, and a deletion in one is not undone by the other', async () => {
    const storage = new MemoryStorage({
      [STORAGE_KEY]: saved({ draft: {}, answers, step: null, changing: false }),
    });
    const first = await storeOver(storage);
    const second = await storeOver(storage);
    const a = recordCheckIn(first, report('2026-11-09'));
    const b = recordCheckIn(second, report('2026-11-16'));
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { checkIns: { id: string }[] } };
    expect(stored.state.checkIns.map((one) => one.id)).toEqual([a, b]);

    // The first tab reads the second's save (the storage event), then deletes its own check-in.
    await first.persist.rehydrate();
    expect(first.getState().checkIns.map((one) => one.id)).toEqual([a, b]);
    deleteCheckIn(first, a);
    // The second tab, not yet told, writes again: the deleted check-in stays deleted.
    recordCheckIn(second, report('2026-11-23'));
    await second.persist.rehydrate();
    expect(second.getState().checkIns.map((one) => one.id)).not.toContain(a);
    expect(second.getState().checkIns).toHaveLength(2);
  });
});
