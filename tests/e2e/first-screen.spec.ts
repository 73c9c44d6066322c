import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('a first visit’s heading and introduction are in the HTML, before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'How often should you get a back massage?' })).toBeVisible();
  await expect(page.getByText('Answer a few questions and see how often to book, and why.')).toBeVisible();
  await expect(page.getByText('Your answers stay on this device.')).toBeVisible();
  await context.close();
});

test('React takes over the first screen without moving anything (no layout shift)', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as unknown as { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) shifts.push(shift.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openApp(page);
  await page.waitForTimeout(500);
  // React has taken over: Start works.
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test('the app is fetched only once the first paint has been reported, and no stylesheet file at all', async ({
  page,
}) => {
  await openApp(page);
  const { paintedAt, appFetchedAt, stylesheets } = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      appFetchedAt: resources.find((entry) => /\/assets\/start-[^/]+\.js$/.test(entry.name))?.fetchStart ?? Number.NaN,
      stylesheets: resources.filter((entry) => entry.name.endsWith('.css')).length,
    };
  });
  expect(appFetchedAt).toBeGreaterThanOrEqual(paintedAt);
  expect(stylesheets).toBe(0);
});
