import { expect, test, type Page } from '@playwright/test';
import { answer, answerHealthChecks, openApp, watch } from './helpers';

async function walkTheJourney(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Continue' }).click(); // the error state too
  await answer(page, /Ongoing back pain or knots/, 'goal');
  await answer(page, /Mostly sitting/, 'lifestyle');
  await answer(page, 'Sore for more than a day', 'after the last massage');
  await answerHealthChecks(page);
  await answer(page, 'Yes, it’s improving', 'improving');
  await page.getByRole('button', { name: 'See my recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
  // The plan, its calendar file and its share link load and work under the same policy.
  await page.getByRole('button', { name: 'See your dates' }).click();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Link to your plan' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to your recommendation' }).click();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
}

test('the production page carries a strict CSP and no-referrer', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test('the whole journey: zero CSP violations and zero console errors', async ({ page }) => {
  const watched = await watch(page);
  await walkTheJourney(page);
  expect(await watched.violations()).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('an injected inline script is blocked', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  await expect.poll(() => watched.violations()).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test('every request of the journey goes to the app’s own origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await walkTheJourney(page);
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
