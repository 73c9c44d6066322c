import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAnswers, parseCheckIns } from '../../src/domain/answers';
import { createDescriber } from '../../src/i18n/describe';
import { ENGLISH } from '../i18n/whole-catalogs';

const words = createDescriber(ENGLISH, 'en-GB');
const valid = { goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'fine', safety: [] };

/** The readable messages a caller would show for bad answers. */
function messagesFor(input: unknown): string[] {
  const result = parseAnswers(input);
  return result.success ? [] : result.problems.map(words.problem);
}

describe('valid answers', () => {
  test('the smallest complete answers parse unchanged', () => {
    expect(parseAnswers(valid)).toEqual({ success: true, data: valid });
  });

  test('every optional field parses', () => {
    const full = {
      ...valid,
      goal: 'condition',
      safety: ['sciatica', 'pregnancy'],
      improving: false,
      cleared: true,
      clinicianAdvice: { kind: 'every-weeks', weeks: 12 },
      usualPressure: false,
    };
    expect(parseAnswers(full)).toEqual({ success: true, data: full });
  });
});

describe('invalid answers give a readable validation error', () => {
  test.each([
    [
      { ...valid, goal: 'massage-daily' },
      'goal: must be one of “relaxation”, “chronic-pain”, “athletes”, “condition” or “posture”.',
    ],
    [{ ...valid, lifestyle: undefined }, 'lifestyle: is missing.'],
    [{ lifestyle: 'mixed', afterLastMassage: 'fine', safety: [] }, 'goal: is missing.'],
    [
      { ...valid, afterLastMassage: 3 },
      'afterLastMassage: must be one of “none-recently”, “fine”, “mild”, “lasting” or “bruising”.',
    ],
    [{ ...valid, safety: 'none' }, 'safety: should be of type array, not string.'],
    [{ ...valid, safety: ['pregnancy', 'pregnancy'] }, 'safety: is not valid (no-duplicates).'],
    [{ ...valid, safety: ['tired'] }, 'safety[0]: must be one of'],
    [{ ...valid, improving: 'yes' }, 'improving: should be of type boolean, not string.'],
    [{ ...valid, admin: true }, 'The answers: has fields this planner doesn’t know: “admin”.'],
    [
      JSON.parse(
        '{"goal":"posture","lifestyle":"mixed","afterLastMassage":"fine","safety":[],"__proto__":{"isAdmin":true}}',
      ),
      '“__proto__”',
    ],
    [
      { ...valid, clinicianAdvice: { kind: 'times-a-week', times: Number.NaN } },
      'clinicianAdvice.times: should be of type number, not NaN.',
    ],
    [
      { ...valid, clinicianAdvice: { kind: 'times-a-week', times: Number.POSITIVE_INFINITY } },
      'clinicianAdvice.times: should be of type number, not Infinity.',
    ],
    [{ ...valid, clinicianAdvice: { kind: 'times-a-week', times: 7 } }, 'clinicianAdvice.times: must be at most 3.'],
    [{ ...valid, clinicianAdvice: { kind: 'times-a-week', times: 0 } }, 'clinicianAdvice.times: must be at least 1.'],
    [{ ...valid, clinicianAdvice: { kind: 'every-weeks', weeks: -2 } }, 'clinicianAdvice.weeks: must be at least 1.'],
    [{ ...valid, clinicianAdvice: { kind: 'every-weeks', weeks: 1e9 } }, 'clinicianAdvice.weeks: must be at most 12.'],
    [
      { ...valid, clinicianAdvice: { kind: 'every-weeks', weeks: 1.5 } },
      'clinicianAdvice.weeks: must be a whole number.',
    ],
    [
      { ...valid, clinicianAdvice: { kind: 'daily' } },
      'clinicianAdvice.kind: must be one of “times-a-week” or “every-weeks”.',
    ],
    // The day the questions were answered belongs to the submission, not to the answers.
    [{ ...valid, answeredOn: '2025-02-28' }, 'has fields this planner doesn’t know: “answeredOn”.'],
    [{ ...valid, cleared: 'yes' }, 'cleared: should be of type boolean, not string.'],
    [null, 'The answers: should be of type object, not null.'],
    [[valid], 'The answers: should be of type object, not array.'],
    ['posture', 'The answers: should be of type object, not string.'],
  ])('%j', (input, message) => {
    expect(messagesFor(input).join('\n')).toContain(message);
  });

  test('property: parsing never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true, withMap: true }),
        (input) => {
          const result = parseAnswers(input);
          if (!result.success) expect(result.problems.length).toBeGreaterThan(0);
          parseCheckIns(input);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('property: valid answers with one field replaced by anything else either parse or name that field', () => {
    const fields = ['goal', 'lifestyle', 'afterLastMassage', 'safety', 'improving', 'clinicianAdvice'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const result = parseAnswers({ ...valid, [field]: value });
        if (!result.success) {
          expect(result.problems.every((problem) => problem.path.startsWith(field))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('check-ins', () => {
  test('a massage that happened says how it felt; a skipped one does not', () => {
    const checkIns = [
      { id: 'a1', seq: 1, date: '2025-03-03', happened: true, felt: 'lasting', pain: 4, improving: true },
      { id: 'a2', seq: 2, date: '2025-03-10', happened: false },
    ];
    expect(parseCheckIns(checkIns)).toEqual({ success: true, data: checkIns });
  });

  test.each([
    [[{ id: 'a', date: '2025-03-03', happened: true }], '[0].felt: is missing.'],
    [
      [{ id: 'a', date: '2025-03-03', happened: false, felt: 'fine' }],
      '[0]: has fields this planner doesn’t know: “felt”.',
    ],
    [[{ id: 'a', date: '2025-03-03', happened: true, felt: 'fine', pain: 11 }], '[0].pain: must be at most 10.'],
    [[{ id: 'a', date: '2025-03-03', happened: true, felt: 'fine', pain: -1 }], '[0].pain: must be at least 0.'],
    [[{ id: 'a', date: '2025-03-03', happened: 'yes' }], '[0].happened: must be one of “true” or “false”.'],
    [[{ id: '', date: '2025-03-03', happened: false }], '[0].id: must be at least 1.'],
    [[{ id: 'a', date: '03/03/2025', happened: false }], '[0].date: is not valid (calendar-date).'],
    // Its place in the order of entry: same-day reports count in that order.
    [[{ id: 'a', date: '2025-03-03', happened: false }], '[0].seq: is missing.'],
    [[{ id: 'a', seq: 1.5, date: '2025-03-03', happened: false }], '[0].seq: must be a whole number.'],
  ])('%j is refused: %s', (input, message) => {
    const result = parseCheckIns(input);
    expect(result.success ? [] : result.problems.map(words.problem)).toContain(message);
  });
});
