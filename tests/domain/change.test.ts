import { expect, test } from 'vitest';
import { describeChange } from '../../src/domain/change';
import { answersOf, checkInsOf, rangeOf, recommendFor, weeklyCheckIns } from './fixtures';

/** Posture while sitting: the more frequent end of its range; lasting soreness, the less frequent end. */
const posture = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' });
const { min, max } = rangeOf('posture');

test('nothing changed: no changes and no reasons', () => {
  expect(describeChange(recommendFor(posture), recommendFor(posture, weeklyCheckIns('fine')))).toEqual({
    changes: [],
    because: [],
  });
});

test('lasting soreness: the less frequent end and lighter pressure, because soreness lasted more than a day', () => {
  const summary = describeChange(recommendFor(posture), recommendFor(posture, weeklyCheckIns('lasting')));
  expect(summary.changes).toEqual([
    { code: 'interval', from: min, to: max },
    { code: 'pressure', from: 'usual', to: 'lighter' },
  ]);
  expect(summary.because).toEqual([expect.objectContaining({ code: 'soreness-lasting', from: min, to: max })]);
});

test('stepping back after two fine check-ins names the step back', () => {
  const before = recommendFor(posture, weeklyCheckIns('lasting', 'fine'));
  const after = recommendFor(posture, weeklyCheckIns('lasting', 'fine', 'fine'));
  const summary = describeChange(before, after);
  expect(summary.changes).toEqual([
    { code: 'interval', from: max, to: min },
    { code: 'pressure', from: 'lighter', to: 'usual' },
  ]);
  expect(summary.because.map((reason) => reason.code)).toEqual(['stepped-back']);
});

test('bruising twice: a plan → see a professional first', () => {
  const before = recommendFor(posture, weeklyCheckIns('bruising'));
  const after = recommendFor(posture, weeklyCheckIns('bruising', 'bruising'));
  const summary = describeChange(before, after);
  expect(summary.changes).toEqual([{ code: 'outcome', from: 'plan', to: 'professional' }]);
  expect(summary.because.map((reason) => reason.code)).toContain('bruising-twice');
});

test('chronic pain improving: the first weeks → maintenance', () => {
  const chronic = answersOf({ goal: 'chronic-pain' });
  const summary = describeChange(
    recommendFor(chronic),
    recommendFor(chronic, checkInsOf({ date: '2025-01-06', felt: 'fine', improving: true })),
  );
  expect(summary.changes).toEqual([
    { code: 'interval', from: 7, to: 21 },
    { code: 'phase', from: 'initial', to: 'maintenance' },
  ]);
  expect(summary.because.map((reason) => reason.code)).toContain('chronic-improving');
});

test('entering a clinician’s advice turns “see a professional first” into their plan', () => {
  const gated = answersOf({ goal: 'condition' });
  const advised = answersOf({ goal: 'condition', clinicianAdvice: { kind: 'times-a-week', times: 2 } });
  const summary = describeChange(recommendFor(gated), recommendFor(advised));
  expect(summary.changes).toEqual([
    { code: 'outcome', from: 'professional', to: 'plan' },
    { code: 'interval', from: null, to: 3.5 },
  ]);
});

test('a pause that starts is a change of its own', () => {
  const summary = describeChange(
    recommendFor(posture, weeklyCheckIns('lasting')),
    recommendFor(posture, weeklyCheckIns('lasting', 'bruising')),
  );
  expect(summary.changes).toEqual([{ code: 'pause', from: null, to: { days: 7, since: '2025-01-13' } }]);
});

test('urgent care: only the outcome changes, whatever the old plan said', () => {
  const summary = describeChange(
    recommendFor(posture, weeklyCheckIns('lasting')),
    recommendFor(answersOf({ goal: 'posture', safety: ['swollen-leg'] })),
  );
  expect(summary.changes).toEqual([{ code: 'outcome', from: 'plan', to: 'urgent' }]);
  expect(summary.because).toEqual([
    expect.objectContaining({ code: 'safety-item', item: 'swollen-leg', tier: 'urgent' }),
  ]);
});
