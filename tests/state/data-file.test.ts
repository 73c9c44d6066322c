import { describe, expect, test } from 'vitest';
import { readDataFile, toDataFile } from '../../src/state/data-file';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { DEFAULT_PLAN } from '../../src/state/saved-shape';
import { answersOf, checkInsOf, isoDate } from '../domain/fixtures';
import { MemoryStorage, storeOver } from './memory-storage';

const data = {
  answers: answersOf({ goal: 'posture', answeredOn: '2026-11-01' }),
  checkIns: checkInsOf({ date: '2026-11-08', felt: 'lasting' }, { date: '2026-11-15' }),
  plan: { ...DEFAULT_PLAN, weekdays: [1 as const], weeks: 26 },
};

describe('the data file', () => {
  test('is readable JSON that comes back the same', () => {
    const text = toDataFile(data, '2026-11-25');
    expect(JSON.parse(text)).toMatchObject({ app: 'back-massage-planner', format: 1, exportedOn: '2026-11-25' });
    expect(readDataFile(text)).toEqual({ ok: true, data });
  });

  test.each([
    ['not JSON', '{"app":', { code: 'not-json' }],
    ['another app’s file', JSON.stringify({ app: 'other', format: 1 }), { code: 'not-planner' }],
    ['a newer format', JSON.stringify({ app: 'back-massage-planner', format: 2 }), { code: 'newer-format' }],
    [
      'one bad check-in',
      toDataFile({ ...data, checkIns: [{ ...data.checkIns[0], date: '2026-02-30' }] as never }, 'x'),
      {
        code: 'invalid',
        fields: ['checkIns[0]'],
      },
    ],
    [
      'an unknown field',
      JSON.stringify({ ...JSON.parse(toDataFile(data, 'x')), extra: 1 }),
      { code: 'invalid', fields: ['extra'] },
    ],
    ['too big', ' '.repeat(1_000_001), { code: 'too-big' }],
  ])('%s is refused as a whole', (_, text, problem) => {
    expect(readDataFile(text)).toEqual({ ok: false, problem });
  });
});

describe('restoring and deleting', () => {
  test('restoring replaces answers, check-ins and preferences, and shows the result', async () => {
    const store = await storeOver(new MemoryStorage());
    store.getState().restoreData(data);
    expect(store.getState()).toMatchObject({ ...data, step: null, view: 'recommendation' });
    expect(store.getState().draft).toMatchObject({ goal: 'posture' });
  });

  test('delete everything removes every key the planner wrote, backups included', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{not json', other: 'kept' });
    const store = await storeOver(storage);
    expect(storage.getItem(BACKUP_KEY)).toBe('{not json');
    store.getState().restoreData(data);
    store.getState().recordCheckIn({ date: isoDate('2026-11-22'), happened: false });
    store.getState().deleteEverything();
    expect([...storage.items.keys()]).toEqual(['other']);
    expect(store.getState()).toMatchObject({ answers: null, checkIns: [] });
  });
});
