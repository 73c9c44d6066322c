import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { checkInsOf, isoDate } from '../domain/fixtures';
import { answersOf, renderApp } from './helpers';

// A practice's build: what `practice.config.json` would give the app once checked.
vi.mock('../../src/practice/practice', () => ({
  practice: {
    name: 'Harbour Street Massage',
    bookingLink: 'https://booking.example/harbour-street?service=back',
    contactLine: 'Questions? Call 020 7946 0000.',
    ranges: { relaxation: { fromWeeks: 2, toWeeks: 3 } },
    embedOn: [],
  },
}));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const PROFESSIONAL = 'See a doctor or physical therapist first';
const relaxation = answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'none-recently' });

test('the header names the practice and the footer gives its contact line', async () => {
  await renderApp();
  const header = screen.getByRole('banner');
  expect(within(header).getByText('Harbour Street Massage')).toBeVisible();
  expect(within(header).getByText('Back massage planner')).toBeVisible();
  expect(within(screen.getByRole('contentinfo')).getByText('Questions? Call 020 7946 0000.')).toBeVisible();
});

test('the result offers the booking page in a new tab, exactly as configured, with no referrer', async () => {
  await renderApp({ answers: relaxation });
  const link = screen.getByRole('link', { name: 'Book a session at Harbour Street Massage' });
  expect(link).toHaveAttribute('href', 'https://booking.example/harbour-street?service=back');
  expect(link).toHaveAttribute('target', '_blank');
  expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
  expect(link).toHaveAccessibleDescription(
    'Opens the booking page in a new tab. Nothing you answered here goes with it.',
  );
  // Booking is the next step, the screen's one filled button; the dates are outlined.
  const filled = [...document.querySelectorAll('main .button:not(.button--secondary)')];
  expect(filled).toEqual([link]);
  expect(screen.getByRole('button', { name: 'See your dates' })).toHaveClass('button--secondary');
});

test('the plan screen offers the same booking link under the next session', async () => {
  const { user } = await renderApp({ answers: relaxation });
  await user.click(screen.getByRole('button', { name: 'See your dates' }));
  await screen.findByRole('heading', { level: 1, name: 'Your plan' });
  const link = screen.getByRole('link', { name: 'Book a session at Harbour Street Massage' });
  expect(link).toHaveAttribute('href', 'https://booking.example/harbour-street?service=back');
  // Filled there too, and the calendar file outlined beside the plan's other ways to keep it.
  expect([...document.querySelectorAll('main .button:not(.button--secondary)')]).toEqual([link]);
  expect(screen.getByRole('button', { name: 'Download calendar file (.ics)' })).toHaveClass('button--secondary');
});

test('no booking link where the planner sends the person to a professional or urgent care', async () => {
  await renderApp({ answers: answersOf({ goal: 'relaxation', safety: ['sciatica'] }) });
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(PROFESSIONAL);
  expect(screen.queryByRole('link', { name: /Book a session/ })).toBeNull();
});

test('the practice’s narrower range is the recommendation’s, with the published guide’s beside it in the table', async () => {
  await renderApp({ answers: relaxation });
  // Start slowly: the less frequent end of the practice's 2 to 3 weeks, not the guide's 4.
  expect(screen.getByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
  expect(screen.getAllByText('The guide says every 2 to 3 weeks for “Relaxation and stress relief”.')[0]).toBeVisible();
  const row = screen.getByRole('row', { name: /Your situation/ });
  expect(within(row).getByText('The published guide says every 2 to 4 weeks.')).toBeVisible();
  // Rows the practice left alone show no second range.
  expect(screen.getAllByText(/The published guide says/)).toHaveLength(1);
});

test('the privacy statement says what the booking button sends: nothing of the answers, no address', async () => {
  const { user } = await renderApp({ answers: relaxation });
  await user.click(screen.getByRole('button', { name: 'Privacy' }));
  await screen.findByRole('heading', { level: 1, name: 'Privacy' });
  expect(
    screen.getByText(
      /The booking button opens the practice’s booking page in a new tab\. Your answers do not go with it/,
    ),
  ).toBeVisible();
});

test('the practice’s range reaches every screen, derived once: the plan’s dates, the history, what a check-in changed', async () => {
  const checkIns = checkInsOf({ date: '2026-11-20', felt: 'lasting' });
  const { user } = await renderApp({ answers: { ...relaxation, answeredOn: isoDate('2026-11-01') }, checkIns });
  // Lasting soreness: the less frequent end of the practice's range, 3 weeks (the published guide's would be 4).
  expect(screen.getByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'See your dates' }));
  await screen.findByRole('heading', { level: 1, name: 'Your plan' });
  expect(screen.getByText(/^Every 3 weeks, on/)).toBeVisible();
  // Three weeks after the massage of the 20th, on the plan's Mondays.
  expect(within(screen.getByRole('group', { name: 'Your next session' })).getByText('Mon, December 14')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Your history' }));
  await screen.findByRole('heading', { level: 1, name: 'Your history' });
  expect(screen.getByText(/You answered the questions: every 3 weeks\./)).toBeVisible();
});
