import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, weekdayOf, type Weekday } from '../../src/domain/dates';
import {
  buildPlan,
  checkMove,
  chooseWeekdays,
  intervalChoices,
  parsePlanOptions,
  resolveInterval,
  type PlanOptions,
} from '../../src/domain/plan';
import { everyAnswer } from './combinations';
import { answersOf, checkInsOf, isoDate, rangeOf, recommendFor, weeklyCheckIns } from './fixtures';
import { ceilingViolations } from './invariants';

function options(
  overrides: Partial<Omit<PlanOptions, 'today' | 'start'>> & { today?: string; start?: string } = {},
): PlanOptions {
  const start = isoDate(overrides.start ?? '2025-03-03');
  return { weekdays: [], weeks: 12, ...overrides, start, today: isoDate(overrides.today ?? start) };
}

const dates = (plan: { sessions: readonly { date: string }[] }) => plan.sessions.map((session) => session.date);

describe('weekly and every-N-weeks plans', () => {
  test('every 3 weeks on the preferred weekday, from the first such day on or after the start', () => {
    const plan = buildPlan(
      recommendFor(answersOf({ goal: 'relaxation' })),
      options({ start: '2025-03-03', weekdays: [3] }),
    );
    expect(dates(plan)).toEqual(['2025-03-05', '2025-03-26', '2025-04-16', '2025-05-07']);
    expect(plan.until).toBe('2025-05-26');
    expect(plan.sessions.every((session) => session.phase === 'ongoing' && !session.isReview)).toBe(true);
  });

  test('without a preferred weekday, the start’s weekday', () => {
    const plan = buildPlan(recommendFor(answersOf({ goal: 'athletes' })), options({ start: '2025-03-06', weeks: 4 }));
    expect(dates(plan)).toEqual(['2025-03-06', '2025-03-13', '2025-03-20', '2025-03-27']);
  });

  test('across a year end and a leap day', () => {
    const plan = buildPlan(
      recommendFor(answersOf({ goal: 'athletes' })),
      options({ start: '2023-12-25', weekdays: [4], weeks: 10 }),
    );
    expect(dates(plan).slice(0, 2)).toEqual(['2023-12-28', '2024-01-04']);
    const leap = buildPlan(
      recommendFor(answersOf({ goal: 'athletes' })),
      options({ start: '2024-02-26', weekdays: [4], weeks: 4 }),
    );
    expect(dates(leap)).toEqual(['2024-02-29', '2024-03-07', '2024-03-14', '2024-03-21']);
  });

  test('the horizon: 4 to 52 weeks, odd values brought inside it', () => {
    const weekly = recommendFor(answersOf({ goal: 'athletes' }));
    expect(buildPlan(weekly, options({ weeks: 52 })).sessions).toHaveLength(52);
    expect(buildPlan(weekly, options({ weeks: 1 })).sessions).toHaveLength(4);
    expect(buildPlan(weekly, options({ weeks: 400 })).sessions).toHaveLength(52);
    expect(buildPlan(weekly, options({ weeks: Number.NaN })).sessions).toHaveLength(12);
  });
});

describe('twice a week', () => {
  const chronic = recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'mostly-sitting' }));

  test('on two preferred weekdays at least 3 days apart, with the review point after about 4 weeks', () => {
    const plan = buildPlan(chronic, options({ start: '2025-03-03', weekdays: [1, 4], weeks: 6 }));
    expect(plan.weekdays).toEqual([1, 4]);
    expect(dates(plan).slice(0, 4)).toEqual(['2025-03-03', '2025-03-06', '2025-03-10', '2025-03-13']);
    expect(plan.reviewDate).toBe('2025-03-31');
    const review = plan.sessions.filter((session) => session.isReview);
    expect(review).toEqual([{ date: '2025-03-31', planned: '2025-03-31', phase: 'until-improvement', isReview: true }]);
    expect(plan.sessions.filter((session) => session.phase === 'initial')).toHaveLength(8);
    expect(plan.sessions.at(-1)).toMatchObject({ date: '2025-04-10', phase: 'until-improvement' });
  });

  test('weekdays too close together are spread from the first: Monday and Tuesday become Monday and Thursday', () => {
    const plan = buildPlan(chronic, options({ weekdays: [1, 2] }));
    expect(plan.weekdays).toEqual([1, 4]);
    expect(ceilingViolations(plan, chronic)).toEqual([]);
  });

  test('Sunday and Wednesday wrap around the week and are 3 days apart both ways', () => {
    expect(chooseWeekdays(2, [7, 3], 1)).toEqual([3, 7]);
    expect(chooseWeekdays(2, [7, 1], 1)).toEqual([3, 7]);
  });

  test('maintenance has no review point', () => {
    const plan = buildPlan(recommendFor(answersOf({ goal: 'chronic-pain', improving: true })), options());
    expect(plan.reviewDate).toBeNull();
    expect(plan.sessions.every((session) => session.phase === 'maintenance')).toBe(true);
  });
});

describe('clinician-advised plans', () => {
  const advised = (times: number) =>
    recommendFor(answersOf({ goal: 'condition', clinicianAdvice: { kind: 'times-a-week', times } }));

  test('three a week as advised, never on consecutive days, labelled as the clinician’s', () => {
    const recommendation = advised(3);
    const plan = buildPlan(recommendation, options({ start: '2025-03-03', weekdays: [1, 2, 3] }));
    expect(plan.weekdays).toEqual([1, 3, 5]);
    expect(dates(plan).slice(0, 3)).toEqual(['2025-03-03', '2025-03-05', '2025-03-07']);
    expect(plan.sessions.every((session) => session.phase === 'clinician')).toBe(true);
    expect(ceilingViolations(plan, recommendation)).toEqual([]);
    expect(plan.sessions).toHaveLength(36);
  });

  test('three a week on preferred days that are never consecutive, kept as chosen', () => {
    expect(buildPlan(advised(3), options({ weekdays: [2, 4, 6] })).weekdays).toEqual([2, 4, 6]);
    expect(buildPlan(advised(3), options({ weekdays: [7, 2, 5] })).weekdays).toEqual([2, 5, 7]);
  });

  test('one every 6 weeks', () => {
    const plan = buildPlan(
      recommendFor(answersOf({ goal: 'condition', clinicianAdvice: { kind: 'every-weeks', weeks: 6 } })),
      options({ start: '2025-03-03', weeks: 12 }),
    );
    expect(dates(plan)).toEqual(['2025-03-03', '2025-04-14']);
  });
});

describe('pauses and outcomes without a plan', () => {
  test('bruising at a check-in: the first session no sooner than 7 days after it', () => {
    const result = recommendFor(answersOf({ goal: 'athletes' }), checkInsOf({ date: '2025-03-02', felt: 'bruising' }));
    const plan = buildPlan(result, options({ start: '2025-03-03', weekdays: [1] }));
    expect(dates(plan)[0]).toBe('2025-03-10');
  });

  test('bruising in the questionnaire: 7 days from the day it was answered', () => {
    const result = recommendFor(
      answersOf({ goal: 'athletes', afterLastMassage: 'bruising', answeredOn: '2025-03-03' }),
    );
    const plan = buildPlan(result, options({ today: '2025-03-03', start: '2025-03-04', weekdays: [3] }));
    expect(dates(plan)[0]).toBe('2025-03-12');
  });

  test('no sessions for urgent or see-a-professional outcomes', () => {
    expect(buildPlan(recommendFor(answersOf({ safety: ['swollen-leg'] })), options()).sessions).toEqual([]);
    expect(buildPlan(recommendFor(answersOf({ goal: 'condition' })), options()).sessions).toEqual([]);
    expect(buildPlan(recommendFor(answersOf({}), weeklyCheckIns('bruising', 'bruising')), options()).sessions).toEqual(
      [],
    );
  });
});

describe('plan options from outside', () => {
  test('valid options parse', () => {
    expect(parsePlanOptions({ today: '2025-03-03', start: '2025-03-04', weekdays: [1, 4], weeks: 12 })).toMatchObject({
      success: true,
    });
  });

  test.each([
    [{ today: '2025-02-30', start: '2025-03-04', weekdays: [], weeks: 12 }, 'today'],
    [{ today: '2025-03-03', start: '2025-03-04', weekdays: [0], weeks: 12 }, 'weekdays[0]'],
    [{ today: '2025-03-03', start: '2025-03-04', weekdays: [1, 1], weeks: 12 }, 'weekdays'],
    [{ today: '2025-03-03', start: '2025-03-04', weekdays: [], weeks: 53 }, 'weeks'],
    [{ today: '2025-03-03', start: '2025-03-04', weekdays: [], weeks: 12.5 }, 'weeks'],
  ])('invalid options are refused with the field named: %j', (input, path) => {
    const result = parsePlanOptions(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problems.map((problem) => problem.path)).toContain(path);
  });

  test('every session falls on a chosen weekday', () => {
    const plan = buildPlan(recommendFor(answersOf({ goal: 'posture' })), options({ weekdays: [6] }));
    expect(plan.sessions.map((session) => weekdayOf(session.date))).toEqual(plan.sessions.map((): Weekday => 6));
  });
});

describe('the person’s own point (rule 2)', () => {
  test.each([
    ['relaxation', {}, [14, 21, 28]],
    ['posture', {}, [7, 14]],
    ['chronic-pain', {}, [3.5, 7]],
    ['chronic-pain', { improving: true }, [14, 21]],
    ['athletes', {}, [7]],
    ['posture', { afterLastMassage: 'lasting' }, [14]],
    ['condition', { clinicianAdvice: { kind: 'every-weeks', weeks: 3 } }, [21]],
    ['condition', {}, []],
  ] as const)('%s %j may choose %j', (goal, more, expected) => {
    expect(intervalChoices(recommendFor(answersOf({ goal, ...more })))).toEqual(expected);
  });

  test('another point inside the range is the person’s choice, and the dates follow it', () => {
    const plan = buildPlan(
      recommendFor(answersOf({ goal: 'relaxation' })),
      options({ start: '2025-03-03', weeks: 6, choice: { kind: 'interval', days: 14 } }),
    );
    expect(plan).toMatchObject({ intervalDays: 14, isOwnChoice: true });
    expect(dates(plan)).toEqual(['2025-03-03', '2025-03-17', '2025-03-31']);
  });

  test('a point outside the range, or the engine’s own point, is not a choice', () => {
    const relaxation = recommendFor(answersOf({ goal: 'relaxation' }));
    expect(resolveInterval(relaxation, { kind: 'interval', days: 7 })).toEqual({
      intervalDays: 21,
      isOwnChoice: false,
    });
    expect(resolveInterval(relaxation, { kind: 'interval', days: 21 })).toEqual({
      intervalDays: 21,
      isOwnChoice: false,
    });
    // Soreness only ever makes the plan gentler: no choosing a more frequent point while it holds.
    const sore = recommendFor(answersOf({ goal: 'posture', afterLastMassage: 'lasting' }));
    const { min, max } = rangeOf('posture');
    expect(resolveInterval(sore, { kind: 'interval', days: min })).toEqual({ intervalDays: max, isOwnChoice: false });
  });

  test('the lifestyle row’s option, where the engine names one', () => {
    const named = recommendFor(answersOf({ goal: 'relaxation', lifestyle: 'hard-training' }));
    expect(resolveInterval(named, { kind: 'lifestyle-option' })).toEqual({ intervalDays: 7, isOwnChoice: true });
    const none = recommendFor(answersOf({ goal: 'relaxation' }));
    expect(resolveInterval(none, { kind: 'lifestyle-option' })).toEqual({ intervalDays: 21, isOwnChoice: false });
  });

  test('a clinician’s advice is never replaced by a choice', () => {
    const advised = recommendFor(answersOf({ goal: 'condition', clinicianAdvice: { kind: 'every-weeks', weeks: 3 } }));
    expect(resolveInterval(advised, { kind: 'interval', days: 7 })).toEqual({ intervalDays: 21, isOwnChoice: false });
  });

  test('choosing twice a week for chronic pain still keeps two days at least 3 apart', () => {
    const chronic = recommendFor(answersOf({ goal: 'chronic-pain' }));
    const plan = buildPlan(chronic, options({ weekdays: [1, 2], choice: { kind: 'interval', days: 3.5 } }));
    expect(plan.weekdays).toEqual([1, 4]);
    expect(ceilingViolations(plan, chronic)).toEqual([]);
  });
});

describe('moving or skipping one session (a holiday)', () => {
  // Posture, mostly sitting: every week, on Mondays from 2025-03-03.
  const weekly = recommendFor(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' }));
  const at = (changes: PlanOptions['changes']) => options({ start: '2025-03-03', weeks: 4, changes });

  test('a skipped session goes; the rest stay where they were', () => {
    const plan = buildPlan(weekly, at([{ planned: isoDate('2025-03-10'), to: null }]));
    expect(dates(plan)).toEqual(['2025-03-03', '2025-03-17', '2025-03-24']);
    expect(plan.skipped).toEqual(['2025-03-10']);
  });

  test('a moved session keeps the date it was planned for, and the plan stays in date order', () => {
    const plan = buildPlan(weekly, at([{ planned: isoDate('2025-03-10'), to: isoDate('2025-03-13') }]));
    expect(dates(plan)).toEqual(['2025-03-03', '2025-03-13', '2025-03-17', '2025-03-24']);
    expect(plan.sessions[1]).toMatchObject({ date: '2025-03-13', planned: '2025-03-10' });
  });

  test('a move that breaks a ceiling is left out, whenever it was made', () => {
    const plan = buildPlan(weekly, at([{ planned: isoDate('2025-03-10'), to: isoDate('2025-03-16') }]));
    expect(dates(plan)).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24']);
  });

  test('changes to sessions no longer in the plan are ignored', () => {
    const plan = buildPlan(weekly, at([{ planned: isoDate('2025-03-11'), to: null }]));
    expect(dates(plan)).toHaveLength(4);
    expect(plan.skipped).toEqual([]);
  });

  test.each([
    ['2025-03-10', '2025-03-12', '2025-03-05', null],
    ['2025-03-03', '2025-03-05', '2025-03-04', 'in-the-past'],
    ['2025-03-10', '2025-03-03', '2025-03-04', 'in-the-past'],
    ['2025-03-10', '2025-03-16', '2025-03-05', 'next-to-another'],
    ['2025-03-10', '2025-03-17', '2025-03-05', 'same-day-as-another'],
    ['2025-03-24', '2025-03-31', '2025-03-05', 'after-end'],
    ['2025-03-12', '2025-03-14', '2025-03-05', 'not-in-plan'],
  ] as const)('moving %s to %s on %s: %s', (planned, to, today, problem) => {
    const plan = buildPlan(weekly, at([]));
    expect(checkMove(plan, isoDate(planned), isoDate(to), isoDate(today))).toBe(problem);
  });

  test('twice a week: a third session inside 7 days is refused', () => {
    const chronic = recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'mostly-sitting' }));
    const plan = buildPlan(chronic, options({ start: '2025-03-03', weekdays: [1, 4] }));
    expect(checkMove(plan, isoDate('2025-03-10'), isoDate('2025-03-08'), isoDate('2025-03-03'))).toBe(
      'too-many-in-a-week',
    );
  });

  test('no session moves before the end of a pause', () => {
    const paused = recommendFor(answersOf({ goal: 'athletes' }), checkInsOf({ date: '2025-03-02', felt: 'bruising' }));
    const plan = buildPlan(paused, options({ start: '2025-03-03', weekdays: [1] }));
    expect(checkMove(plan, isoDate('2025-03-10'), isoDate('2025-03-08'), isoDate('2025-03-03'))).toBe('before-start');
  });

  test('property: whatever is chosen, moved or skipped, the ceilings hold', () => {
    const answers = [...everyAnswer()].filter((_, index) => index % 97 === 0);
    const recommendations = answers.map((one) => recommendFor(one)).filter((result) => result.outcome === 'plan');
    const day = fc.integer({ min: 0, max: 7 * 20 }).map((offset) => addDays(isoDate('2025-03-03'), offset));
    fc.assert(
      fc.property(
        fc.constantFrom(...recommendations),
        fc.option(
          fc.oneof(
            fc.record({ kind: fc.constant('interval' as const), days: fc.constantFrom(3.5, 7, 14, 21, 28) }),
            fc.constant({ kind: 'lifestyle-option' as const }),
          ),
        ),
        fc.array(fc.record({ planned: day, to: fc.option(day) }), { maxLength: 12 }),
        (recommendation, choice, changes) => {
          const plan = buildPlan(recommendation, options({ start: '2025-03-03', choice, changes }));
          expect(ceilingViolations(plan, recommendation)).toEqual([]);
          expect(plan.sessions.every((session) => session.date >= plan.earliest && session.date < plan.until)).toBe(
            true,
          );
        },
      ),
    );
  });
});
