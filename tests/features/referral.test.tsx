/**
 * The referral as a person reaches it through check-ins: the second bruising report turns the plan into "see a
 * professional first", which says what to do, then what changed, then how to enter their advice (which brings a
 * plan back); a calendar downloaded earlier gets a file that cancels the sessions it holds.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_PLAN } from '../../src/state/saved-shape';
import { plannerStore } from '../../src/state/use-planner';
import { checkInsOf, isoDate } from '../domain/fixtures';
import { answersOf, renderApp, catchDownloads } from './helpers';

// Wednesday 25 November 2026; answered on Sunday 1 November and starting that day: weekly sessions on Sundays.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

// Posture while sitting, fine: every week.
const answers = answersOf({ afterLastMassage: 'fine', answeredOn: '2026-11-01' });
const plan = { ...DEFAULT_PLAN, start: isoDate('2026-11-01') };
// The first bruising report, for the massage of 8 November; the next one after it waits for its check-in.
const bruisedOnce = checkInsOf({ date: '2026-11-08', planned: '2026-11-08', felt: 'bruising' });

test('two bruising reports: the action first, what changed, the advice entry, and a plan again', async () => {
  const { user } = await renderApp({ answers, plan, checkIns: bruisedOnce });
  const prompt = await screen.findByRole('region', { name: /How did your massage on Sun, November \d+ go\?/ });
  await user.click(within(prompt).getByRole('radio', { name: 'Bruised, or my symptoms got worse' }));
  await user.click(within(prompt).getByRole('button', { name: 'Save' }));

  const heading = await screen.findByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' });
  // The main instruction comes straight after the heading, before what changed and before telling the therapist.
  const main = heading.nextElementSibling;
  expect(main).toHaveTextContent(/^See a doctor or physical therapist before your next massage/);
  const changes = screen.getByRole('region', { name: 'What changed, and why' });
  expect(main?.nextElementSibling).toBe(changes);
  expect(
    within(changes)
      .getAllByRole('paragraph')
      .map((line) => line.textContent),
  ).toEqual([
    'Because your back bruised after the last two massages, see a doctor or physical therapist before your next massage.',
    'Your dates are on hold until then. Enter what they advise and your plan comes back.',
    'From the guide and this planner’s own rules on top of the guide.',
  ]);
  // Nobody downloaded a calendar: nothing is said about one.
  expect(screen.queryByRole('region', { name: 'Your calendar still shows the planned sessions' })).toBeNull();
  await user.click(within(changes).getByRole('button', { name: 'Got it' }));

  await user.click(screen.getByRole('button', { name: 'Enter what they advised' }));
  await user.click(screen.getByRole('radio', { name: 'Once every few weeks' }));
  await user.selectOptions(screen.getByLabelText('How many weeks apart?'), '2');
  await user.click(screen.getByRole('radio', { name: /usual pressure is fine/i }));
  await user.click(screen.getByRole('button', { name: 'Save their advice' }));

  expect(await screen.findByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeVisible();
  const back = screen.getByRole('region', { name: 'What changed, and why' });
  expect(
    within(back).getByText(/^With the advice you entered, you have a plan again: every 2 weeks, starting /),
  ).toBeVisible();
});

test('after a referral, a calendar downloaded earlier gets a file that cancels the sessions it holds', async () => {
  const { files } = catchDownloads();
  const held = ['2026-11-29', '2026-12-06', '2026-12-13'].map((date) => ({
    planned: isoDate(date),
    date: isoDate(date),
  }));
  const { user } = await renderApp({
    answers,
    plan,
    checkIns: checkInsOf(
      { date: '2026-11-15', planned: '2026-11-15', felt: 'bruising' },
      { date: '2026-11-22', planned: '2026-11-22', felt: 'bruising' },
    ),
    calendar: { id: 'k3J9x2Lm-0aZ', sequence: 2, exported: held },
  });
  const update = await screen.findByRole('region', { name: 'Your calendar still shows the planned sessions' });
  await user.click(within(update).getByRole('button', { name: 'Download the calendar update (.ics)' }));
  expect(
    await within(update).findByText(
      'Downloaded “back-massage-plan.ics”. Open it and the sessions are cancelled in your calendar.',
    ),
  ).toHaveRole('status');
  const text = (await files[0]?.text()) ?? '';
  expect(text.match(/STATUS:CANCELLED/g)).toHaveLength(3);
  expect(text).not.toContain('STATUS:CONFIRMED');
  expect(text).toContain('SEQUENCE:3');
  expect(plannerStore.getState().calendar.sequence).toBe(3);
  // Done: the button goes, the confirmation stays.
  expect(within(update).queryByRole('button')).toBeNull();
});
