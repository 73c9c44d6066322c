/**
 * The plan in a real browser: answer, see the dates, download the calendar file, print, and share a link that a
 * fresh browser opens as a preview without touching its own saved answers.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { answer, answerHealthChecks, expectNoAxeViolations, openApp } from './helpers';

/** Chronic pain while sitting: twice a week at first, the fullest plan to lay out and print. */
async function answerToPlan(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, /Ongoing back pain or knots/, 'goal');
  await answer(page, /Mostly sitting/, 'lifestyle');
  await answer(page, 'Fine', 'after last massage');
  await answerHealthChecks(page, {
    ticked: { 'Medicines, treatment and pregnancy': 'Taking blood thinners' },
    where: 'health checks',
  });
  await answer(page, 'No, not yet', 'improving');
  await page.getByRole('button', { name: 'See my recommendation' }).click();
  await page.getByRole('button', { name: 'See your dates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  // Wednesday 25 November 2026, 10:00 on the device.
  await page.clock.setFixedTime(new Date(2026, 10, 25, 10, 0));
});

test('answer → plan → the calendar file has every session, reminders and the link back; axe-clean', async ({
  page,
}) => {
  await answerToPlan(page);
  // The page's stylesheet is inside it: no screen that loads later adds it again (docs/decisions/010).
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'plan');
  await page.getByText('Change your plan').click();
  await expectNoAxeViolations(page, 'plan settings');
  const sessions = page.locator('.session:not(.session--skipped)');
  await expect(sessions).toHaveCount(24);

  // Time and reminder are folded under the download: their defaults suit most people.
  await page.getByText('Time of day and reminder').click();
  await expectNoAxeViolations(page, 'plan, the calendar options open');
  await page.getByRole('radio', { name: 'At a time' }).check();
  await page.getByLabel('Time', { exact: true }).fill('18:30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('back-massage-plan.ics');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(24);
  // The first session is the day after the answers: Thursday, then Sunday, every week.
  expect(text).toContain('DTSTART:20261126T183000\r\n');
  expect(text).toContain('TRIGGER:-P1DT30M\r\n'); // the evening before: 18:00 the day before 18:30
  // Unfolded (RFC 5545 3.1), the notes link back to the planner.
  expect(text.replace(/\r\n /g, '')).toMatch(
    /DESCRIPTION:Your planned back massage\. Afterwards\\, tell the planner how you felt: http:\/\/127\.0\.0\.1:4173\//,
  );
  expect(text).not.toMatch(/blood|thinner|chronic|pain/i);
  expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  await expect(page.getByText(/Downloaded “back-massage-plan.ics” with 24 sessions/)).toBeVisible();

  // Skip one and export again: the same events are updated, and the skipped one is cancelled.
  await page.getByRole('button', { name: /^Move or skip Sun, November 29$/ }).click();
  await page.getByRole('button', { name: 'Skip this one' }).click();
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  const second = await readFile(await again.path(), 'utf8');
  const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]);
  expect(new Set(uids(second))).toEqual(new Set(uids(text)));
  expect(second).toContain('SEQUENCE:1\r\n');
  expect(second.match(/STATUS:CANCELLED/g)).toHaveLength(1);
});

test('print: the recommendation, the reasons and the next 12 weeks fit the first A4 or Letter page', async ({
  page,
}, testInfo) => {
  await answerToPlan(page);
  // Page content boxes at 96 px an inch with the print stylesheet's 14 mm margins.
  for (const [paper, width, height] of [
    ['A4', 688, 1017],
    ['Letter', 710, 950],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Download calendar file (.ics)' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Why, in short' })).toBeVisible();
    const twelveWeeks = page.locator('.session').nth(23);
    await expect(twelveWeeks).toContainText('Sun, February 14');
    const bottom = await twelveWeeks.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom, `${paper}: the 12th week's last session ends inside the first page`).toBeLessThanOrEqual(height);
    await page.screenshot({ path: testInfo.outputPath(`plan-print-${paper}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
});

test('a share link (copied: headless Chromium has no Web Share) opens in a fresh browser as a preview', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answerToPlan(page);
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByText('Link copied. Paste it into a message to your therapist.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.getByRole('textbox', { name: 'Link to your plan' })).toHaveValue(link);
  expect(new URL(link).hash).toMatch(/^#plan=2\./);
  const dates = await page.locator('.session__date').allTextContents();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date(2026, 11, 1, 9, 0));
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'A plan shared with you' })).toBeVisible();
  await expect(other.getByText('They kept their health checks private: the plan still follows them.')).toBeVisible();
  expect(await other.locator('.session__date').allTextContents()).toEqual(dates);
  await expectNoAxeViolations(other, 'shared plan');
  expect(await other.evaluate(() => Object.keys(localStorage))).toEqual([]);

  await other.goto(link.slice(0, -15));
  await expect(other.getByRole('heading', { level: 1, name: 'This link can’t be read' })).toBeVisible();
  await expectNoAxeViolations(other, 'bad link');
  expect(await other.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await fresh.close();
});
