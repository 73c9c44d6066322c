/**
 * Property tests for the calendar writer, run by `npm test` once per zone (UTC, Pacific/Kiritimati,
 * America/New_York, America/Los_Angeles): random plans with awkward text, around daylight-saving changes, are
 * exported and parsed back with ical.js; the dates, the times and the words come back exactly.
 */
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { REMINDER_LEADS, toICalendar } from '../../src/domain/calendar';
import { addDays, type IsoDate } from '../../src/domain/dates';
import { buildPlan } from '../../src/domain/plan';
import { answersOf, isoDate, recommendFor } from './fixtures';
import { lineProblems, parseCalendar } from './ical-oracle';
import { expectZoneInForce } from './zones';

test('really runs in one of the zones the test script asks for', () => {
  expectZoneInForce();
});

const recommendations = [
  recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'physical-job' })), // twice a week
  recommendFor(answersOf({ goal: 'athletes' })), // weekly
  recommendFor(answersOf({ goal: 'relaxation' })), // every 3 weeks
  recommendFor(answersOf({ goal: 'condition', clinicianAdvice: { kind: 'times-a-week', times: 3 } })),
];

// Starts around the daylight-saving changes of 2026 in the US (8 March, 1 November) and Europe (29 March, 25 October).
const DST_CHANGES = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25'].map(isoDate);
const start = fc
  .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -10, max: 3 }))
  .map(([change, offset]) => addDays(change, offset));
// 02:30 does not exist on the spring-forward night in New York and Los Angeles: a floating time must not care.
const time = fc.option(
  fc.oneof(
    fc.constant('02:30'),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`),
  ),
);
const awkward = fc.constantFrom(',', ';', '\\', '\n', '\r\n', 'é', 'ß', '中', '🙂', '👩🏽‍⚕️', ':', '"', ' ');
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), awkward), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''))
  .filter((value) => value.trim() !== '');

/** What the writer keeps of a text: line breaks as LF, and no control characters but tab. */
// eslint-disable-next-line no-control-regex
const kept = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

test('property: an export parses back to the same dates, times and words; CRLF only; no line over 75 octets', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...recommendations),
      start,
      fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
      time,
      fc.constantFrom(...REMINDER_LEADS),
      text,
      text,
      (recommendation, first: IsoDate, weekdays, at, reminder, title, description) => {
        const plan = buildPlan(recommendation, {
          today: first,
          start: first,
          weekdays: weekdays as (1 | 2 | 3 | 4 | 5 | 6 | 7)[],
          weeks: 8,
        });
        const result = toICalendar(plan, {
          calendarId: 'a1b2c3d4e5',
          now: Date.UTC(2026, 2, 8, 9, 30),
          localNow: { date: '1900-01-01' as IsoDate, minutes: 0 },
          time: at,
          minutes: 60,
          reminder,
          sequence: 3,
          cancelled: [],
          words: { title, description, reminder: { 'evening-before': title, 'two-hours-before': description } },
        });
        if (!result.ok) throw new Error(result.problem);
        expect(lineProblems(result.text)).toEqual([]);
        const { events } = parseCalendar(result.text);
        expect(events.map((event) => event.start)).toEqual(
          plan.sessions.map((session) => (at === null ? session.date : `${session.date}T${at}:00`)),
        );
        expect(events.every((event) => event.isAllDay === (at === null))).toBe(true);
        expect(new Set(events.map((event) => event.summary))).toEqual(new Set([kept(title)]));
        expect(new Set(events.map((event) => event.description))).toEqual(new Set([kept(description)]));
        expect(events.every((event) => event.triggers.length === (reminder === 'none' ? 0 : 1))).toBe(true);
      },
    ),
    { numRuns: 200 },
  );
});
