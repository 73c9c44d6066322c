/**
 * Saved data of every past version loads (DESIGN.md, convention 5). Version 1 kept only the latest answers, with
 * the day they were given; version 2 keeps the timeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planFor } from '../../src/domain/check-ins';
import { GUIDE } from '../../src/domain/guide';
import { createPlannerStore, whenHydrated } from '../../src/state/planner-store';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { SAVED_VERSION } from '../../src/state/saved-shape';
import { isoDate } from '../domain/fixtures';
import { MemoryStorage, storeOver } from './memory-storage';

const v1 = readFileSync(new URL('./fixtures/saved-v1.json', import.meta.url), 'utf8');

describe('saved data of version 1', () => {
  test('loads whole, with no notice: its answers become the first submission, its check-ins keep their order', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: v1 });
    const state = (await storeOver(storage)).getState();
    expect(state.notices).toEqual([]);
    expect(state.submissions).toEqual([
      {
        id: 'v1-answers',
        seq: 0,
        date: '2026-10-05',
        answers: {
          goal: 'chronic-pain',
          lifestyle: 'mostly-sitting',
          afterLastMassage: 'lasting',
          safety: ['wounds-or-burns'],
          // Entering what a doctor advised for a not-until-cleared item meant they had cleared the person.
          cleared: true,
          clinicianAdvice: { kind: 'times-a-week', times: 2 },
        },
      },
    ]);
    expect(state.checkIns.map((checkIn) => [checkIn.date, checkIn.seq])).toEqual([
      ['2026-10-05', 1],
      ['2026-10-12', 2],
      ['2026-10-15', 3],
    ]);
    expect(state.advice).toEqual([]);
    expect(state.plan).toMatchObject({ weekdays: [1, 4], time: '18:30', changes: [{ planned: '2026-10-15' }] });
    expect(state.calendar.sequence).toBe(2);
    expect(state.deletedCheckIns).toEqual(['0c9d6f0e-1111-4a2b-9c3d-000000000009']);
    expect(state.draft).toMatchObject({ goal: 'chronic-pain', safety: ['wounds-or-burns'] });
  });

  test('its recommendation follows the rules of the timeline: the check-in on the answering day counts', async () => {
    const state = (await storeOver(new MemoryStorage({ [STORAGE_KEY]: v1 }))).getState();
    const derived = planFor(state, state.plan, GUIDE, isoDate('2026-10-20'));
    expect(derived?.recommendation).toMatchObject({
      outcome: 'plan',
      pressure: 'lighter',
      schedule: { source: 'clinician', intervalDays: 3.5 },
      pause: { days: 7, since: '2026-10-12' },
    });
    // Bruising on the 12th: nothing before the 19th; twice a week on Mondays and Thursdays.
    expect(derived?.plan.sessions[0]?.date).toBe('2026-10-19');
  });

  test('is written back as the current version on the next change', async () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: v1 });
    const store = await storeOver(storage);
    store.getState().choosePlan({ weeks: 26 });
    const written = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { version: number; state: object };
    expect(written.version).toBe(SAVED_VERSION);
    expect(written.state).not.toHaveProperty('answers');
    expect(written.state).toHaveProperty('submissions');
  });
});

describe('saved entries dated after today (a device whose clock went back)', () => {
  test('are left out, with a notice that says why and a copy of what was saved; the rest loads', async () => {
    const state = {
      draft: {},
      submissions: [
        {
          id: 's',
          seq: 1,
          date: '2026-11-01',
          answers: { goal: 'posture', lifestyle: 'mixed', afterLastMassage: 'fine', safety: [] },
        },
      ],
      step: null,
      changing: false,
      checkIns: [
        { id: 'a', seq: 2, date: '2026-11-08', happened: true, felt: 'fine' },
        { id: 'b', seq: 3, date: '2026-11-30', happened: true, felt: 'bruising' },
      ],
      advice: [],
      deletedCheckIns: [],
    };
    const raw = JSON.stringify({ state, version: SAVED_VERSION });
    const storage = new MemoryStorage({ [STORAGE_KEY]: raw });
    const store = createPlannerStore(
      () => storage,
      undefined,
      () => isoDate('2026-11-20'),
    );
    await whenHydrated(store);
    expect(store.getState().checkIns.map((checkIn) => checkIn.id)).toEqual(['a']);
    expect(store.getState().submissions).toHaveLength(1);
    expect(store.getState().notices).toEqual(['future-dated']);
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });
});
