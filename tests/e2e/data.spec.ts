/** The person's data in a real browser: export, delete, import the same history back; and two open tabs. */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './helpers';

const answers = {
  goal: 'posture',
  lifestyle: 'mostly-sitting',
  afterLastMassage: 'fine',
  safety: [],
  answeredOn: '2026-11-01',
};
const saved = {
  draft: {},
  answers,
  step: null,
  changing: false,
  checkIns: [
    { id: 'a1', date: '2026-11-08', planned: '2026-11-08', happened: true, felt: 'lasting' },
    { id: 'b2', date: '2026-11-22', planned: '2026-11-22', happened: true, felt: 'fine' },
  ],
};

async function historyRows(page: Page) {
  await page.getByRole('button', { name: 'Your history' }).click();
  const table = page.getByRole('table', { name: 'Your check-ins' });
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').allTextContents();
  await page.getByRole('button', { name: /^\W*Back$/ }).click();
  return rows;
}

test('export, delete everything, import: the same history comes back; axe-clean', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 25, 10, 0));
  await page.addInitScript((state) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem('back-massage-planner', JSON.stringify({ state, version: 1 }));
      sessionStorage.setItem('seeded', 'yes');
    }
  }, saved);
  await openApp(page);
  const before = await historyRows(page);
  expect(before).toHaveLength(3);

  await page.getByRole('button', { name: 'Your data: export, import or delete' }).click();
  await expectNoAxeViolations(page, 'data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data (.json)' }).click(),
  ]);
  const file = await download.path();
  // Saved by version 1, written out as the timeline: its answers are the first submission.
  const { answeredOn, ...given } = answers;
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    app: 'back-massage-planner',
    format: 2,
    submissions: [{ date: answeredOn, answers: given }],
  });

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status')).toHaveText('Everything the planner saved on this device is deleted.');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('back-massage')))).toEqual(
    [],
  );

  await page.getByLabel('Choose a file you downloaded from this planner').setInputFiles(file);
  await expect(page.getByText(/This file has answers \(.*\), 2 check-ins and your plan preferences\./)).toBeVisible();
  // Restoring goes straight to the restored recommendation.
  await page.getByRole('button', { name: 'Restore this file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeVisible();
  expect(await historyRows(page)).toEqual(before);
});

test('two tabs: each sees the other’s check-in, and neither is lost', async ({ context }) => {
  await context.clock.setFixedTime(new Date(2026, 10, 25, 10, 0));
  const first = await context.newPage();
  await first.addInitScript(
    (state) => {
      if (localStorage.getItem('back-massage-planner') === null) {
        localStorage.setItem('back-massage-planner', JSON.stringify({ state, version: 1 }));
      }
    },
    { ...saved, checkIns: [] },
  );
  await openApp(first);
  const second = await context.newPage();
  await openApp(second);

  // The first tab checks in on the latest session; the second, not reloaded, logs another massage.
  await first.getByRole('radio', { name: 'Fine' }).check();
  await first.getByRole('button', { name: 'Save' }).click();
  await second.getByRole('button', { name: 'Your history' }).click();
  await expect(second.getByRole('table', { name: 'Your check-ins' })).toBeVisible();
  const log = second.getByRole('region', { name: 'Log a massage that wasn’t planned' });
  await log.getByLabel('When was it?').fill('2026-11-24');
  await log.getByRole('radio', { name: 'Fine' }).check();
  await log.getByRole('button', { name: 'Add it' }).click();

  await expect(second.getByRole('table', { name: 'Your check-ins' }).getByRole('row')).toHaveCount(3);
  await first.getByRole('button', { name: 'Your history' }).click();
  await expect(first.getByRole('table', { name: 'Your check-ins' }).getByRole('row')).toHaveCount(3);
  const stored = await first.evaluate(
    () =>
      JSON.parse(localStorage.getItem('back-massage-planner') ?? '{}') as {
        state: { checkIns: unknown[] };
      },
  );
  expect(stored.state.checkIns).toHaveLength(2);
});
