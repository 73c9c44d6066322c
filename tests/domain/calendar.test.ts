import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, toICalendar, utcStamp, type CalendarOptions } from '../../src/domain/calendar';
import { buildPlan, type Plan } from '../../src/domain/plan';
import { answersOf, isoDate, recommendFor } from './fixtures';
import { lineProblems, parseCalendar } from './ical-oracle';

const WORDS: CalendarOptions['words'] = {
  title: 'Back massage',
  description: 'Your planned back massage. Afterwards, note how you felt: https://planner.example/',
  reminder: { 'evening-before': 'Back massage tomorrow', 'two-hours-before': 'Back massage in 2 hours' },
};
const NOW = Date.UTC(2026, 10, 25, 9, 5, 7);

function optionsOf(overrides: Partial<CalendarOptions> = {}): CalendarOptions {
  return {
    calendarId: 'k3J9x2Lm-0aZ',
    now: NOW,
    // Before every session of the plans here: no reminder is in the past.
    localNow: { date: isoDate('2026-11-25'), minutes: 9 * 60 },
    time: null,
    minutes: 60,
    reminder: 'none',
    sequence: 0,
    cancelled: [],
    words: WORDS,
    ...overrides,
  };
}

// Posture, mostly sitting: every week, Mondays from 2026-11-30, for 4 weeks.
function weeklyPlan(changes: Parameters<typeof buildPlan>[1]['changes'] = []): Plan {
  const start = isoDate('2026-11-30');
  return buildPlan(recommendFor(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' })), {
    today: start,
    start,
    weekdays: [1],
    weeks: 4,
    changes,
  });
}

function exported(plan: Plan, overrides: Partial<CalendarOptions> = {}): string {
  const result = toICalendar(plan, optionsOf(overrides));
  if (!result.ok) throw new Error(result.problem);
  return result.text;
}

describe('an all-day plan', () => {
  const text = exported(weeklyPlan());
  const { prodid, events } = parseCalendar(text);

  test('has one all-day event per session, ending the next day (exclusive)', () => {
    expect(events.map((event) => [event.start, event.end, event.isAllDay])).toEqual([
      ['2026-11-30', '2026-12-01', true],
      ['2026-12-07', '2026-12-08', true],
      ['2026-12-14', '2026-12-15', true],
      ['2026-12-21', '2026-12-22', true],
    ]);
  });

  test('neutral titles, the link back in the notes, the project’s PRODID, DTSTAMP in UTC', () => {
    expect(new Set(events.map((event) => event.summary))).toEqual(new Set(['Back massage']));
    expect(events[0]?.description).toBe(WORDS.description);
    expect(prodid).toBe('-//Back massage planner//Plan export 1//EN');
    expect(text).toContain('DTSTAMP:20261125T090507Z\r\n');
    expect(events[0]?.stamp).toBe('2026-11-25T09:05:07Z');
  });

  test('UIDs come from the calendar id and the planned date only', () => {
    expect(events.map((event) => event.uid)).toEqual([
      '20261130-k3J9x2Lm-0aZ@back-massage-planner',
      '20261207-k3J9x2Lm-0aZ@back-massage-planner',
      '20261214-k3J9x2Lm-0aZ@back-massage-planner',
      '20261221-k3J9x2Lm-0aZ@back-massage-planner',
    ]);
  });

  test('CRLF line ends and no line over 75 octets', () => {
    expect(lineProblems(text)).toEqual([]);
  });
});

describe('timed sessions and reminders', () => {
  test('at the time the person picks, in floating local time, for the session’s length', () => {
    const { events } = parseCalendar(exported(weeklyPlan(), { time: '18:30', minutes: 60 }));
    expect(events[0]).toMatchObject({ start: '2026-11-30T18:30:00', end: '2026-11-30T19:30:00', isAllDay: false });
  });

  test('a late session ends after midnight, on the next day', () => {
    const { events } = parseCalendar(exported(weeklyPlan(), { time: '23:30', minutes: 60 }));
    expect(events[0]).toMatchObject({ start: '2026-11-30T23:30:00', end: '2026-12-01T00:30:00' });
  });

  test.each([
    [null, 'evening-before', '-PT6H'], // 18:00 the day before an all-day session
    [null, 'two-hours-before', '-PT2H'], // 22:00 the evening before
    ['10:00', 'evening-before', '-PT16H'],
    ['18:45', 'evening-before', '-P1DT45M'],
    ['10:00', 'two-hours-before', '-PT2H'],
  ] as const)('at %s, a reminder %s triggers %s', (time, reminder, trigger) => {
    const { events } = parseCalendar(exported(weeklyPlan(), { time, reminder }));
    expect(events.every((event) => event.triggers.length === 1 && event.triggers[0] === trigger)).toBe(true);
  });

  test('no reminder: no alarm', () => {
    expect(exported(weeklyPlan(), { reminder: 'none' })).not.toContain('VALARM');
  });

  test('sessions are free time, so a work calendar does not show the day blocked', () => {
    for (const time of [null, '18:00']) {
      const { events } = parseCalendar(exported(weeklyPlan(), { time }));
      expect(events.map((event) => event.transparency)).toEqual([
        'TRANSPARENT',
        'TRANSPARENT',
        'TRANSPARENT',
        'TRANSPARENT',
      ]);
    }
  });

  test.each([
    // Exported on the day of the first all-day session: "the evening before" was yesterday at 18:00.
    [null, 'evening-before', '2026-11-30', 8 * 60, [0, 1, 1, 1]],
    // The evening before, at 17:59 and at 18:00.
    [null, 'evening-before', '2026-11-29', 17 * 60 + 59, [1, 1, 1, 1]],
    [null, 'evening-before', '2026-11-29', 18 * 60, [0, 1, 1, 1]],
    // A 10:00 session, two hours before: still to come at 07:59, gone at 08:00.
    ['10:00', 'two-hours-before', '2026-11-30', 7 * 60 + 59, [1, 1, 1, 1]],
    ['10:00', 'two-hours-before', '2026-11-30', 8 * 60, [0, 1, 1, 1]],
    // Two sessions whose reminders have passed.
    ['10:00', 'two-hours-before', '2026-12-07', 9 * 60, [0, 0, 1, 1]],
  ] as const)('at %s with %s, exported on %s at minute %i: alarms %j', (time, reminder, date, minutes, alarms) => {
    const { events } = parseCalendar(
      exported(weeklyPlan(), { time, reminder, localNow: { date: isoDate(date), minutes } }),
    );
    expect(events.map((event) => event.triggers.length)).toEqual(alarms);
  });
});

describe('exporting again', () => {
  test('updates the same events: same UIDs, a higher SEQUENCE, a moved session keeps its UID', () => {
    const first = parseCalendar(exported(weeklyPlan(), { sequence: 0 })).events;
    const moved = weeklyPlan([{ planned: isoDate('2026-12-07'), to: isoDate('2026-12-10') }]);
    const second = parseCalendar(exported(moved, { sequence: 1 })).events;
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(second.every((event) => event.sequence === 1)).toBe(true);
    expect(second[1]).toMatchObject({ uid: '20261207-k3J9x2Lm-0aZ@back-massage-planner', start: '2026-12-10' });
  });

  test('sessions that dropped out are cancelled, without an alarm, once each', () => {
    const skipped = weeklyPlan([{ planned: isoDate('2026-12-14'), to: null }]);
    const gone = { planned: isoDate('2026-12-14'), date: isoDate('2026-12-14') };
    const still = { planned: isoDate('2026-12-07'), date: isoDate('2026-12-07') };
    const { events } = parseCalendar(
      exported(skipped, { sequence: 2, reminder: 'evening-before', cancelled: [gone, gone, still] }),
    );
    const cancelled = events.filter((event) => event.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      uid: '20261214-k3J9x2Lm-0aZ@back-massage-planner',
      start: '2026-12-14',
      sequence: 2,
      triggers: [],
    });
    expect(events.filter((event) => event.status === 'CONFIRMED')).toHaveLength(3);
  });
});

describe('what is refused', () => {
  const professional = recommendFor(answersOf({ goal: 'condition' }));
  const start = isoDate('2026-11-30');
  const noSessions = buildPlan(professional, { today: start, start, weekdays: [], weeks: 12 });

  test('a plan with no sessions and nothing to cancel: the calendar format does not allow an empty calendar', () => {
    expect(toICalendar(noSessions, optionsOf())).toEqual({ ok: false, problem: 'empty-plan' });
  });

  test('a plan with no sessions still cancels what the calendar holds (after a referral)', () => {
    const held = [
      { planned: isoDate('2026-12-07'), date: isoDate('2026-12-07') },
      { planned: isoDate('2026-12-14'), date: isoDate('2026-12-15') },
    ];
    const { events } = parseCalendar(exported(noSessions, { cancelled: held, reminder: 'evening-before' }));
    expect(events.map((event) => [event.start, event.status, event.triggers.length])).toEqual([
      ['2026-12-07', 'CANCELLED', 0],
      ['2026-12-15', 'CANCELLED', 0],
    ]);
  });

  test.each([
    { time: '24:00' },
    { time: '9:00' },
    { calendarId: 'short' },
    { calendarId: 'has space in it' },
    { sequence: -1 },
    { sequence: 1.5 },
    { minutes: 0 },
    { now: Number.NaN },
    { localNow: { date: isoDate('2026-11-25'), minutes: 1440 } },
    { localNow: { date: isoDate('2026-11-25'), minutes: -1 } },
  ])('bad options %j', (overrides) => {
    expect(toICalendar(weeklyPlan(), optionsOf(overrides))).toEqual({ ok: false, problem: 'bad-options' });
  });
});

describe('the writer’s pieces', () => {
  test('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng');
  });

  test('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'中'.repeat(30)}${'🙂'.repeat(20)}`;
    const folded = foldLine(line);
    expect(lineProblems(`${folded}\r\n`)).toEqual([]);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  test('property: DTSTAMP agrees with Date’s own UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (milliseconds) => {
        const iso = new Date(milliseconds).toISOString();
        expect(utcStamp(milliseconds)).toBe(`${iso.slice(0, 19).replace(/[-:]/g, '')}Z`);
      }),
    );
  });
});

test('a date a calendar file cannot say is refused, never written (issue 16, case 7)', () => {
  const plan = weeklyPlan();
  const at = (date: string) =>
    ({ ...plan, sessions: [{ ...plan.sessions[0], date, planned: date }] }) as unknown as Plan;
  expect(toICalendar(at('10000-01-15'), optionsOf())).toEqual({ ok: false, problem: 'bad-date' });
  // Its all-day event would end on a day of a five-digit year.
  expect(toICalendar(at('9999-12-31'), optionsOf())).toEqual({ ok: false, problem: 'bad-date' });
  expect(toICalendar(at('2200-12-31'), optionsOf())).toMatchObject({ ok: true });
});
