import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/error-boundary';

function Broken(): never {
  throw new Error('unexpected');
}

test('an unexpected error becomes a calm screen with a way back, not a blank page', () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary title="Something went wrong" text="Your answers are still saved." reloadLabel="Reload the planner">
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Your answers are still saved.');
  expect(screen.getByRole('button', { name: 'Reload the planner' })).toBeVisible();
  quiet.mockRestore();
});
