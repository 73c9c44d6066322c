/**
 * Each case issue 15 found, as a person would have met it, named after the case; then the timeline's own rules
 * (docs/rules.md). The walks (walk.test.ts) check the same invariants over random sequences.
 */
import { describe, expect, test } from 'vitest';
import type { AdviceEntry, CheckIn, Submission } from '../../src/domain/answers';
import { planFor, type PlanPreferencesInput } from '../../src/domain/check-ins';
import { addDays, toDayNumber, weekdayOf, type IsoDate, type Weekday } from '../../src/domain/dates';
import { GUIDE, type RowId, type Soreness } from '../../src/domain/guide';
import { replayTimeline } from '../../src/domain/history';
import { draftForRetake, eventsOf, readTimeline, type Timeline } from '../../src/domain/timeline';
import { adviceOf, answersOf, isoDate, submissionOf, withoutDate, type TestAnswers } from './fixtures';
import { ceilingViolations } from './invariants';

const preferences = (weekdays: readonly Weekday[] = [], start: IsoDate | null = null): PlanPreferencesInput => ({
  start,
  weekdays,
  weeks: 12,
  choice: null,
  changes: [],
});

function derive(timeline: Timeline, today: string, weekdays: readonly Weekday[] = [], start: IsoDate | null = null) {
  const derived = planFor(timeline, preferences(weekdays, start), GUIDE, isoDate(today));
  if (derived === null) throw new Error('no answers');
  return derived;
}

let seq = 100;
/** A massage that happened, entered next. */
function checkIn(
  date: string,
  felt: Soreness,
  extra: { readonly planned?: IsoDate; readonly improving?: boolean } = {},
): CheckIn {
  seq += 1;
  return { id: `k${String(seq)}`, seq, date: isoDate(date), happened: true, felt, ...extra };
}
function skipped(date: string): CheckIn {
  seq += 1;
  return { id: `k${String(seq)}`, seq, date: isoDate(date), happened: false };
}
function retake(answers: TestAnswers, date: string): Submission {
  seq += 1;
  return { id: `r${String(seq)}`, seq, date: isoDate(date), answers: withoutDate(answers) };
}
const timeline = (first: TestAnswers, ...rest: readonly (CheckIn | Submission | AdviceEntry)[]): Timeline => ({
  submissions: [submissionOf(first), ...rest.filter((entry): entry is Submission => 'answers' in entry)],
  checkIns: rest.filter((entry): entry is CheckIn => 'happened' in entry),
  advice: rest.filter((entry): entry is AdviceEntry => 'advice' in entry && !('answers' in entry)),
});
const dates = (derived: ReturnType<typeof derive>) => derived.plan.sessions.map((session) => session.date);

describe('the cases of issue 15', () => {
  test.each<[RowId, TestAnswers]>([
    ['chronic-pain', answersOf({ goal: 'chronic-pain', lifestyle: 'mostly-sitting', answeredOn: '2026-11-02' })],
    ['posture', answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-02' })],
    ['relaxation', answersOf({ goal: 'relaxation', lifestyle: 'mixed', answeredOn: '2026-11-02' })],
  ])('a retake the day after a checked-in massage never books that very day (%s)', (_, first) => {
    const massage = checkIn('2026-11-09', 'fine');
    const again = retake(first, '2026-11-10');
    const derived = derive(timeline(first, massage, again), '2026-11-10');
    const next = dates(derived)[0] ?? isoDate('1970-01-01');
    expect(next > '2026-11-10').toBe(true);
    // And never sooner than the interval after that massage.
    expect(toDayNumber(next) - toDayNumber(massage.date)).toBeGreaterThanOrEqual(
      derived.plan.intervalDays < 7 ? 3 : derived.plan.intervalDays,
    );
  });

  test('a Thursday session reported as done on the Friday: no three in 7 days on a twice-a-week plan', () => {
    const first = answersOf({ goal: 'chronic-pain', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' });
    // Mondays and Thursdays; Thursday 5 November's session happened on Friday the 6th.
    const late = checkIn('2026-11-06', 'fine', { planned: isoDate('2026-11-05') });
    const derived = derive(timeline(first, late), '2026-11-06', [1, 4]);
    expect(ceilingViolations(derived.plan, derived.recommendation, derived.reading.happened)).toEqual([]);
    // Monday the 9th, three days after it; Thursday the 12th would be the third in 7 days, so the next is the 16th.
    expect(dates(derived).slice(0, 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-19']);
  });

  test('a clinician’s 3 a week on Mon/Wed/Fri with Friday’s done on Saturday: never four in 7 days', () => {
    const first = answersOf({
      goal: 'condition',
      clinicianAdvice: { kind: 'times-a-week', times: 3 },
      answeredOn: '2026-11-01',
    });
    const massages = [
      checkIn('2026-11-02', 'fine', { planned: isoDate('2026-11-02') }),
      checkIn('2026-11-04', 'fine', { planned: isoDate('2026-11-04') }),
      checkIn('2026-11-07', 'fine', { planned: isoDate('2026-11-06') }),
    ];
    const derived = derive(timeline(first, ...massages), '2026-11-07', [1, 3, 5]);
    expect(ceilingViolations(derived.plan, derived.recommendation, derived.reading.happened)).toEqual([]);
    // Monday the 9th (2 days after), Wednesday the 11th; Friday the 13th would be a fourth in the 7 days from
    // Saturday the 7th, so it is left out.
    expect(dates(derived).slice(0, 4)).toEqual(['2026-11-09', '2026-11-11', '2026-11-16', '2026-11-18']);
  });

  test('two bruising check-ins refer; a retake does not lift it, whatever it answers, and starts from “bruised”', () => {
    const first = answersOf({ goal: 'relaxation', afterLastMassage: 'fine', answeredOn: '2026-11-01' });
    const bruised = [checkIn('2026-11-08', 'bruising'), checkIn('2026-11-22', 'bruising')];
    const referred = timeline(first, ...bruised);
    expect(derive(referred, '2026-11-23').recommendation.outcome).toBe('professional');
    const reading = readTimeline(referred, isoDate('2026-11-23'));
    if (reading === null) throw new Error('no answers');
    expect(draftForRetake(reading.answers, reading.state).afterLastMassage).toBe('bruising');
    for (const felt of ['fine', 'bruising', 'none-recently'] as const) {
      const again = retake(answersOf({ goal: 'posture', afterLastMassage: felt }), '2026-11-23');
      expect(derive(timeline(first, ...bruised, again), '2026-11-23').recommendation.outcome).toBe('professional');
    }
  });

  test('a referral lasts until a fine check-in after a massage, or advice entered (then lighter pressure)', () => {
    const first = answersOf({ goal: 'relaxation', answeredOn: '2026-11-01' });
    const bruised = [checkIn('2026-11-08', 'bruising'), checkIn('2026-11-22', 'bruising')];
    const lasting = derive(timeline(first, ...bruised, checkIn('2026-11-29', 'lasting')), '2026-11-29');
    expect(lasting.recommendation.outcome).toBe('professional');
    const fine = derive(timeline(first, ...bruised, checkIn('2026-11-29', 'fine')), '2026-11-29');
    expect(fine.recommendation).toMatchObject({ outcome: 'plan', schedule: { source: 'guide' } });
    const advised = derive(
      timeline(first, ...bruised, adviceOf({ kind: 'every-weeks', weeks: 4 }, '2026-11-25')),
      '2026-11-25',
    );
    expect(advised.recommendation).toMatchObject({
      outcome: 'plan',
      pressure: 'lighter',
      schedule: { source: 'clinician', intervalDays: 28 },
    });
    // Every 4 weeks from the last massage (the 22nd), on the plan's Mondays: never sooner than advised.
    expect(dates(advised)[0] ?? '').toBe('2026-12-21');
    const usual = derive(
      timeline(first, ...bruised, adviceOf({ kind: 'every-weeks', weeks: 4 }, '2026-11-25', { usualPressure: true })),
      '2026-11-25',
    );
    expect(usual.recommendation.pressure).toBe('lighter');
    // Still lighter: the latest report was bruising. A fine massage later, the clinician's usual pressure holds.
    const later = derive(
      timeline(
        first,
        ...bruised,
        adviceOf({ kind: 'every-weeks', weeks: 4 }, '2026-11-25', { usualPressure: true }),
        checkIn('2026-12-20', 'fine'),
        checkIn('2027-01-17', 'fine'),
      ),
      '2027-01-17',
    );
    expect(later.recommendation).toMatchObject({ pressure: 'usual', schedule: { source: 'clinician' } });
  });

  test('a check-in dated on the day the questions were answered counts', () => {
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' });
    const derived = derive(timeline(first, checkIn('2026-11-01', 'lasting')), '2026-11-01');
    expect(derived.recommendation.pressure).toBe('lighter');
    expect(derived.reading.happened).toEqual(['2026-11-01']);
  });

  test('check-ins on or before a retake’s date count', () => {
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' });
    // Entered after the retake, dated before it: a late report.
    const again = retake(first, '2026-11-20');
    const late = checkIn('2026-11-18', 'lasting');
    const derived = derive(timeline(first, again, late), '2026-11-20');
    expect(derived.recommendation.pressure).toBe('lighter');
    const sameDay = checkIn('2026-11-20', 'bruising');
    expect(derive(timeline(first, again, sameDay), '2026-11-20').recommendation.pause).toEqual({
      days: 7,
      since: '2026-11-20',
    });
  });

  test('two reports on one day count in the order they were entered, not by their ids', () => {
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' });
    const entered = (id: string, entry: number, felt: 'fine' | 'lasting'): CheckIn => ({
      id,
      seq: entry,
      date: isoDate('2026-11-10'),
      happened: true,
      felt,
    });
    // "zzz" (lasting) entered first, "aaa" (fine) second: the latest report is fine.
    const fineLast = timeline(first, entered('zzz', 1, 'lasting'), entered('aaa', 2, 'fine'));
    expect(readTimeline(fineLast, isoDate('2026-11-10'))?.state.latestReport).toBe('fine');
    const lastingLast = timeline(first, entered('aaa', 1, 'fine'), entered('zzz', 2, 'lasting'));
    expect(readTimeline(lastingLast, isoDate('2026-11-10'))?.state.latestReport).toBe('lasting');
  });

  test('future-dated check-ins do not count until their day', () => {
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' });
    const ahead = timeline(first, checkIn('2026-11-30', 'bruising'));
    expect(derive(ahead, '2026-11-20').recommendation.pause).toBeNull();
    expect(eventsOf(ahead, isoDate('2026-11-20')).map((event) => event.kind)).toEqual(['answers']);
    expect(derive(ahead, '2026-11-30').recommendation.pause).toEqual({ days: 7, since: '2026-11-30' });
  });

  test('a chronic-pain setback restarts the review about 4 weeks after it, never in the past', () => {
    const first = answersOf({ goal: 'chronic-pain', lifestyle: 'mixed', answeredOn: '2026-10-01' });
    const improving = checkIn('2026-10-12', 'fine', { improving: true });
    const setback = checkIn('2026-11-10', 'fine', { improving: false });
    const derived = derive(timeline(first, improving, setback), '2026-11-12');
    expect(derived.plan.reviewDate).toBe(addDays(isoDate('2026-11-10'), 28));
    const review = derived.plan.sessions.find((session) => session.isReview);
    expect((review?.date ?? '') >= '2026-12-08').toBe(true);
    expect(derived.plan.sessions[0]?.isReview).toBe(false);
    expect(derived.recommendation.reasons.map((reason) => reason.code)).toContain('chronic-setback');
  });

  test('a fever or an illness: wait until well, then retake; no frequency and no advice to enter', () => {
    const fever = answersOf({ goal: 'relaxation', safety: ['fever-or-illness'], answeredOn: '2026-11-01' });
    const derived = derive(timeline(fever), '2026-11-01');
    expect(derived.recommendation).toMatchObject({ outcome: 'wait', schedule: null, adviceEntry: null });
    expect(derived.plan.sessions).toEqual([]);
    // Entered advice changes nothing while ill.
    const advised = timeline(fever, adviceOf({ kind: 'times-a-week', times: 1 }, '2026-11-02'));
    expect(derive(advised, '2026-11-02').recommendation.outcome).toBe('wait');
  });

  test('the first session is never today by default; a person may still choose today', () => {
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-25' });
    expect(dates(derive(timeline(first), '2026-11-25'))[0]).toBe('2026-11-26');
    expect(dates(derive(timeline(first), '2026-11-25', [], isoDate('2026-11-25')))[0]).toBe('2026-11-25');
    // With a preferred weekday, the first such day from tomorrow: Wednesday the 25th answered, Wednesdays preferred.
    const wednesdays = derive(timeline(first), '2026-11-25', [3]);
    expect(dates(wednesdays)[0]).toBe('2026-12-02');
    expect(weekdayOf(isoDate('2026-12-02'))).toBe(3);
  });
});

describe('the timeline', () => {
  test('without a preferred weekday, a retake keeps the weekday the plan began on', () => {
    // Answered on Wednesday 2 December: Thursdays. Retaken on Friday the 11th: still Thursdays, from the 17th.
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-12-02' });
    expect(dates(derive(timeline(first), '2026-12-02'))[0]).toBe('2026-12-03');
    const again = retake(first, '2026-12-11');
    const after = derive(timeline(first, again), '2026-12-11');
    expect(after.plan.weekdays).toEqual([4]);
    expect(dates(after)[0]).toBe('2026-12-17');
  });

  test('a retake adds a submission and keeps the earlier ones; the latest answers are in force', () => {
    const first = answersOf({ goal: 'posture', answeredOn: '2026-11-01' });
    const again = retake(answersOf({ goal: 'relaxation' }), '2026-11-15');
    const history = replayTimeline(timeline(first, again), GUIDE, isoDate('2026-11-15'));
    expect(history.map((entry) => entry.event.kind)).toEqual(['answers', 'answers']);
    expect(history.map((entry) => entry.recommendation?.row)).toEqual(['posture', 'relaxation']);
    expect(history[1]?.change?.changes.length).toBeGreaterThan(0);
  });

  test('a retake’s worse answer makes the plan gentler; a milder one never lifts a gentler step or a pause', () => {
    const first = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-01' });
    const worse = derive(
      timeline(first, retake({ ...first, afterLastMassage: 'lasting' }, '2026-11-05')),
      '2026-11-05',
    );
    expect(worse.recommendation.pressure).toBe('lighter');
    const bruised = checkIn('2026-11-08', 'bruising');
    const milder = derive(timeline(first, bruised, retake(first, '2026-11-09')), '2026-11-09');
    expect(milder.recommendation).toMatchObject({ pressure: 'lighter', pause: { since: '2026-11-08' } });
    expect(dates(milder)[0] ?? '').not.toBe('');
    expect((dates(milder)[0] ?? '') >= '2026-11-15').toBe(true);
  });

  test('a retake’s draft starts from the latest report, the latest “improving” and the advice in force', () => {
    const first = answersOf({
      goal: 'chronic-pain',
      afterLastMassage: 'none-recently',
      improving: false,
      answeredOn: '2026-11-01',
    });
    const reading = readTimeline(
      timeline(first, skipped('2026-11-05'), checkIn('2026-11-08', 'lasting', { improving: true })),
      isoDate('2026-11-10'),
    );
    if (reading === null) throw new Error('no answers');
    expect(draftForRetake(reading.answers, reading.state)).toMatchObject({
      afterLastMassage: 'lasting',
      improving: true,
    });
  });
});
