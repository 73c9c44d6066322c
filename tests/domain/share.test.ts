import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import { addDays, type Weekday } from '../../src/domain/dates';
import { GUIDE } from '../../src/domain/guide';
import { buildPlan } from '../../src/domain/plan';
import { recommend, recommendFromState } from '../../src/domain/recommend';
import {
  MAX_SHARE_LENGTH,
  createSharedPlan,
  decodeSharedPlan,
  encodeSharedPlan,
  isSharedPlanFragment,
  type SharedPlan,
  type SharedPreferences,
} from '../../src/domain/share';
import { lastMassage } from '../../src/domain/check-ins';
import { everyAnswer } from './combinations';
import { answersOf, checkInsOf, isoDate, weeklyCheckIns } from './fixtures';

const TODAY = isoDate('2026-11-25');
const PREFERENCES: SharedPreferences = { start: TODAY, weekdays: [3], weeks: 12, choice: null, changes: [] };

function decoded(fragment: string): SharedPlan {
  const result = decodeSharedPlan(fragment);
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

function viewOf(shared: SharedPlan) {
  const recommendation = recommendFromState(shared.answers, shared.state, GUIDE, shared.withheldSafety);
  return { recommendation, plan: buildPlan(recommendation, { today: TODAY, ...shared.preferences }) };
}

describe('a shared plan', () => {
  test('travels in a short fragment and comes back the same', () => {
    const answers = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', answeredOn: '2026-11-25' });
    const shared = createSharedPlan(answers, [], PREFERENCES, { includeItems: true, today: TODAY });
    const fragment = encodeSharedPlan(shared);
    expect(fragment).toMatch(/^plan=1\.[A-Za-z0-9_-]+$/);
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
    const shared = decoded(
      encodeSharedPlan(createSharedPlan(answers, [], PREFERENCES, { includeItems: false, today: TODAY })),
    );
    expect(shared.answers.safety).toEqual([]);
    expect(shared.withheldSafety).toEqual(['refer', 'light-pressure']);
    const { recommendation } = viewOf(shared);
    expect(recommendation).toMatchObject({ outcome: 'plan', pressure: 'lighter', schedule: { source: 'clinician' } });
    expect(recommendation.reasons.map((reason) => reason.code)).toContain('safety-withheld');
    expect(JSON.stringify(recommendation)).not.toMatch(/sciatica|pregnancy/);
  });

  test('without the clinician’s advice, a withheld refer item still means see a professional', () => {
    const answers = answersOf({ goal: 'relaxation', safety: ['night-pain'], answeredOn: '2026-11-25' });
    const shared = createSharedPlan(answers, [], PREFERENCES, { includeItems: false, today: TODAY });
    expect(viewOf(decoded(encodeSharedPlan(shared))).recommendation.outcome).toBe('professional');
  });

  test('carries the soreness state, not the check-ins', () => {
    const answers = answersOf({ goal: 'posture', answeredOn: '2025-01-01' });
    const checkIns = weeklyCheckIns('fine', 'lasting');
    const fragment = encodeSharedPlan(
      createSharedPlan(answers, checkIns, PREFERENCES, { includeItems: true, today: TODAY }),
    );
    const shared = decoded(fragment);
    expect(shared.state.gentler).toBe('lasting');
    // Only the last massage's date travels (the plan re-flows from it); the check-ins themselves do not.
    expect(shared.preferences.lastMassage).toBe('2025-01-13');
    expect(JSON.stringify(shared)).not.toContain('2025-01-06');
    expect(viewOf(shared).recommendation).toEqual(recommend(answers, checkIns));
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
          // Weekly check-ins up to a week before today, so the last massage moves the plan's first dates.
          const checkIns = checkInsOf(
            ...reports.map((felt, index) => ({ date: addDays(TODAY, -7 * (reports.length - index)), felt })),
          );
          const sender = recommend(answered, checkIns);
          // What the sender's plan screen shows: re-flowed after their last massage (`planFor`).
          const senderPlan = buildPlan(sender, {
            today: TODAY,
            ...preferences,
            lastMassage: lastMassage(checkIns, answered.answeredOn),
          });
          const shared = createSharedPlan(answered, checkIns, preferences, { includeItems, today: TODAY });
          const fragment = encodeSharedPlan(shared);
          expect(fragment.length).toBeLessThan(MAX_SHARE_LENGTH);
          // The recipient opens it another day: the dates must not move.
          const recipient = decoded(fragment);
          const recommendation = recommendFromState(
            recipient.answers,
            recipient.state,
            GUIDE,
            recipient.withheldSafety,
          );
          const plan = buildPlan(recommendation, { today: addDays(TODAY, 9), ...recipient.preferences });
          expect(plan).toEqual(senderPlan);
          const { reasons, cautions, ...rest } = recommendation;
          const { reasons: senderReasons, cautions: senderCautions, ...senderRest } = sender;
          expect(rest).toEqual(senderRest);
          if (includeItems) expect({ reasons, cautions }).toEqual({ reasons: senderReasons, cautions: senderCautions });
        },
      ),
    );
  });
});

describe('a link that can’t be read', () => {
  const good = encodeSharedPlan(
    createSharedPlan(answersOf({ goal: 'athletes', answeredOn: '2026-11-25' }), [], PREFERENCES, {
      includeItems: true,
      today: TODAY,
    }),
  );
  const raw = (json: string) => `plan=1.${btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  const payload = (value: unknown) => raw(JSON.stringify(value));
  const base = JSON.parse(atob(good.slice('plan=1.'.length))) as { a: Record<string, unknown> };

  test.each([
    ['bad percent-encoding', `${good}%E0%A4%A`, 'damaged'],
    ['bad base64', 'plan=1.@@@@', 'damaged'],
    ['truncated', good.slice(0, good.length - 9), 'damaged'],
    ['not JSON', `plan=1.${btoa('{"a":')}`, 'damaged'],
    ['oversized (refused before decoding)', `plan=1.${'A'.repeat(MAX_SHARE_LENGTH)}`, 'too-long'],
    ['a newer version', good.replace('plan=1.', 'plan=2.'), 'newer-version'],
    ['version 0', good.replace('plan=1.', 'plan=0.'), 'damaged'],
    ['no version', 'plan=abc', 'damaged'],
    ['wrong types', payload({ ...base, a: { ...base.a, g: 'athletes' } }), 'invalid'],
    ['an unknown goal', payload({ ...base, a: { ...base.a, g: 9 } }), 'invalid'],
    ['an unknown field', payload({ ...base, x: 1 }), 'invalid'],
    ['__proto__', raw(JSON.stringify(base).replace('{"a":{', '{"a":{"__proto__":{"g":1},')), 'invalid'],
    ['an impossible date', payload({ ...base, a: { ...base.a, d: '2026-02-30' } }), 'invalid'],
    ['advice out of range', payload({ ...base, a: { ...base.a, c: ['t', 5] } }), 'invalid'],
    ['an array', payload([1, 2]), 'invalid'],
  ])('%s', (_, fragment, problem) => {
    expect(decodeSharedPlan(fragment)).toEqual({ ok: false, problem });
  });

  test('property: any fragment at all gets a plan or a problem, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (noise) => {
        const result = decodeSharedPlan(`plan=${noise}`);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
