/**
 * The calendar a person imports files into, modelled the way Google, Apple and Outlook treat an imported file:
 * each event is added or updated by UID, and an event a later file leaves out stays as it was. Over random
 * sequences of plans, check-ins and downloads (some files not imported at all), the latest file alone must bring
 * the calendar in line with the plan from today on.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCalendarBehind, nextExport, type CalendarSession, type HeldEvent } from '../../src/domain/calendar-sync';
import { addDays, type IsoDate } from '../../src/domain/dates';
import { isoDate } from './fixtures';

const DAY0 = isoDate('2026-12-01');
const day = (offset: number) => addDays(DAY0, offset);

/** One day's plan: a few sessions by planned date, some moved a day or two. */
const plan = fc
  .uniqueArray(fc.record({ planned: fc.integer({ min: 0, max: 20 }), moved: fc.integer({ min: 0, max: 2 }) }), {
    selector: (session) => session.planned,
    maxLength: 6,
  })
  .map((sessions) =>
    sessions.map(({ planned, moved }): CalendarSession => ({ planned: day(planned), date: day(planned + moved) })),
  );

const step = fc.record({
  sessions: plan,
  /** Days that pass before this step. */
  wait: fc.integer({ min: 0, max: 3 }),
  /** Does the person download a file at this step, and import it? */
  download: fc.boolean(),
  imported: fc.boolean(),
  /** Planned dates whose massage happened, reported at this step. */
  happened: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 2 }),
});

type Calendar = Map<IsoDate, { readonly date: IsoDate; readonly cancelled: boolean }>;

function importInto(calendar: Calendar, sessions: readonly CalendarSession[], cancelled: readonly CalendarSession[]) {
  for (const session of sessions) calendar.set(session.planned, { date: session.date, cancelled: false });
  for (const session of cancelled) calendar.set(session.planned, { date: session.date, cancelled: true });
}

describe('a calendar that imports only the latest file', () => {
  test('holds, from today on, exactly the plan’s sessions, and never cancels a massage that happened', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let held: readonly HeldEvent[] = [];
        let today = DAY0;
        const happened = new Set<IsoDate>();
        const calendar: Calendar = new Map();
        for (const { sessions, wait, download, imported, happened: reported } of steps) {
          today = addDays(today, wait);
          for (const offset of reported) happened.add(day(offset));
          // A massage that happened is in the past and no longer planned.
          const planned = sessions.filter((session) => !happened.has(session.planned));
          if (!download) continue;
          const file = nextExport(held, planned, happened, today);
          held = file.held;
          for (const event of file.cancelled) expect(happened.has(event.planned)).toBe(false);
          if (!imported) continue;
          importInto(calendar, planned, file.cancelled);
          // What the calendar shows as booked from today on is the plan from today on, whatever files came before.
          const booked = [...calendar]
            .filter(([, event]) => !event.cancelled && event.date >= today)
            .filter(([plannedOn]) => !happened.has(plannedOn))
            .map(([plannedOn, event]) => `${plannedOn}>${event.date}`)
            .sort();
          const expected = planned
            .filter((session) => session.date >= today)
            .map((session) => `${session.planned}>${session.date}`)
            .sort();
          expect(booked).toEqual(expected);
          expect(isCalendarBehind(held, planned, today)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('is the calendar behind the plan?', () => {
  const s = (planned: number, date = planned): CalendarSession => ({ planned: day(planned), date: day(date) });
  const held = [s(1), s(8), s(15)];

  test('not while the plan is what was downloaded, nor when a session simply passed', () => {
    expect(isCalendarBehind(held, [s(1), s(8), s(15)], day(0))).toBe(false);
    expect(isCalendarBehind(held, [s(8), s(15)], day(2))).toBe(false);
  });

  test.each([
    ['a session moved', [s(1), s(8, 9), s(15)]],
    ['a session skipped', [s(1), s(15)]],
    ['a session added', [s(1), s(8), s(15), s(22)]],
    ['the plan gone after a referral', []],
  ])('when %s', (_, sessions) => {
    expect(isCalendarBehind(held, sessions, day(0))).toBe(true);
  });

  test('a cancellation already written is not a date the calendar holds', () => {
    const { held: after } = nextExport(held, [s(1), s(15)], new Set(), day(0));
    expect(isCalendarBehind(after, [s(1), s(15)], day(0))).toBe(false);
    // Put back: the calendar holds it cancelled, so it is behind again.
    expect(isCalendarBehind(after, [s(1), s(8), s(15)], day(0))).toBe(true);
  });
});
