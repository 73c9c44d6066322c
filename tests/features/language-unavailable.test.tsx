import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { renderApp } from './helpers';

// As when the device went offline before the Spanish words were ever fetched: loading them fails.
vi.mock('../../src/i18n/es', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

test('a language that can’t be loaded leaves the page as it was, says so, and can be tried again', async () => {
  const { user } = await renderApp();
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByLabelText('Relaxation and stress relief'));
  const picker = screen.getByRole('navigation', { name: 'Language' });
  await user.click(within(picker).getByRole('button', { name: 'Español' }));

  expect(await within(picker).findByRole('alert')).toHaveTextContent(
    'Español couldn’t be loaded. Check your connection and try again.',
  );
  expect(screen.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
  expect(screen.getByLabelText('Relaxation and stress relief')).toBeChecked();
  expect(within(picker).getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  expect(localStorage.getItem('back-massage-planner:language')).toBeNull();

  // Trying again clears the message while it tries (and, still offline here, says it again).
  await user.click(within(picker).getByRole('button', { name: 'Español' }));
  expect(await within(picker).findByRole('alert')).toBeVisible();
});
