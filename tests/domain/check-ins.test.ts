import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckIn } from '../../src/domain/answers';
import { dueCheckIns, mergeCheckIns, planFor } from '../../src/domain/check-ins';
import { addDays, weekdayOf } from '../../src/domain/dates';
import { GUIDE } from '../../src/domain/guide';
import { buildPlan } from '../../src/domain/plan';
import { answersOf, checkInsOf, isoDate, rangeOf, recommendFor, timelineOf } from './fixtures';

// Posture while sitting: every week, on Mondays from 2026-11-02.
const plan = buildPlan(recommendFor(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' })), {
  today: isoDate('2026-11-02'),
  start: isoDate('2026-11-02'),
  weekdays: [1],
  weeks: 8,
});

describe('which sessions wait for a check-in', () => {
  test('past sessions without one: the most recent to ask about, the earlier ones to skip in one tap', () => {
    const due = dueCheckIns(plan.sessions, [], isoDate('2026-11-25'), isoDate('2026-11-01'));
    expect(due.latest?.date).toBe('2026-11-23');
    expect(due.earlier.map((session) => session.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  test('a session answered by a check-in, today’s session, and sessions before the questionnaire are not due', () => {
    const answered = checkInsOf({ date: '2026-11-24', felt: 'fine' }).map((checkIn) => ({
      ...checkIn,
      planned: isoDate('2026-11-23'),
    }));
    const due = dueCheckIns(plan.sessions, answered, isoDate('2026-11-30'), isoDate('2026-11-09'));
    expect(due.latest?.date).toBe('2026-11-16');
    expect(due.earlier).toEqual([]);
  });

  test('nothing due before the first session', () => {
    expect(dueCheckIns(plan.sessions, [], isoDate('2026-11-02'), isoDate('2026-11-01'))).toEqual({
      latest: null,
      earlier: [],
    });
  });
});

describe('merging two tabs’ check-ins', () => {
  const [a, b, c] = checkInsOf(
    { date: '2026-11-02', felt: 'fine' },
    { date: '2026-11-09', felt: 'lasting' },
    { date: '2026-11-16' },
  ) as [CheckIn, CheckIn, CheckIn];

  test('keeps every check-in either side has, in date order; our edit wins; a deletion on either side holds', () => {
    const edited: CheckIn = { ...b, felt: 'bruising' } as CheckIn;
    expect(mergeCheckIns([edited, c], [a, b], new Set())).toEqual([a, edited, c]);
    expect(mergeCheckIns([a, c], [a, b, c], new Set([b.id]))).toEqual([a, c]);
  });

  test('property: no check-in is lost unless deleted, whatever the order of the writes', () => {
    const checkIn = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
      date: fc
        .integer({ min: 0, max: 60 })
        .map((day) => isoDate(`2026-${day < 30 ? '11' : '12'}-${String((day % 30) + 1).padStart(2, '0')}`)),
      seq: fc.nat(),
      happened: fc.constant(false as const),
    });
    fc.assert(
      fc.property(
        fc.array(checkIn),
        fc.array(checkIn),
        fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/)),
        (ours, theirs, gone) => {
          const deleted = new Set(gone);
          const merged = mergeCheckIns(ours, theirs, deleted);
          const ids = new Set(merged.map((one) => one.id));
          for (const one of [...ours, ...theirs]) expect(ids.has(one.id)).toBe(!deleted.has(one.id));
          expect(new Set(mergeCheckIns(theirs, ours, deleted).map((one) => one.id))).toEqual(ids);
          expect(merged.map((one) => one.date)).toEqual([...merged.map((one) => one.date)].sort());
        },
      ),
    );
  });
});

describe('the plan after a check-in', () => {
  const preferences = { start: isoDate('2026-11-02'), weekdays: [1] as const, weeks: 12, choice: null, changes: [] };

  test('re-flows from the last massage, one interval later, on the preferred day', () => {
    const checkIns = checkInsOf({ date: '2026-11-10', felt: 'lasting' }, { date: '2026-11-20' });
    const timeline = timelineOf(
      answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' }),
      checkIns,
    );
    const derived = planFor(timeline, preferences, GUIDE, isoDate('2026-11-25'));
    // The skipped session is not a massage: the last one was on the 10th.
    expect(derived?.reading.happened).toEqual(['2026-11-10']);
    // Lasting soreness: the less frequent end now; the next session no sooner than that after the 10th, on a Monday.
    const gap = rangeOf('posture').max;
    const earliest = addDays(isoDate('2026-11-10'), gap);
    const monday = addDays(earliest, (8 - weekdayOf(earliest)) % 7);
    expect(derived?.plan.sessions.slice(0, 2).map((session) => session.date)).toEqual([monday, addDays(monday, gap)]);
  });

  test('a massage reported before the questions were answered counts too', () => {
    const checkIns = checkInsOf({ date: '2026-10-30', felt: 'fine' });
    const timeline = timelineOf(
      answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' }),
      checkIns,
    );
    const derived = planFor(timeline, { ...preferences, start: null }, GUIDE, isoDate('2026-11-01'));
    expect(derived?.reading.happened).toEqual(['2026-10-30']);
    // Every week, from a week after that massage: Friday 6 November is too soon, Monday 9th is the first Monday after.
    expect(derived?.plan.sessions[0]?.date).toBe('2026-11-09');
  });
});
