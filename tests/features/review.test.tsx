import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { plannerStore } from '../../src/state/use-planner';
import { POSTURE_DRAFT, renderApp } from './helpers';

/** The answer "Check your answers" shows beside a question (the questions themselves stay in the page, hidden). */
function answerShownFor(question: string): string | null | undefined {
  const term = screen.getAllByRole('term').find((candidate) => candidate.textContent === question);
  return term?.nextElementSibling?.textContent;
}

test('lists every answer with a Change link for each', async () => {
  await renderApp({
    step: 'review',
    draft: { ...POSTURE_DRAFT, signs: [], safety: ['pregnancy', 'blood-thinners'] },
  });
  expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  // A first time through: nothing to compare with, so nothing is said about changes.
  expect(screen.queryByText(/since you last answered/)).toBeNull();
  const terms = screen.getAllByRole('term').map((term) => term.textContent);
  expect(terms).toEqual([
    'Main goal',
    'Your days',
    'After your last massage',
    'Signs that need care now',
    'Health checks',
  ]);
  expect(answerShownFor('Signs that need care now')).toBe('None of these');
  expect(answerShownFor('Main goal')).toBe('Stiffness from sitting or posture');
  expect(answerShownFor('After your last massage')).toBe('Sore for more than a day');
  expect(answerShownFor('Health checks')).toBe('Pregnant; Taking blood thinners');
  expect(screen.getByRole('button', { name: 'Change main goal' })).toBeVisible();
  expect(screen.getAllByRole('button', { name: /^Change / })).toHaveLength(5);
});

test('Change returns to that question, then Continue comes back to the review', async () => {
  const { user } = await renderApp({ step: 'review', draft: POSTURE_DRAFT });
  await user.click(screen.getByRole('button', { name: 'Change your days' }));
  expect(screen.getByRole('radio', { name: /Mostly sitting/ })).toBeChecked();
  await user.click(screen.getByRole('radio', { name: 'Mixed or moderately active' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const heading = screen.getByRole('heading', { level: 1, name: 'Check your answers' });
  await waitFor(() => {
    expect(heading).toHaveFocus();
  });
  expect(answerShownFor('Your days')).toBe('Mixed or moderately active');
});

test('changing the goal to chronic pain adds its follow-up before returning to the review', async () => {
  const { user } = await renderApp({ step: 'review', draft: POSTURE_DRAFT });
  await user.click(screen.getByRole('button', { name: 'Change main goal' }));
  await user.click(screen.getByRole('radio', { name: /Ongoing back pain or knots/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: 'No, not yet' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const rows = screen.getAllByRole('term').map((term) => term.textContent);
  expect(rows).toContain('Pain improving');
});

test('See my recommendation shows the result; answers missing from a tampered draft are named', async () => {
  const { user } = await renderApp({
    step: 'review',
    draft: { goal: 'posture', lifestyle: 'mixed', afterLastMassage: 'fine' },
  });
  await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
  const summary = await screen.findByRole('alert');
  // Both steps of the health checks are named, each by what it asks for.
  expect(within(summary).getByRole('link', { name: 'Tick any you have, or “None of these”' })).toBeVisible();
  expect(within(summary).getByRole('link', { name: 'Answer yes or no for each group' })).toBeVisible();
  plannerStore.getState().answer('signs', []);
  plannerStore.getState().answer('safety', []);
  await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeVisible();
});
