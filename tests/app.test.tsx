import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { App } from '../src/app';

test('shows the planner’s question as the page heading', () => {
  render(<App />);
  expect(screen.getByRole('heading', { level: 1, name: 'How often should you get a back massage?' })).toBeVisible();
  expect(screen.getByText('Your answers stay on this device.')).toBeVisible();
});
