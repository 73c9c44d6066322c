import { describe, expect, test } from 'vitest';
import { createSharedPlan } from '../../src/domain/share';
import {
  adoptSharedPlan,
  exportCalendar,
  moveSession,
  recordCheckIn,
  restoreSession,
} from '../../src/state/later-events';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { readTimeline } from '../../src/domain/timeline';
import { answersOf, isoDate, timelineOf, withoutDate, type TestAnswers } from '../domain/fixtures';
import { MemoryStorage, storeOver } from './memory-storage';

const saved = (state: unknown) => JSON.stringify({ state, version: 1 });
const answers = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-25' });
/** The latest answers in a store's timeline. */
const latest = (state: { readonly submissions: readonly { readonly answers: unknown }[] }) =>
  state.submissions.at(-1)?.answers ?? null;
/** How one submission of these answers reads on 25 November 2026. */
const readingOf = (given: TestAnswers) => {
  const reading = readTimeline(timelineOf(given), isoDate('2026-11-25'));
  if (reading === null) throw new Error('no answers');
  return reading;
};

describe('plan preferences', () => {
  test('what the person chooses on the plan screen survives a reload', async () => {
    const storage = new MemoryStorage();
    const store = await storeOver(storage);
    const { choosePlan } = store.getState();
    choosePlan({ start: isoDate('2026-12-01'), weekdays: [2, 5], weeks: 26, time: '18:30', reminder: 'none' });
    choosePlan({ choice: { kind: 'interval', days: 14 } });
    moveSession(store, isoDate('2026-12-08'), isoDate('2026-12-10'));
    moveSession(store, isoDate('2026-12-15'), null);
    const { plan, notices } = (await storeOver(storage)).getState();
    expect(plan).toEqual({
      start: '2026-12-01',
      weekdays: [2, 5],
      weeks: 26,
      choice: { kind: 'interval', days: 14 },
      changes: [
        { planned: '2026-12-08', to: '2026-12-10' },
        { planned: '2026-12-15', to: null },
      ],
      time: '18:30',
      reminder: 'none',
    });
    expect(notices).toEqual([]);
  });

  test('moving a session again replaces the first move; putting it back forgets it', async () => {
    const store = await storeOver(new MemoryStorage());
    moveSession(store, isoDate('2026-12-08'), isoDate('2026-12-10'));
    moveSession(store, isoDate('2026-12-08'), null);
    expect(store.getState().plan.changes).toEqual([{ planned: '2026-12-08', to: null }]);
    restoreSession(store, isoDate('2026-12-08'));
    expect(store.getState().plan.changes).toEqual([]);
  });

  test('saved data from before plan preferences existed loads with the defaults, and no notice', async () => {
    const storage = new MemoryStorage({
      [STORAGE_KEY]: saved({ draft: {}, answers, step: null, changing: false }),
    });
    const state = (await storeOver(storage)).getState();
    expect(latest(state)).toEqual(withoutDate(answers));
    expect(state.plan).toMatchObject({ start: null, weekdays: [], weeks: 12, reminder: 'evening-before' });
    expect(state.notices).toEqual([]);
  });

  test('one bad preference falls back to its default; the others and the answers are kept, and a copy is made', async () => {
    const storage = new MemoryStorage({
      [STORAGE_KEY]: saved({
        draft: {},
        answers,
        step: null,
        changing: false,
        plan: { start: '2026-02-30', weekdays: [1, 4], weeks: 99, time: '7pm', extra: true },
        calendar: { id: 'x', sequence: -1, exported: [] },
      }),
    });
    const state = (await storeOver(storage)).getState();
    expect(latest(state)).toEqual(withoutDate(answers));
    expect(state.plan).toMatchObject({ start: null, weekdays: [1, 4], weeks: 12, time: null });
    expect(state.calendar).toEqual({ id: null, sequence: 0, exported: [] });
    expect(state.notices).toContain('damaged');
    expect(storage.getItem(BACKUP_KEY)).toContain('2026-02-30');
  });
});

describe('calendar exports', () => {
  const session = (planned: string, date = planned) => ({ planned: isoDate(planned), date: isoDate(date) });
  const TODAY = isoDate('2026-11-28');

  test('the first export makes a random calendar id; later ones keep it and raise the sequence', async () => {
    const storage = new MemoryStorage();
    const store = await storeOver(storage);
    const first = exportCalendar(store, [session('2026-12-01')], TODAY);
    expect(first.calendarId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.sequence).toBe(0);
    const again = exportCalendar(await storeOver(storage), [session('2026-12-01')], TODAY);
    expect(again).toEqual({ calendarId: first.calendarId, sequence: 1, cancelled: [] });
    const other = await storeOver(new MemoryStorage());
    expect(exportCalendar(other, [session('2026-12-01')], TODAY).calendarId).not.toBe(first.calendarId);
  });

  test('sessions that dropped out since the last export come back to be cancelled, with their last date', async () => {
    const store = await storeOver(new MemoryStorage());
    exportCalendar(store, [session('2026-12-01'), session('2026-12-08', '2026-12-10')], TODAY);
    const next = exportCalendar(store, [session('2026-12-01')], TODAY);
    expect(next.cancelled).toEqual([session('2026-12-08', '2026-12-10')]);
  });

  test('a cancellation is written again in every later file while its date is ahead, even after a reload', async () => {
    const storage = new MemoryStorage();
    const store = await storeOver(storage);
    exportCalendar(store, [session('2026-12-01'), session('2026-12-08')], TODAY);
    expect(exportCalendar(store, [session('2026-12-01')], TODAY).cancelled).toEqual([session('2026-12-08')]);
    const reloaded = await storeOver(storage);
    expect(exportCalendar(reloaded, [session('2026-12-01')], isoDate('2026-12-08')).cancelled).toEqual([
      session('2026-12-08'),
    ]);
    // Once the day has passed there is nothing left to cancel.
    expect(exportCalendar(reloaded, [session('2026-12-01')], isoDate('2026-12-09')).cancelled).toEqual([]);
  });

  test('a massage that happened is never cancelled; a skipped one is', async () => {
    const store = await storeOver(new MemoryStorage());
    exportCalendar(store, [session('2026-12-01'), session('2026-12-08'), session('2026-12-15')], TODAY);
    recordCheckIn(store, { date: isoDate('2026-12-01'), planned: isoDate('2026-12-01'), happened: true, felt: 'fine' });
    recordCheckIn(store, { date: isoDate('2026-12-08'), planned: isoDate('2026-12-08'), happened: false });
    // The plan re-flows after the last massage: neither session is in it any more.
    const next = exportCalendar(store, [session('2026-12-15')], isoDate('2026-12-01'));
    expect(next.cancelled).toEqual([session('2026-12-08')]);
  });

  test('starting over keeps the calendar record, so the next export cancels the old events', async () => {
    const store = await storeOver(new MemoryStorage());
    exportCalendar(store, [session('2026-12-01')], TODAY);
    store.getState().startOver();
    expect(store.getState().calendar.exported).toHaveLength(1);
    expect(latest(store.getState())).toBeNull();
    expect(exportCalendar(store, [], TODAY).cancelled).toEqual([session('2026-12-01')]);
  });
});

describe('using a shared plan', () => {
  const preferences = {
    start: isoDate('2026-12-02'),
    weekdays: [3 as const],
    weeks: 8,
    choice: null,
    changes: [],
  };

  test('makes the answers the person’s own (a submission dated today), takes the preferences, shows the plan', async () => {
    const store = await storeOver(new MemoryStorage());
    adoptSharedPlan(
      store,
      createSharedPlan(readingOf(answers), preferences, [], { includeItems: true }),
      isoDate('2026-11-26'),
    );
    const state = store.getState();
    expect(state.submissions).toMatchObject([{ date: '2026-11-26', answers: withoutDate(answers) }]);
    expect(state.plan).toMatchObject({ start: '2026-12-02', weekdays: [3], weeks: 8 });
    expect(state.view).toBe('plan');
  });

  test('without the health checks, the person answers them again first', async () => {
    const store = await storeOver(new MemoryStorage());
    const flagged = answersOf({ goal: 'relaxation', safety: ['pregnancy'] });
    adoptSharedPlan(
      store,
      createSharedPlan(readingOf(flagged), preferences, [], { includeItems: false }),
      isoDate('2026-11-26'),
    );
    const state = store.getState();
    expect(latest(state)).toBeNull();
    expect(state.step).toBe('signs');
    expect(state.draft).toMatchObject({ goal: 'relaxation', lifestyle: 'mixed' });
    expect(state.draft).not.toHaveProperty('signs');
    expect(state.draft).not.toHaveProperty('safety');
  });
});
