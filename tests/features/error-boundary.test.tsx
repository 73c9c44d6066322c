import { render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/error-boundary';

function Broken(): never {
  throw new Error('unexpected');
}

const OFFLINE = { title: 'You’re offline', text: 'Reconnect, then reload. Your answers are kept.' };

function renderBroken() {
  render(
    <ErrorBoundary
      title="Something went wrong"
      text="Your answers are still saved."
      offline={OFFLINE}
      reloadLabel="Reload the planner"
    >
      <Broken />
    </ErrorBoundary>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('an unexpected error becomes a calm screen with a way back, not a blank page', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  renderBroken();
  expect(screen.getByRole('alert')).toHaveTextContent('Your answers are still saved.');
  expect(screen.getByRole('button', { name: 'Reload the planner' })).toBeVisible();
});

test('offline, it says so: a screen that could not be fetched is not an unexpected problem', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  renderBroken();
  expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
  expect(screen.getByRole('alert')).toHaveTextContent('Your answers are kept.');
});
