/**
 * Issue 6's table: check-in sequences, one report at a time, with the recommendation expected after each step
 * (GUIDE rules 3 and 4: the latest report counts; two fine in a row step back; two bruising-or-worse in a row
 * refer; improvement moves chronic pain to maintenance; a setback returns).
 */
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/domain/dates';
import type { Recommendation } from '../../src/domain/recommend';
import { answersOf, checkInsOf, isoDate, recommendFor } from './fixtures';

type Felt = 'fine' | 'mild' | 'lasting' | 'bruising';
interface Step {
  readonly felt: Felt;
  readonly improving?: boolean;
  /** What the person should see after this report. */
  readonly expected: string;
}

/** The recommendation in a few words: outcome, how often, pressure, pause, and the phase for chronic pain. */
function summary(result: Recommendation): string {
  if (result.outcome !== 'plan' || result.schedule === null) return result.outcome;
  const schedule = result.schedule;
  const parts = [`every ${String(schedule.intervalDays)} days`, result.pressure];
  if (result.pause !== null) parts.push(`pause until ${addDays(result.pause.since, 7)}`);
  if (schedule.source === 'guide' && schedule.phase !== 'ongoing') parts.push(schedule.phase);
  return parts.join(', ');
}

function walk(answers: Parameters<typeof answersOf>[0], steps: readonly Step[]) {
  const base = answersOf({ ...answers, answeredOn: '2026-01-01' });
  return steps.map((_, index) => {
    const checkIns = checkInsOf(
      ...steps.slice(0, index + 1).map((step, at) => ({
        date: addDays(isoDate('2026-01-05'), at * 7),
        felt: step.felt,
        ...(step.improving === undefined ? {} : { improving: step.improving }),
      })),
    );
    return summary(recommendFor(base, checkIns));
  });
}

describe('check-in sequences', () => {
  test('relaxation: fine, fine, lasting, bruising, bruising, fine, fine', () => {
    const steps: Step[] = [
      { felt: 'fine', expected: 'every 21 days, usual' },
      { felt: 'fine', expected: 'every 21 days, usual' },
      { felt: 'lasting', expected: 'every 28 days, lighter' },
      { felt: 'bruising', expected: 'every 28 days, lighter, pause until 2026-02-02' },
      { felt: 'bruising', expected: 'professional' },
      { felt: 'fine', expected: 'every 28 days, lighter' },
      { felt: 'fine', expected: 'every 21 days, usual' },
    ];
    expect(walk({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' }, steps)).toEqual(
      steps.map((step) => step.expected),
    );
  });

  test('posture starting slowly: mild counts as fine, and two of them reach rule 2’s point', () => {
    const steps: Step[] = [
      { felt: 'mild', expected: 'every 14 days, usual' },
      { felt: 'fine', expected: 'every 7 days, usual' },
      { felt: 'lasting', expected: 'every 14 days, lighter' },
    ];
    expect(walk({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'none-recently' }, steps)).toEqual(
      steps.map((step) => step.expected),
    );
  });

  test('chronic pain: improving moves to maintenance, a setback returns to the first weeks', () => {
    const steps: Step[] = [
      { felt: 'fine', improving: false, expected: 'every 7 days, usual, initial' },
      { felt: 'fine', improving: true, expected: 'every 21 days, usual, maintenance' },
      { felt: 'fine', expected: 'every 21 days, usual, maintenance' },
      { felt: 'lasting', improving: false, expected: 'every 7 days, lighter, initial' },
      { felt: 'fine', improving: true, expected: 'every 21 days, lighter, maintenance' },
    ];
    expect(walk({ goal: 'chronic-pain', lifestyle: 'mixed', afterLastMassage: 'fine' }, steps)).toEqual(
      steps.map((step) => step.expected),
    );
  });
});
