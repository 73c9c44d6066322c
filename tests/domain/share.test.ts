import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import { planFor } from '../../src/domain/check-ins';
import { addDays, type Weekday } from '../../src/domain/dates';
import { GUIDE } from '../../src/domain/guide';
import { buildPlan } from '../../src/domain/plan';
import { recommendFromState } from '../../src/domain/recommend';
import {
  MAX_SHARE_LENGTH,
  createSharedPlan,
  decodeSharedPlan,
  encodeSharedPlan,
  isSharedPlanFragment,
  type SharedPlan,
  type SharedPreferences,
} from '../../src/domain/share';
import { readTimeline, type Reading, type Timeline } from '../../src/domain/timeline';
import { everyAnswer } from './combinations';
import { answersOf, checkInsOf, isoDate, rangeOf, timelineOf, weeklyCheckIns, type TestAnswers } from './fixtures';

const TODAY = isoDate('2026-11-25');
const PREFERENCES: Omit<SharedPreferences, 'happened'> = {
  start: TODAY,
  weekdays: [3],
  weeks: 12,
  choice: null,
  changes: [],
};

function readingOf(timeline: Timeline, today = TODAY): Reading {
  const reading = readTimeline(timeline, today);
  if (reading === null) throw new Error('no answers');
  return reading;
}

function shareOf(answers: TestAnswers, includeItems: boolean, checkIns = checkInsOf()): SharedPlan {
  return createSharedPlan(readingOf(timelineOf(answers, checkIns)), PREFERENCES, [], { includeItems });
}

function decoded(fragment: string, today = TODAY): SharedPlan {
  const result = decodeSharedPlan(fragment, today);
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

function viewOf(shared: SharedPlan) {
  const recommendation = recommendFromState(shared.answers, shared.state, GUIDE, shared.withheldSafety);
  return { recommendation, plan: buildPlan(recommendation, { today: TODAY, ...shared.preferences }) };
}

describe('a shared plan', () => {
  test('travels in a short fragment and comes back the same', () => {
    const shared = shareOf(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-25' }), true);
    const fragment = encodeSharedPlan(shared);
    expect(fragment).toMatch(/^plan=2\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(200);
    expect(isSharedPlanFragment(fragment)).toBe(true);
    expect(decoded(fragment)).toEqual(shared);
  });

  test('keeps the items private unless asked, but a gated plan stays gated', () => {
    const answers = answersOf({
      goal: 'relaxation',
      safety: ['sciatica', 'pregnancy'],
      clinicianAdvice: { kind: 'every-weeks', weeks: 2 },
      answeredOn: '2026-11-25',
    });
    const shared = decoded(encodeSharedPlan(shareOf(answers, false)));
    expect(shared.answers.safety).toEqual([]);
    expect(shared.withheldSafety).toEqual(['refer', 'light-pressure']);
    const { recommendation } = viewOf(shared);
    expect(recommendation).toMatchObject({ outcome: 'plan', pressure: 'lighter', schedule: { source: 'clinician' } });
    expect(recommendation.reasons.map((reason) => reason.code)).toContain('safety-withheld');
    expect(JSON.stringify(recommendation)).not.toMatch(/sciatica|pregnancy/);
  });

  test('without the clinician’s advice, a withheld refer item still means see a professional', () => {
    const answers = answersOf({ goal: 'relaxation', safety: ['night-pain'], answeredOn: '2026-11-25' });
    expect(viewOf(decoded(encodeSharedPlan(shareOf(answers, false)))).recommendation.outcome).toBe('professional');
  });

  test('a withheld fever stays “wait until you are well”', () => {
    const answers = answersOf({ goal: 'relaxation', safety: ['fever-or-illness'], answeredOn: '2026-11-25' });
    expect(viewOf(decoded(encodeSharedPlan(shareOf(answers, false)))).recommendation.outcome).toBe('wait');
  });

  test('carries the state the timeline adds up to, not the check-ins', () => {
    const answers = answersOf({ goal: 'posture', answeredOn: '2025-01-01' });
    const checkIns = weeklyCheckIns('fine', 'lasting');
    const shared = decoded(encodeSharedPlan(shareOf(answers, true, checkIns)));
    expect(shared.state.gentler).toBe('lasting');
    expect(JSON.stringify(shared)).not.toContain('2025-01-06');
    const sender = planFor(timelineOf(answers, checkIns), { ...PREFERENCES, start: TODAY }, GUIDE, TODAY);
    expect(viewOf(shared).recommendation).toEqual(sender?.recommendation);
  });

  test('after a referral answered with advice, the recipient sees the clinician’s plan, lighter', () => {
    const answers = answersOf({ goal: 'relaxation', answeredOn: '2025-01-01' });
    const timeline: Timeline = {
      ...timelineOf(answers, weeklyCheckIns('bruising', 'bruising')),
      advice: [
        {
          id: 'a',
          seq: 10,
          date: isoDate('2025-01-20'),
          advice: { kind: 'every-weeks', weeks: 3 },
          usualPressure: false,
        },
      ],
    };
    const shared = decoded(
      encodeSharedPlan(createSharedPlan(readingOf(timeline), PREFERENCES, [], { includeItems: true })),
    );
    expect(shared.state).toMatchObject({ referral: 'advised', advice: { advice: { kind: 'every-weeks', weeks: 3 } } });
    expect(viewOf(shared).recommendation).toMatchObject({
      outcome: 'plan',
      pressure: 'lighter',
      schedule: { source: 'clinician', intervalDays: 21 },
    });
  });

  test('property: the recipient sees exactly the recommendation and dates the sender sees', () => {
    const answers = [...everyAnswer()].filter((_, index) => index % 53 === 0);
    const felt = fc.constantFrom('fine', 'mild', 'lasting', 'bruising' as const);
    const day = fc.integer({ min: 0, max: 200 }).map((offset) => addDays(TODAY, offset));
    fc.assert(
      fc.property(
        fc.constantFrom(...answers),
        fc.array(felt, { maxLength: 5 }),
        fc.record({
          start: day,
          weekdays: fc.uniqueArray(
            fc.integer({ min: 1, max: 7 }).map((value) => value as Weekday),
            { maxLength: 3 },
          ),
          weeks: fc.integer({ min: 4, max: 52 }),
          choice: fc.option(
            fc.oneof(
              fc.record({ kind: fc.constant('interval' as const), days: fc.constantFrom(3.5, 7, 14, 21, 28) }),
              fc.constant({ kind: 'lifestyle-option' as const }),
            ),
          ),
          changes: fc.uniqueArray(fc.record({ planned: day, to: fc.option(day) }), {
            maxLength: 6,
            selector: (change) => change.planned,
          }),
        }),
        fc.boolean(),
        (answer: Answers, reports, preferences, includeItems) => {
          const answered = { ...answer, answeredOn: isoDate('2024-12-31') };
          // Check-ins up to a few days before today, so the last massages move the plan's first dates.
          const checkIns = checkInsOf(
            ...reports.map((felt, index) => ({ date: addDays(TODAY, -3 * (reports.length - index)), felt })),
          );
          // What the sender's plan screen shows.
          const sender = planFor(timelineOf(answered, checkIns), preferences, GUIDE, TODAY);
          if (sender === null) throw new Error('no plan');
          const shared = createSharedPlan(sender.reading, preferences, sender.plan.happened, { includeItems });
          const fragment = encodeSharedPlan(shared);
          expect(fragment.length).toBeLessThan(MAX_SHARE_LENGTH);
          // The recipient opens it another day: the dates must not move.
          const recipient = decoded(fragment, addDays(TODAY, 9));
          const recommendation = recommendFromState(
            recipient.answers,
            recipient.state,
            GUIDE,
            recipient.withheldSafety,
          );
          const plan = buildPlan(recommendation, { today: addDays(TODAY, 9), ...recipient.preferences });
          expect(plan).toEqual(sender.plan);
          const { reasons, cautions, ...rest } = recommendation;
          const { reasons: senderReasons, cautions: senderCautions, ...senderRest } = sender.recommendation;
          expect(rest).toEqual(senderRest);
          if (includeItems) expect({ reasons, cautions }).toEqual({ reasons: senderReasons, cautions: senderCautions });
        },
      ),
    );
  });
});

describe('a link of version 1, made before the timeline', () => {
  const v1 = (payload: unknown) =>
    `plan=1.${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;

  test('still reads: its answers, its last massage, its soreness', () => {
    const fragment = v1({
      a: { g: 4, l: 0, f: 1, d: '2026-11-01' },
      p: { s: '2026-11-02', w: [1], n: 12, l: '2026-11-16' },
      r: { g: 1, b: 0 },
    });
    const shared = decoded(fragment);
    expect(shared.answers).toEqual({
      goal: 'posture',
      lifestyle: 'mostly-sitting',
      afterLastMassage: 'fine',
      safety: [],
    });
    expect(shared.preferences.happened).toEqual(['2026-11-16']);
    expect(shared.state).toMatchObject({ gentler: 'lasting', referral: 'none', pausedSince: null });
    // The less frequent end (lasting), from that long after the last massage (a Monday), on Mondays.
    const weeks = rangeOf('posture').max / 7;
    expect(viewOf(shared).plan.sessions[0]?.date).toBe(addDays(isoDate('2026-11-16'), weeks * 7));
  });

  test('its not-until-cleared tier with advice means a doctor had cleared them; its fever is a fever', () => {
    const cleared = decoded(
      v1({ a: { g: 0, l: 1, f: 1, w: [1], c: ['t', 1] }, p: { s: '2026-11-02', w: [], n: 12 }, r: { g: 0, b: 0 } }),
    );
    expect(viewOf(cleared).recommendation).toMatchObject({ outcome: 'plan', pressure: 'lighter' });
    const fever = decoded(
      v1({ a: { g: 0, l: 1, f: 1, s: [4] }, p: { s: '2026-11-02', w: [], n: 12 }, r: { g: 0, b: 0 } }),
    );
    expect(viewOf(fever).recommendation.outcome).toBe('wait');
  });
});

describe('a link that can’t be read', () => {
  const good = encodeSharedPlan(shareOf(answersOf({ goal: 'athletes', answeredOn: '2026-11-25' }), true));
  const raw = (json: string) => `plan=2.${btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  const payload = (value: unknown) => raw(JSON.stringify(value));
  const base = JSON.parse(atob(good.slice('plan=2.'.length))) as {
    a: Record<string, unknown>;
    p: Record<string, unknown>;
    r: Record<string, unknown>;
  };

  test.each([
    ['bad percent-encoding', `${good}%E0%A4%A`, 'damaged'],
    ['bad base64', 'plan=2.@@@@', 'damaged'],
    ['truncated', good.slice(0, good.length - 9), 'damaged'],
    ['not JSON', `plan=2.${btoa('{"a":')}`, 'damaged'],
    ['oversized (refused before decoding)', `plan=2.${'A'.repeat(MAX_SHARE_LENGTH)}`, 'too-long'],
    ['a newer version', good.replace('plan=2.', 'plan=3.'), 'newer-version'],
    ['version 0', good.replace('plan=2.', 'plan=0.'), 'damaged'],
    ['no version', 'plan=abc', 'damaged'],
    ['wrong types', payload({ ...base, a: { ...base.a, g: 'athletes' } }), 'invalid'],
    ['an unknown goal', payload({ ...base, a: { ...base.a, g: 9 } }), 'invalid'],
    ['an unknown field', payload({ ...base, x: 1 }), 'invalid'],
    ['__proto__', raw(JSON.stringify(base).replace('{"a":{', '{"a":{"__proto__":{"g":1},')), 'invalid'],
    ['an impossible date', payload({ ...base, r: { ...base.r, p: '2026-02-30' } }), 'invalid'],
    ['advice out of range', payload({ ...base, a: { ...base.a, c: ['t', 5] } }), 'invalid'],
    ['advice in force out of range', payload({ ...base, r: { ...base.r, c: ['w', 13] } }), 'invalid'],
    ['an array', payload([1, 2]), 'invalid'],
    ['a bruising report after today', payload({ ...base, r: { ...base.r, p: '2026-11-26' } }), 'future-date'],
    ['a massage after today', payload({ ...base, p: { ...base.p, h: ['2026-12-01'] } }), 'future-date'],
    ['a setback after today', payload({ ...base, r: { ...base.r, i: '2027-01-01' } }), 'future-date'],
  ])('%s', (_, fragment, problem) => {
    expect(decodeSharedPlan(fragment, TODAY)).toEqual({ ok: false, problem });
  });

  test('property: any fragment at all gets a plan or a problem, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (noise) => {
        const result = decodeSharedPlan(`plan=${noise}`, TODAY);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
