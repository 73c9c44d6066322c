import { describe, expect, test } from 'vitest';
import { MAX_CHECK_INS } from '../../src/domain/check-in-merge';
import { readDataFile, toDataFile } from '../../src/state/data-file';
import { recordCheckIn, restoreData } from '../../src/state/later-events';
import { createPlannerStore, whenHydrated } from '../../src/state/planner-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { DEFAULT_PLAN } from '../../src/state/saved-shape';
import { adviceOf, answersOf, checkInsOf, isoDate, submissionOf, withoutDate } from '../domain/fixtures';
import { MemoryStorage, storeOver } from './memory-storage';

const TODAY = isoDate('2026-11-25');
const answers = answersOf({ goal: 'posture', answeredOn: '2026-11-01' });
const data = {
  submissions: [
    submissionOf(answers),
    submissionOf({ ...answers, goal: 'relaxation', answeredOn: isoDate('2026-11-20') }, 9),
  ],
  checkIns: checkInsOf({ date: '2026-11-08', felt: 'lasting' }, { date: '2026-11-15' }),
  advice: [adviceOf({ kind: 'every-weeks', weeks: 2 }, '2026-11-21')],
  plan: { ...DEFAULT_PLAN, weekdays: [1 as const], weeks: 26 },
  draft: {},
};

describe('the data file', () => {
  test('is readable JSON that comes back the same', () => {
    const text = toDataFile(data, '2026-11-25');
    expect(JSON.parse(text)).toMatchObject({ app: 'back-massage-planner', format: 2, exportedOn: '2026-11-25' });
    expect(readDataFile(text, TODAY)).toEqual({ ok: true, data });
  });

  test('a file of format 1 (the latest answers only) reads as the timeline’s first submission', () => {
    const text = JSON.stringify({
      app: 'back-massage-planner',
      format: 1,
      exportedOn: '2026-11-25',
      answers: { ...withoutDate(answers), answeredOn: '2026-11-01' },
      checkIns: [{ id: 'x', date: '2026-11-08', happened: true, felt: 'fine' }],
      plan: data.plan,
    });
    expect(readDataFile(text, TODAY)).toEqual({
      ok: true,
      data: {
        submissions: [{ id: 'v1-answers', seq: 0, date: '2026-11-01', answers: withoutDate(answers) }],
        checkIns: [{ id: 'x', seq: 1, date: '2026-11-08', happened: true, felt: 'fine' }],
        advice: [],
        plan: data.plan,
        draft: {},
      },
    });
  });

  test('answers given but not yet submitted travel in the file, and come back to go on from', async () => {
    const draft = { goal: 'relaxation' as const, lifestyle: 'mixed' as const };
    const file = readDataFile(toDataFile({ ...data, submissions: [], checkIns: [], advice: [], draft }, 'x'), TODAY);
    expect(file).toMatchObject({ ok: true, data: { submissions: [], draft } });
    const store = await storeOver(new MemoryStorage());
    if (file.ok) restoreData(store, file.data);
    expect(store.getState()).toMatchObject({ draft, submissions: [] });
    store.getState().start();
    expect(store.getState().step).toBe('afterLastMassage');
  });

  test.each([
    ['not JSON', '{"app":', { code: 'not-json' }],
    ['another app’s file', JSON.stringify({ app: 'other', format: 1 }), { code: 'not-planner' }],
    ['a newer format', JSON.stringify({ app: 'back-massage-planner', format: 3 }), { code: 'newer-format' }],
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
    [
      'a check-in after today',
      toDataFile({ ...data, checkIns: checkInsOf({ date: '2026-11-26', felt: 'fine' }) }, 'x'),
      { code: 'future-date' },
    ],
    [
      'answers after today',
      toDataFile({ ...data, submissions: [submissionOf({ ...answers, answeredOn: isoDate('2027-01-01') })] }, 'x'),
      { code: 'future-date' },
    ],
    [
      'a start in the year 9999 (issue 16, case 7)',
      JSON.stringify({ ...JSON.parse(toDataFile(data, 'x')), plan: { ...data.plan, start: '9999-01-15' } }),
      { code: 'invalid', fields: ['plan.start'] },
    ],
    [
      'two check-ins with one id (issue 16, case 6)',
      toDataFile({ ...data, checkIns: [data.checkIns[0], { ...data.checkIns[1], id: 'c0' }] as never }, 'x'),
      { code: 'repeated-ids', fields: ['checkIns'] },
    ],
    [
      'more check-ins than the planner keeps (issue 16, case 6)',
      toDataFile(
        {
          ...data,
          checkIns: Array.from({ length: MAX_CHECK_INS + 5 }, (_, index) => ({
            id: `k${String(index)}`,
            seq: index,
            date: '2026-11-08',
            happened: false,
          })) as never,
        },
        'x',
      ),
      { code: 'too-many', fields: ['checkIns'] },
    ],
    ['too big', ' '.repeat(3_000_001), { code: 'too-big' }],
  ])('%s is refused as a whole', (_, text, problem) => {
    expect(readDataFile(text, TODAY)).toEqual({ ok: false, problem });
  });
});

describe('restoring and deleting', () => {
  test('restoring replaces the timeline and preferences, and shows the result', async () => {
    const store = await storeOver(new MemoryStorage());
    restoreData(store, data);
    expect(store.getState()).toMatchObject({ ...data, step: null, view: 'recommendation' });
    expect(store.getState().draft).toMatchObject({ goal: 'relaxation' });
  });

  test('delete everything removes every key the planner wrote, backups included', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{not json', other: 'kept' });
    const store = await storeOver(storage);
    expect(storage.getItem(BACKUP_KEY)).toBe('{not json');
    restoreData(store, data);
    recordCheckIn(store, { date: isoDate('2026-11-22'), happened: false });
    store.getState().deleteEverything();
    expect([...storage.items.keys()]).toEqual(['other']);
    expect(store.getState()).toMatchObject({ submissions: [], checkIns: [], advice: [] });
  });
});

describe('deleting is real, whatever mode the data was opened in (issue 16, case 1)', () => {
  test('data from a newer version, opened read-only, is deleted, and the planner saves again afterwards', async () => {
    const raw = JSON.stringify({ state: { draft: { goal: 'athletes' } }, version: 99 });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw, [BACKUP_KEY]: 'old', other: 'kept' });
    const store = await storeOver(storage);
    expect(store.getState().notices).toContain('newer-version');
    expect(store.getState().deleteEverything()).toBe(true);
    expect([...storage.items.keys()]).toEqual(['other']);
    store.getState().answer('goal', 'posture');
    expect(storage.getItem(STORAGE_KEY)).toContain('posture');
  });

  test('when the checker could not load (read-only too), deleting still removes everything', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: {}, version: 2 }) });
    const store = createPlannerStore(
      () => storage,
      () => Promise.reject(new Error('offline')),
    );
    await whenHydrated(store);
    expect(store.getState().notices).toContain('not-saved');
    expect(store.getState().deleteEverything()).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('storage out of reach: the delete says it could not remove what was saved', () => {
    const store = createPlannerStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.getState().deleteEverything()).toBe(false);
  });
});

describe('saved data over a cap, or with an id twice (issue 16, case 6)', () => {
  test('is backed up and the person told; the newest entries up to the cap, each id once, are read', async () => {
    const checkIns = [
      ...Array.from({ length: MAX_CHECK_INS + 2 }, (_, index) => ({
        id: `k${String(index)}`,
        seq: index,
        date: '2026-11-08',
        happened: false,
      })),
      { id: 'k3', seq: 99_999, date: '2026-11-09', happened: false },
    ];
    const raw = JSON.stringify({ state: { draft: {}, checkIns }, version: 2 });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const state = (await storeOver(storage)).getState();
    expect(state.notices).toEqual(['damaged']);
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    // The newest MAX_CHECK_INS entries, in which k3 comes twice: read once, as its later entry.
    expect(state.checkIns).toHaveLength(MAX_CHECK_INS - 1);
    expect(state.checkIns.filter((checkIn) => checkIn.id === 'k3')).toMatchObject([{ date: '2026-11-09' }]);
  });
});
