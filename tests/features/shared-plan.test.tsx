import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSharedPlan, encodeSharedPlan } from '../../src/domain/share';
import { plannerStore } from '../../src/state/use-planner';
import { readTimeline } from '../../src/domain/timeline';
import { isoDate, timelineOf } from '../domain/fixtures';
import { answersOf, renderApp, latestAnswers, withoutDate } from './helpers';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const theirs = answersOf({ goal: 'athletes', lifestyle: 'mixed', afterLastMassage: 'fine', answeredOn: '2026-11-20' });
const mine = answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' });
const theirReading = readTimeline(timelineOf(theirs), isoDate('2026-11-20'));
if (theirReading === null) throw new Error('no answers');
const link = encodeSharedPlan(
  createSharedPlan(
    theirReading,
    { start: isoDate('2026-11-27'), weekdays: [5], weeks: 4, choice: null, changes: [] },
    [],
    { includeItems: true },
  ),
);

function openLink(fragment: string) {
  window.history.replaceState(null, '', `/#${fragment}`);
}

describe('opening a shared link', () => {
  test('shows the plan as a preview and changes nothing saved', async () => {
    openLink(link);
    await renderApp({ answers: mine });
    expect(screen.getByRole('heading', { level: 1, name: 'A plan shared with you' })).toBeVisible();
    expect(screen.getByText('Every week', { selector: '.result__headline' })).toBeVisible();
    expect(screen.getByText('Fri, November 27')).toBeVisible();
    expect(screen.getByText('Fri, December 18')).toBeVisible();
    expect(latestAnswers()).toEqual(withoutDate(mine));
  });

  test('“use these answers” asks before replacing saved answers; no keeps them', async () => {
    openLink(link);
    const { user } = await renderApp({ answers: mine });
    await user.click(screen.getByRole('button', { name: 'Use these answers' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Replace your saved answers?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep mine' }));
    expect(latestAnswers()).toEqual(withoutDate(mine));
    await user.click(screen.getByRole('button', { name: 'Use these answers' }));
    await user.click(screen.getByRole('button', { name: 'Yes, replace them' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
    expect(latestAnswers()).toEqual(withoutDate(theirs));
    expect(plannerStore.getState()).toMatchObject({ plan: { start: '2026-11-27', weeks: 4 } });
    expect(window.location.hash).toBe('');
  });

  test('closing the preview goes back to the person’s own planner', async () => {
    openLink(link);
    const { user } = await renderApp({ answers: mine });
    await user.click(screen.getByRole('button', { name: 'Close this plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
    expect(window.location.hash).toBe('');
  });

  test.each([
    ['truncated', link.slice(0, -10), 'It may have been cut short'],
    ['a newer version', link.replace('plan=2.', 'plan=3.'), 'It was made by a newer version of the planner.'],
    [
      'a future-dated',
      `plan=2.${btoa(JSON.stringify({ a: { g: 0, l: 1, f: 1 }, p: { s: '2026-11-27', w: [], n: 4, h: ['2026-12-01'] }, r: { g: 0, b: 0 } })).replace(/=+$/, '')}`,
      'It has dates after today.',
    ],
  ])('a %s link: “this link can’t be read”, and saved answers stay as they were', async (_, fragment, text) => {
    openLink(fragment);
    const { user } = await renderApp({ answers: mine });
    expect(screen.getByRole('heading', { level: 1, name: 'This link can’t be read' })).toBeVisible();
    expect(screen.getByText(new RegExp(text))).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Go to the planner' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
    expect(latestAnswers()).toEqual(withoutDate(mine));
  });
});
