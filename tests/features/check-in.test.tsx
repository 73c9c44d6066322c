import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { plannerStore } from '../../src/state/use-planner';
import { DEFAULT_PLAN } from '../../src/state/saved-shape';
import { checkInsOf, isoDate, rangeOf } from '../domain/fixtures';
import { answersOf, every, renderApp } from './helpers';

// Wednesday 25 November 2026 on the device; answered on Sunday 1 November: weekly sessions on Sundays.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const answers = answersOf({ afterLastMassage: 'fine', answeredOn: '2026-11-01' });
// The person chose to start on the day they answered: sessions on Sundays from 1 November.
const plan = { ...DEFAULT_PLAN, start: isoDate('2026-11-01') };

describe('checking in after a massage', () => {
  test('asks about the latest past session; lasting soreness shows what changed and why', async () => {
    const { user } = await renderApp({ answers, plan });
    const prompt = screen.getByRole('region', { name: 'How did your massage on Sun, November 22 go?' });
    await user.click(within(prompt).getByRole('button', { name: 'Save' }));
    expect(within(prompt).getByRole('group', { name: 'How did you feel afterwards?' })).toHaveAccessibleDescription(
      'Choose how you felt afterwards',
    );
    await user.click(within(prompt).getByRole('radio', { name: 'Sore for more than a day' }));
    await user.click(within(prompt).getByRole('button', { name: 'Save' }));

    const changes = screen.getByRole('region', { name: 'What changed, and why' });
    // Posture while sitting: the more frequent end; lasting soreness, the less frequent end, from that massage.
    const { max } = rangeOf('posture');
    expect(within(changes).getByRole('heading', { name: 'What changed, and why' })).toHaveFocus();
    expect(
      within(changes)
        .getAllByRole('paragraph')
        .map((line) => line.textContent),
    ).toEqual([
      'Because the soreness lasted more than a day, your next massage moves to Sun, December 6.',
      'Ask for lighter pressure.',
      // Where it comes from, in plain words, folded under "Where this comes from".
      'From the guide and a study of how people felt after a massage (Cambron et al., J Altern Complement Med, 2007).',
    ]);
    await user.click(within(changes).getByText('Where this comes from'));
    expect(within(changes).getByText(/Cambron et al\./)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: new RegExp(every(max)) })).toBeVisible();
    expect(plannerStore.getState().checkIns).toMatchObject([
      { date: '2026-11-22', planned: '2026-11-22', happened: true, felt: 'lasting' },
    ]);
    await user.click(within(changes).getByRole('button', { name: 'Got it' }));
    // The plan re-flowed from that massage: nothing else waits for a check-in.
    expect(screen.queryByRole('region', { name: /How did your massage/ })).toBeNull();
  });

  test('after a change of dates, a downloaded calendar is said to be out of date, with the way to the dates', async () => {
    const held = ['2026-11-29', '2026-12-06'].map((date) => ({ planned: isoDate(date), date: isoDate(date) }));
    const { user } = await renderApp({
      answers,
      plan,
      calendar: { id: 'k3J9x2Lm-0aZ', sequence: 0, exported: held },
    });
    const prompt = await screen.findByRole('region', { name: 'How did your massage on Sun, November 22 go?' });
    await user.click(within(prompt).getByRole('radio', { name: 'Sore for more than a day' }));
    await user.click(within(prompt).getByRole('button', { name: 'Save' }));
    const changes = screen.getByRole('region', { name: 'What changed, and why' });
    expect(within(changes).getByText(/^Your calendar file is out of date/)).toBeVisible();
    await user.click(within(changes).getByRole('button', { name: 'See your dates' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  });

  test('fine, as before: two taps and no change panel', async () => {
    const { user } = await renderApp({ answers, plan });
    await user.click(screen.getByRole('radio', { name: 'Fine' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('region', { name: 'What changed, and why' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Saved. Thank you.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(plannerStore.getState().checkIns).toHaveLength(1);
  });

  test('several missed sessions: the earlier ones are marked skipped in one tap', async () => {
    const { user } = await renderApp({ answers, plan });
    await user.click(screen.getByRole('button', { name: 'Mark the 2 earlier sessions as skipped' }));
    expect(plannerStore.getState().checkIns).toMatchObject([
      { date: '2026-11-08', happened: false },
      { date: '2026-11-15', happened: false },
    ]);
    expect(screen.getByRole('region', { name: 'How did your massage on Sun, November 22 go?' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /earlier session/ })).toBeNull();
  });

  test('a session that happened on another day, or not at all', async () => {
    const { user } = await renderApp({ answers, plan });
    await user.click(screen.getByRole('radio', { name: 'Yes, on another day' }));
    await user.click(screen.getByRole('radio', { name: 'Fine' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Which day?')).toHaveAccessibleDescription(
      'Enter the day it happened, today or earlier.',
    );
    await user.type(screen.getByLabelText('Which day?'), '2026-11-23');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(plannerStore.getState().checkIns).toMatchObject([{ date: '2026-11-23', planned: '2026-11-22' }]);
  });

  test('chronic pain asks for pain now and whether it is improving; improving moves to maintenance', async () => {
    const chronic = answersOf({
      goal: 'chronic-pain',
      lifestyle: 'mixed',
      afterLastMassage: 'fine',
      answeredOn: '2026-11-01',
    });
    const { user } = await renderApp({ answers: chronic, plan });
    await user.click(screen.getByRole('radio', { name: 'Fine' }));
    const pain = screen.getByRole('group', { name: 'Pain now, from 0 (none) to 10 (worst)' });
    // Eleven levels and "rather not say", none chosen for the person.
    expect(
      within(pain)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).checked),
    ).toEqual(Array.from({ length: 12 }, () => false));
    await user.click(within(pain).getByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, it’s improving' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(plannerStore.getState().checkIns).toMatchObject([{ pain: 3, improving: true, felt: 'fine' }]);
    expect(
      within(screen.getByRole('region', { name: 'What changed, and why' })).getByText(
        /^Because your pain is improving, /,
      ),
    ).toBeVisible();
  });
});

describe('a retake after a check-in', () => {
  test('starts from the latest report, says where it came from, and the review says what changed', async () => {
    const { user } = await renderApp({
      answers,
      plan,
      checkIns: checkInsOf({ date: '2026-11-22', planned: '2026-11-22', felt: 'lasting' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Retake the questions' }));
    await user.click(screen.getByRole('button', { name: 'Continue' })); // goal, as before
    await user.click(screen.getByRole('radio', { name: 'Mixed or moderately active' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const felt = screen.getByRole('group', { name: /How did you feel after your last massage\?/ });
    expect(within(felt).getByRole('radio', { name: 'Sore for more than a day' })).toBeChecked();
    expect(felt).toHaveAccessibleDescription(
      'Your last check-in said: sore for more than a day. Change it if your back feels different now.',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Continue' })); // signs that need care now
    await user.click(screen.getByRole('button', { name: 'Continue' })); // health checks, as before
    expect(screen.getByText('Changed since you last answered: Your days, After your last massage.')).toBeVisible();
  });

  test('without a change, the review says so', async () => {
    const { user } = await renderApp({ answers: answersOf({ afterLastMassage: 'fine', answeredOn: '2026-11-25' }) });
    await user.click(await screen.findByRole('button', { name: 'Retake the questions' }));
    const felt = () => screen.getByRole('group', { name: /How did you feel after your last massage\?/ });
    await user.click(screen.getByRole('button', { name: 'Continue' })); // goal
    await user.click(screen.getByRole('button', { name: 'Continue' })); // lifestyle
    // No check-in since the answers: the question has no note.
    expect(felt()).not.toHaveAccessibleDescription(/last check-in/);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Continue' })); // signs that need care now
    await user.click(screen.getByRole('button', { name: 'Continue' })); // health checks
    expect(screen.getByText('Nothing has changed since you last answered.')).toBeVisible();
  });
});

describe('after a retake', () => {
  test('the same panel shows what the new answers changed', async () => {
    const { user } = await renderApp({ answers: answersOf({ afterLastMassage: 'fine', answeredOn: '2026-11-25' }) });
    await user.click(screen.getByRole('button', { name: 'Retake the questions' }));
    await user.click(screen.getByRole('button', { name: 'Continue' })); // goal, as before
    await user.click(screen.getByRole('radio', { name: 'Mixed or moderately active' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Continue' })); // how it felt, as before
    await user.click(screen.getByRole('button', { name: 'Continue' })); // signs that need care now
    await user.click(screen.getByRole('button', { name: 'Continue' })); // health checks, as before
    await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
    const changes = await screen.findByRole('region', { name: 'What changed, and why' });
    expect(
      within(changes).getByText(/^With your new answers, your next massage moves to \w{3}, \w+ \d+\.$/),
    ).toBeVisible();
    await user.click(within(changes).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: 'What changed, and why' })).toBeNull();
  });
});
