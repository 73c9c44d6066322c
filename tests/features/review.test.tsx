import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { plannerStore } from '../../src/state/use-planner';
import { POSTURE_DRAFT, renderApp } from './helpers';

test('lists every answer with a Change link for each', async () => {
  await renderApp({ step: 'review', draft: { ...POSTURE_DRAFT, safety: ['pregnancy', 'blood-thinners'] } });
  expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const terms = screen.getAllByRole('term').map((term) => term.textContent);
  expect(terms).toEqual(['Main goal', 'Your days', 'After your last massage', 'Health checks']);
  expect(screen.getByText('Stiffness from sitting or posture')).toBeVisible();
  expect(screen.getByText('Sore for more than a day')).toBeVisible();
  expect(screen.getByText('Pregnant; Taking blood thinners')).toBeVisible();
  expect(screen.getByRole('button', { name: 'Change main goal' })).toBeVisible();
  expect(screen.getAllByRole('button', { name: /^Change / })).toHaveLength(4);
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
  expect(screen.getByText('Mixed or moderately active')).toBeVisible();
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
  expect(within(summary).getByRole('link', { name: 'Tick any that apply, or “None of these”' })).toBeVisible();
  plannerStore.getState().answer('safety', []);
  await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeVisible();
});
