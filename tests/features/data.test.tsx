import { screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { recordCheckIn } from '../../src/state/later-events';
import { toDataFile } from '../../src/state/data-file';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/state/safe-storage';
import { LANGUAGE_KEY } from '../../src/state/language-choice';
import { DEFAULT_PLAN } from '../../src/state/saved-shape';
import { plannerStore } from '../../src/state/use-planner';
import { checkInsOf, isoDate, submissionOf } from '../domain/fixtures';
import { answersOf, renderApp, latestAnswers, withoutDate, catchDownloads } from './helpers';

const mine = answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' });
const theirs = {
  submissions: [submissionOf(answersOf({ goal: 'athletes', afterLastMassage: 'fine' }))],
  checkIns: checkInsOf({ date: '2025-03-10', felt: 'fine' }, { date: '2025-03-17', felt: 'lasting' }),
  advice: [],
  plan: { ...DEFAULT_PLAN, weeks: 26 },
  draft: {},
};

async function openData(saved = {}) {
  const rendered = await renderApp(saved);
  await rendered.user.click(screen.getByRole('button', { name: 'Your data: export, import or delete' }));
  await screen.findByRole('heading', { level: 1, name: 'Your data' });
  return rendered;
}

const fileOf = (text: string) => new File([text], 'data.json', { type: 'application/json' });

describe('the person’s data', () => {
  test('a copy to keep: readable JSON with the timeline (answers, check-ins, advice) and preferences', async () => {
    const { files } = catchDownloads();
    const { user } = await openData({ answers: mine });
    await user.click(screen.getByRole('button', { name: 'Download my data (.json)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded “back-massage-planner-data.json”.');
    expect(JSON.parse((await files[0]?.text()) ?? '')).toMatchObject({
      app: 'back-massage-planner',
      format: 2,
      submissions: [{ date: '2025-03-03', answers: withoutDate(mine) }],
      checkIns: [],
      advice: [],
    });
  });

  test('a file is checked whole and shown before anything changes; restoring asks first', async () => {
    const { user } = await openData({ answers: mine });
    await user.upload(
      screen.getByLabelText('Choose a file you downloaded from this planner'),
      fileOf(toDataFile(theirs, 'x')),
    );
    expect(
      await screen.findByText(/This file has answers \(Athletes.*\), 2 check-ins and your plan preferences\./),
    ).toBeVisible();
    expect(latestAnswers()).toEqual(withoutDate(mine));
    await user.click(screen.getByRole('button', { name: 'Restore this file' }));
    await user.click(screen.getByRole('button', { name: 'Yes, restore the file' }));
    expect(plannerStore.getState()).toMatchObject(theirs);
  });

  test('a bad file says why and changes nothing', async () => {
    const { user } = await openData({ answers: mine });
    const damaged = toDataFile({ ...theirs, checkIns: [{ ...theirs.checkIns[0], felt: 'awful' }] as never }, 'x');
    await user.upload(screen.getByLabelText('Choose a file you downloaded from this planner'), fileOf(damaged));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This file can’t be used, and nothing has changed: some of it is damaged (checkIns[0]).',
    );
    expect(screen.queryByRole('button', { name: 'Restore this file' })).toBeNull();
    expect(latestAnswers()).toEqual(withoutDate(mine));
  });

  test('delete everything asks first, then removes every key the planner wrote', async () => {
    const { user } = await openData({ answers: mine });
    localStorage.setItem(BACKUP_KEY, 'an old copy');
    localStorage.setItem(LANGUAGE_KEY, 'es');
    recordCheckIn(plannerStore, { date: isoDate('2025-03-10'), happened: false });
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(latestAnswers()).toEqual(withoutDate(mine));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(screen.getByRole('status')).toHaveTextContent('Everything the planner saved on this device is deleted.');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(plannerStore.getState()).toMatchObject({ submissions: [], checkIns: [], advice: [] });
  });
});

describe('the privacy statement', () => {
  test('is one tap from the footer, says what is stored and never sent, and leads to export and delete', async () => {
    const { user } = await renderApp({ answers: mine });
    await user.click(screen.getByRole('button', { name: 'Privacy' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Privacy' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByRole('heading', { level: 2, name: 'What it saves, and where' })).toBeVisible();
    expect(screen.getByText(/saved in this browser, on this device only/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'What it never sends' })).toBeVisible();
    expect(screen.getByText(/Nothing you enter is sent anywhere/)).toBeVisible();
    // No practice, no booking button: the statement does not mention one.
    expect(screen.queryByText(/booking/)).toBeNull();
    await user.click(screen.getAllByRole('button', { name: 'Your data: export, import or delete' })[0] as HTMLElement);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  });

  test('Back returns to where the person was', async () => {
    const { user } = await renderApp({ answers: mine });
    await user.click(screen.getByRole('button', { name: 'Privacy' }));
    await screen.findByRole('heading', { level: 1, name: 'Privacy' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
  });
});
