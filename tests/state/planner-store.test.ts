import { describe, expect, test } from 'vitest';
import { isoDate } from '../domain/fixtures';
import { createPlannerStore, whenHydrated } from '../../src/state/planner-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { MemoryStorage, storeOver } from './memory-storage';

const today = isoDate('2025-03-03');
const saved = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });
const goodAnswers = { goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'fine', safety: [] };
const goodDraft = { ...goodAnswers, signs: [] };

describe('the questionnaire’s events', () => {
  test('answers and where the person is survive a reload', async () => {
    const storage = new MemoryStorage();
    const store = await storeOver(storage);
    store.getState().start();
    store.getState().answer('goal', 'relaxation');
    await store.getState().continueFrom('goal', today);
    const reloaded = (await storeOver(storage)).getState();
    expect(reloaded.draft).toEqual({ goal: 'relaxation' });
    expect(reloaded.step).toBe('lifestyle');
    expect(reloaded.notices).toEqual([]);
  });

  test('Continue without an answer stays put', async () => {
    const store = await storeOver(new MemoryStorage());
    store.getState().start();
    await store.getState().continueFrom('goal', today);
    expect(store.getState().step).toBe('goal');
  });

  test('chronic pain asks whether it is improving; changing the goal removes that follow-up', async () => {
    const store = await storeOver(new MemoryStorage());
    const { answer, continueFrom } = store.getState();
    answer('goal', 'chronic-pain');
    answer('lifestyle', 'mixed');
    answer('afterLastMassage', 'fine');
    answer('signs', []);
    await continueFrom('signs', today);
    expect(store.getState().step).toBe('safety');
    answer('safety', []);
    await continueFrom('safety', today);
    expect(store.getState().step).toBe('improving');
    answer('improving', true);
    answer('goal', 'relaxation');
    expect(store.getState().draft).not.toHaveProperty('improving');
  });

  test('an urgent sign goes straight to the result, with no plan to come and no more questions', async () => {
    const store = await storeOver(new MemoryStorage());
    const { answer, continueFrom } = store.getState();
    answer('goal', 'posture');
    answer('lifestyle', 'mixed');
    answer('afterLastMassage', 'fine');
    answer('signs', ['swollen-leg']);
    await continueFrom('signs', today);
    expect(store.getState()).toMatchObject({
      step: null,
      submissions: [{ date: '2025-03-03', answers: { safety: ['swollen-leg'] } }],
    });
  });

  test('Change from the review returns to the review, via any new follow-up', async () => {
    const store = await storeOver(new MemoryStorage());
    const { answer } = store.getState();
    for (const [key, value] of Object.entries(goodDraft)) answer(key as 'goal', value as 'posture');
    store.getState().changeAnswer('goal');
    answer('goal', 'condition');
    await store.getState().continueFrom('goal', today);
    expect(store.getState().step).toBe('clinicianAdvice');
    answer('clinicianAdvice', { kind: 'every-weeks', weeks: 2 });
    await store.getState().continueFrom('clinicianAdvice', today);
    expect(store.getState().step).toBe('review');
  });

  test('submit, retake prefilled, a retake adds a submission and keeps the first, start over clears', async () => {
    const store = await storeOver(new MemoryStorage());
    for (const [key, value] of Object.entries(goodDraft)) store.getState().answer(key as 'goal', value as 'posture');
    expect(await store.getState().submitAnswers(today)).toEqual([]);
    expect(store.getState().submissions).toMatchObject([{ date: '2025-03-03', answers: goodAnswers }]);
    expect(store.getState().changedBy).toBeNull();
    await store.getState().retake();
    expect(store.getState()).toMatchObject({ step: 'goal', draft: goodDraft });
    store.getState().answer('lifestyle', 'mixed');
    expect(await store.getState().submitAnswers(isoDate('2025-03-10'))).toEqual([]);
    const [first, second] = store.getState().submissions;
    expect([first?.answers.lifestyle, second?.answers.lifestyle]).toEqual([goodDraft.lifestyle, 'mixed']);
    expect(second?.date).toBe('2025-03-10');
    // Entered later: a later place in the order of entry; and its change is the one the result shows.
    expect((second?.seq ?? 0) > (first?.seq ?? 0)).toBe(true);
    expect(store.getState().changedBy).toBe(second?.id);
    store.getState().startOver();
    expect(store.getState()).toMatchObject({ step: null, draft: {}, submissions: [] });
  });

  test('submitting an incomplete draft names what is missing and changes nothing', async () => {
    const store = await storeOver(new MemoryStorage());
    store.getState().answer('goal', 'posture');
    const problems = await store.getState().submitAnswers(today);
    expect(problems.map((problem) => problem.path)).toContain('lifestyle');
    expect(store.getState().submissions).toEqual([]);
  });
});

describe('saved-data faults (RELIABILITY.md): the app starts, says what happened, and the saved text survives', () => {
  test('text that is not JSON: starts cleanly, says so, keeps a copy', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{"state": {"draft": {"goal": "posture"' });
    const state = (await storeOver(storage)).getState();
    expect(state).toMatchObject({ draft: {}, submissions: [], notices: ['unreadable'] });
    expect(storage.getItem(BACKUP_KEY)).toBe('{"state": {"draft": {"goal": "posture"');
  });

  test('tampered JSON: every valid field kept, bad ones reset, unknown keys dropped, a copy kept', async () => {
    const raw = saved({
      draft: { goal: 'posture', lifestyle: 'sofa', safety: ['pregnancy'], submitAnswers: 'x' },
      answers: { goal: 'posture' },
      step: 'lifestyle',
      changing: 'yes',
      startOver: 'evil',
    }).replace('"startOver"', '"__proto__":{"polluted":true},"startOver"');
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const state = (await storeOver(storage)).getState();
    // A draft saved before the health checks came in two steps: its one list is split into them.
    expect(state.draft).toEqual({ goal: 'posture', signs: [], safety: ['pregnancy'] });
    expect(state).toMatchObject({ submissions: [], step: 'lifestyle', changing: false, notices: ['damaged'] });
    expect(typeof state.startOver).toBe('function');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });

  test('saved data without a version is treated as damaged, not trusted', async () => {
    const raw = JSON.stringify({ state: { draft: { goal: 'posture' } } });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const state = (await storeOver(storage)).getState();
    expect(state).toMatchObject({ draft: { goal: 'posture' }, notices: ['damaged'] });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });

  test('JSON that is not the planner’s at all: starts cleanly, keeps a copy', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '[1,2,3]' });
    expect((await storeOver(storage)).getState()).toMatchObject({ draft: {}, notices: ['unreadable'] });
    expect(storage.getItem(BACKUP_KEY)).toBe('[1,2,3]');
  });

  test('data from a newer version: shown, read-only, never overwritten', async () => {
    const raw = saved(
      { draft: { goal: 'athletes' }, submissions: [], step: 'lifestyle', changing: false, later: 1 },
      3,
    );
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = await storeOver(storage);
    expect(store.getState()).toMatchObject({
      draft: { goal: 'athletes' },
      step: 'lifestyle',
      notices: ['newer-version'],
    });
    store.getState().answer('lifestyle', 'mixed');
    store.getState().startOver();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  test('storage unavailable (private browsing): works in memory and says it is not saved', () => {
    const store = createPlannerStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.getState().notices).toEqual(['not-saved']);
    expect(() => {
      store.getState().answer('goal', 'posture');
    }).not.toThrow();
    expect(store.getState().draft).toEqual({ goal: 'posture' });
  });

  test('storage full: a write error never escapes, the answer stays in memory, the saved text stays as it was', async () => {
    const raw = saved({ draft: { goal: 'posture' }, answers: null, step: 'lifestyle', changing: false });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = await storeOver(storage);
    storage.isFull = true;
    expect(() => {
      store.getState().answer('lifestyle', 'mixed');
    }).not.toThrow();
    expect(store.getState()).toMatchObject({ draft: { goal: 'posture', lifestyle: 'mixed' }, notices: ['not-saved'] });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  test('damaged data on a full storage: no copy can be made, so the original is never written over', async () => {
    const raw = saved({ draft: { goal: 'nonsense' } });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    storage.isFull = true;
    const store = await storeOver(storage);
    storage.isFull = false;
    store.getState().answer('goal', 'posture');
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(store.getState().notices).toEqual(expect.arrayContaining(['damaged', 'not-saved']));
  });

  test('a first visit writes nothing until the person answers', async () => {
    const storage = new MemoryStorage();
    await storeOver(storage);
    expect(storage.writes).toBe(0);
  });
});

describe('reading saved data loads its checker on demand', () => {
  test('nothing is written before the saved data has been read, so an early answer cannot replace it', async () => {
    const raw = saved({ draft: { goal: 'athletes' }, answers: null, step: 'lifestyle', changing: false });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const store = createPlannerStore(
      () => storage,
      () => gate.then(() => import('../../src/state/validation')),
    );
    store.getState().answer('goal', 'posture');
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    release();
    await whenHydrated(store);
    expect(store.getState()).toMatchObject({ draft: { goal: 'athletes' }, step: 'lifestyle' });
  });

  test('a first visit with nothing saved never loads the checker until the answers are complete', async () => {
    let loads = 0;
    const store = createPlannerStore(
      () => new MemoryStorage(),
      () => {
        loads += 1;
        return import('../../src/state/validation');
      },
    );
    await whenHydrated(store);
    store.getState().answer('goal', 'posture');
    expect(loads).toBe(0);
    expect(await store.getState().submitAnswers(today)).not.toEqual([]);
    expect(loads).toBe(1);
  });
});

describe('a saved step that no longer fits the saved answers (issue 16, case 4)', () => {
  test.each([
    ['“is it improving?” for relaxation', { goal: 'relaxation', lifestyle: 'mixed' }, 'improving', 'afterLastMassage'],
    [
      'a clinician’s question for answers it does not follow',
      { goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine', safety: [] },
      'clinicianAdvice',
      'review',
    ],
  ])('%s: the next screen that fits, and the person is told nothing was lost', async (_, draft, step, shown) => {
    const raw = saved({ draft, answers: null, step, changing: false });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const state = (await storeOver(storage)).getState();
    expect(state).toMatchObject({ draft, step: shown, notices: ['moved-on'] });
    // Nothing was damaged: no copy is needed, and the answers are all there.
    expect(storage.getItem(BACKUP_KEY)).toBeNull();
  });
});
