import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckIn } from '../../src/domain/answers';
import { dueCheckIns, lastMassage, mergeCheckIns } from '../../src/domain/check-ins';
import { buildPlan } from '../../src/domain/plan';
import { recommend } from '../../src/domain/recommend';
import { answersOf, checkInsOf, isoDate } from './fixtures';

// Posture while sitting: every week, on Mondays from 2026-11-02.
const plan = buildPlan(recommend(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' })), {
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
    expect(dueCheckIns(plan.sessions, [], isoDate('2026-11-02'), undefined)).toEqual({ latest: null, earlier: [] });
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
  test('re-flows from the last massage, one interval later, on the preferred day', () => {
    const checkIns = checkInsOf({ date: '2026-11-10', felt: 'lasting' }, { date: '2026-11-20' });
    const last = lastMassage(checkIns, isoDate('2026-11-01'));
    expect(last).toBe('2026-11-10');
    // Lasting soreness: every 2 weeks now; the next session no sooner than 2 weeks after the 10th.
    const result = recommend(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' }), checkIns);
    const after = buildPlan(result, {
      today: isoDate('2026-11-25'),
      start: isoDate('2026-11-02'),
      weekdays: [1],
      weeks: 8,
      lastMassage: last,
    });
    expect(after.sessions.slice(0, 2).map((session) => session.date)).toEqual(['2026-11-30', '2026-12-14']);
  });

  test('check-ins before the questionnaire, and skipped sessions, are not massages', () => {
    const checkIns = checkInsOf({ date: '2026-10-20', felt: 'fine' }, { date: '2026-11-20' });
    expect(lastMassage(checkIns, isoDate('2026-11-01'))).toBeUndefined();
  });
});
