import { act, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { offerUpdate } from '../../src/state/app-update';
import { plannerStore } from '../../src/state/use-planner';
import { renderApp } from './helpers';

test('damaged saved data: the person is told, and can carry on', async () => {
  const { user } = await renderApp();
  plannerStore.setState({ notices: ['damaged'] });
  const notice = await screen.findByRole('status');
  expect(notice).toHaveTextContent('Some of your saved answers couldn’t be read and were left out.');
  await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('storage unavailable: says the answers are not saved and offers to download them', async () => {
  await renderApp();
  plannerStore.setState({ notices: ['not-saved'] });
  expect(await screen.findByText(/can’t be saved on this device/)).toBeVisible();
  expect(screen.getByRole('button', { name: 'Download my answers' })).toBeVisible();
});

test('inside a practice’s page that may not save: says why, and offers the planner’s own site in a new tab', async () => {
  await renderApp({}, { embedded: true });
  plannerStore.setState({ notices: ['not-saved'] });
  expect(await screen.findByText(/doesn’t let the planner save your answers inside another website/)).toBeVisible();
  const direct = screen.getByRole('link', { name: 'Open the planner on its own site (new tab)' });
  expect(direct).toHaveAttribute('href', '/');
  expect(direct).toHaveAttribute('target', '_blank');
  expect(screen.getByRole('button', { name: 'Download my answers' })).toBeVisible();
  // And the page has no header of its own: the practice's page has one.
  expect(screen.queryByRole('banner')).toBeNull();
});

test('a newer version’s data: read-only, and said so', async () => {
  await renderApp();
  plannerStore.setState({ notices: ['newer-version'] });
  expect(await screen.findByText(/saved by a newer version of this planner/)).toBeVisible();
});

test('a new version waits for the person: “Update now” switches, “Not now” puts it away', async () => {
  const { user } = await renderApp();
  const apply = vi.fn();
  act(() => {
    offerUpdate(apply);
  });
  const notice = await screen.findByRole('status');
  expect(notice).toHaveTextContent('A new version of the planner is ready. Your answers are kept.');
  await user.click(screen.getByRole('button', { name: 'Update now' }));
  expect(apply).toHaveBeenCalledOnce();
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  expect(screen.queryByText('An update is available')).toBeNull();
  expect(screen.getByRole('button', { name: 'Start' })).toBeVisible();
});
