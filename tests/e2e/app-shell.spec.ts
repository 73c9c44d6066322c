import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the app shell shows the planner’s question and passes an axe scan', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'How often should you get a back massage?' })).toBeVisible();
  await expect(page).toHaveTitle('Back massage planner');
  const scan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(scan.violations).toEqual([]);
  // No request leaves the site.
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1:4173/'))).toEqual([]);
});

test('the shell follows the system’s dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(21, 23, 26)');
});
