/**
 * Issue 6's table: check-in sequences, one report at a time, with the recommendation expected after each step
 * (docs/rules.md, rules 3 and 4: the latest report counts; two fine in a row step back; two bruising-or-worse in a
 * row refer; improvement moves chronic pain to maintenance; a setback returns).
 *
 * The table names where the plan stands in the rules' own terms ("rule 2's point", "the less frequent end"), each
 * read from the guide and the first answer's recommendation, so a change to a range fails only the tests about it.
 */
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/domain/dates';
import type { DayRange } from '../../src/domain/guide';
import type { Recommendation } from '../../src/domain/recommend';
import { answersOf, checkInsOf, isoDate, phasesOf, rangeOf, recommendFor } from './fixtures';

type Felt = 'fine' | 'mild' | 'lasting' | 'bruising';
interface Step {
  readonly felt: Felt;
  readonly improving?: boolean;
  /** What the person should see after this report. */
  readonly expected: string;
}

/** Where an interval stands, in the rules' words: rule 2's point or the range's less frequent end. */
function whereIn(days: number, point: number, range: DayRange): string {
  const names = [days === point ? 'rule 2’s point' : null, days === range.max ? 'the less frequent end' : null];
  return names.filter((name) => name !== null).join(' = ') || `every ${String(days)} days`;
}

/** The recommendation in a few words: outcome, where its interval stands, pressure, pause, chronic pain's phase. */
function summary(result: Recommendation, point: number, range: DayRange, then?: { point: number; range: DayRange }) {
  if (result.outcome !== 'plan' || result.schedule === null) return result.outcome;
  const schedule = result.schedule;
  const maintenance = schedule.source === 'guide' && schedule.phase === 'maintenance' && then !== undefined;
  const parts = [
    maintenance ? whereIn(schedule.intervalDays, then.point, then.range) : whereIn(schedule.intervalDays, point, range),
    result.pressure,
  ];
  if (result.pause !== null) parts.push(`pause until ${addDays(result.pause.since, 7)}`);
  if (schedule.source === 'guide' && schedule.phase !== 'ongoing') parts.push(schedule.phase);
  return parts.join(', ');
}

/** The same words for what the table expects, so "rule 2's point" matches however the range is written. */
function expectedOf(text: string, point: number, range: DayRange, then?: { point: number; range: DayRange }) {
  const [where = '', ...rest] = text.split(', ');
  const phase = rest.at(-1) === 'maintenance' && then !== undefined ? then : { point, range };
  const days = where === 'rule 2’s point' ? phase.point : where === 'the less frequent end' ? phase.range.max : null;
  return days === null ? text : [whereIn(days, phase.point, phase.range), ...rest].join(', ');
}

function walk(
  answers: Parameters<typeof answersOf>[0],
  steps: readonly Step[],
  range: DayRange,
  then?: { range: DayRange },
) {
  const base = answersOf({ ...answers, answeredOn: '2026-01-01' });
  const first = recommendFor(base).schedule;
  const point = first?.intervalDays ?? 0;
  const later =
    then === undefined || first?.source !== 'guide' || first.then === null
      ? undefined
      : { point: first.then.intervalDays, range: then.range };
  const seen = steps.map((_, index) => {
    const checkIns = checkInsOf(
      ...steps.slice(0, index + 1).map((step, at) => ({
        date: addDays(isoDate('2026-01-05'), at * 7),
        felt: step.felt,
        ...(step.improving === undefined ? {} : { improving: step.improving }),
      })),
    );
    return summary(recommendFor(base, checkIns), point, range, later);
  });
  return { seen, expected: steps.map((step) => expectedOf(step.expected, point, range, later)) };
}

describe('check-in sequences', () => {
  test('relaxation: fine, fine, lasting, bruising, bruising, fine, fine', () => {
    const steps: Step[] = [
      { felt: 'fine', expected: 'rule 2’s point, usual' },
      { felt: 'fine', expected: 'rule 2’s point, usual' },
      { felt: 'lasting', expected: 'the less frequent end, lighter' },
      { felt: 'bruising', expected: 'the less frequent end, lighter, pause until 2026-02-02' },
      { felt: 'bruising', expected: 'professional' },
      { felt: 'fine', expected: 'the less frequent end, lighter' },
      { felt: 'fine', expected: 'rule 2’s point, usual' },
    ];
    const { seen, expected } = walk(
      { goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' },
      steps,
      rangeOf('relaxation'),
    );
    expect(seen).toEqual(expected);
  });

  test('posture starting slowly: mild counts as fine, and two of them reach rule 2’s point', () => {
    const steps: Step[] = [
      { felt: 'mild', expected: 'the less frequent end, usual' },
      { felt: 'fine', expected: 'every 7 days, usual' },
      { felt: 'lasting', expected: 'the less frequent end, lighter' },
    ];
    const range = rangeOf('posture');
    const { seen, expected } = walk(
      { goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'none-recently' },
      // Rule 2's point for sitting is the more frequent end; starting slowly is the less frequent one.
      steps.map((step) =>
        step.expected.startsWith('every 7') ? { ...step, expected: `every ${String(range.min)} days, usual` } : step,
      ),
      range,
    );
    expect(seen).toEqual(expected);
  });

  test('chronic pain: improving moves to maintenance, a setback returns to the first weeks', () => {
    const steps: Step[] = [
      { felt: 'fine', improving: false, expected: 'rule 2’s point, usual, initial' },
      { felt: 'fine', improving: true, expected: 'rule 2’s point, usual, maintenance' },
      { felt: 'fine', expected: 'rule 2’s point, usual, maintenance' },
      { felt: 'lasting', improving: false, expected: 'the less frequent end, lighter, initial' },
      // One fine check-in does not lift the gentler step: maintenance at its less frequent end, lighter.
      { felt: 'fine', improving: true, expected: 'the less frequent end, lighter, maintenance' },
    ];
    const { initial, maintenance } = phasesOf();
    const { seen, expected } = walk(
      { goal: 'chronic-pain', lifestyle: 'mixed', afterLastMassage: 'fine' },
      steps,
      initial,
      { range: maintenance },
    );
    expect(seen).toEqual(expected);
  });
});
