import { expect, test, type Page } from '@playwright/test';
import { emulateSlowPhone } from '../../scripts/chromium.mjs';
import { answer, answerHealthChecks, expectNoAxeViolations, filledButtons, openApp } from './helpers';

const APP_SCRIPT = /\/assets\/start-[^/]+\.js$/;

/** Holds the app's script back until `release()`: the page shows its prerendered screen, and nothing runs it. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {
    // Replaced below by the promise's own resolve.
  };
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(APP_SCRIPT, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('a tap is never lost', () => {
  // At spread delays after Start shows, on the slow phone: each tap leads to the first question.
  for (const delay of [0, 150, 400, 1000]) {
    test(`Start tapped ${String(delay)} ms after it shows, on a slow phone`, async ({ browser }) => {
      const context = await browser.newContext({ hasTouch: true, viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      await emulateSlowPhone(page);
      // Whether the page ever marked the pressed button busy (it may be gone by the time a check could look).
      // Whether the tap reached the page before the app ran, and whether the page then marked Start busy (it may
      // be gone by the time a check could look).
      await page.addInitScript(() => {
        const seen = { early: false, busy: false };
        (window as unknown as { seen: typeof seen }).seen = seen;
        document.addEventListener(
          'click',
          () => {
            seen.early ||= document.documentElement.dataset['app'] !== 'ready';
          },
          true,
        );
        new MutationObserver((changes) => {
          if (changes.some((change) => change.attributeName === 'aria-busy')) seen.busy = true;
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['aria-busy'] });
      });
      await page.goto('/', { waitUntil: 'commit' });
      const start = page.getByRole('button', { name: 'Start' });
      await start.waitFor();
      if (delay > 0) await page.waitForTimeout(delay);
      await start.tap({ force: true, noWaitAfter: true });
      await expect(page.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible({
        timeout: 20_000,
      });
      // Taken before the app ran: the button said so meanwhile.
      const seen = await page.evaluate(() => (window as unknown as { seen: { early: boolean; busy: boolean } }).seen);
      expect(seen.busy).toBe(seen.early);
      await context.close();
    });
  }

  test('presses held until the app runs are acted on in order, and the busy mark goes', async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('button', { name: 'Start' })).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(page, 'start screen, presses held');
    release();
    // Spanish was asked for first, then Start: the first question, in Spanish, once its words are in.
    await expect(page.getByRole('heading', { level: 1, name: '¿Cuál es tu objetivo principal?' })).toBeVisible();
    await expect(page.locator('[aria-busy]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('sees Spanish in the first paint, with the page’s lang and title, before any app script runs', async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle('Planificador de masajes de espalda');
    await expect(
      page.getByRole('heading', { level: 1, name: '¿Cada cuánto conviene un masaje de espalda?' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
    expect(await page.locator('#root').innerText()).not.toMatch(/\b(Start|How often|Your answers)\b/);
    expect(await page.evaluate(() => document.documentElement.dataset['app'])).toBeUndefined();
    await expectNoAxeViolations(page, 'Spanish start screen before the app runs');

    // The app takes that very markup over (it hydrates it): the heading the visitor sees is never replaced.
    await page.evaluate(() => {
      (window as unknown as { firstHeading: Element | null }).firstHeading = document.querySelector('h1');
    });
    release();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    expect(
      await page.evaluate(
        () => (window as unknown as { firstHeading: Element | null }).firstHeading === document.querySelector('h1'),
      ),
    ).toBe(true);
    await page.getByRole('button', { name: 'Empezar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '¿Cuál es tu objetivo principal?' })).toBeVisible();
  });
});

test('an English visitor’s first paint needs nothing but the page: no Spanish, no second document', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const release = await holdTheApp(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'How often should you get a back massage?' })).toBeVisible();
  await expect(page).toHaveTitle('Back massage planner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  release();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  expect(requests.filter((path) => path === '/' || path.endsWith('.html'))).toEqual(['/']);
  expect(requests.filter((path) => /\/es(-result)?-[^/]+\.js$/.test(path))).toEqual([]);
});

test.describe('a result that leads, on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('a light-pressure caution comes first under the answer, then the range, the pressure and one filled button', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Relaxation and stress relief', 'goal');
    await answer(page, 'Mixed or moderately active', 'lifestyle');
    await answer(page, 'Fine', 'after the last massage');
    await answerHealthChecks(page, { ticked: { 'Medicines, treatment and pregnancy': 'Pregnant' } });
    await page.getByRole('button', { name: 'See my recommendation' }).click();

    const heading = page.getByRole('heading', { level: 1, name: /Every 3 weeks/ });
    await expect(heading).toBeVisible();
    const caution = page.getByText(
      'Check with your clinician before your next massage, because of: Pregnant. Ask for lighter pressure.',
    );
    const range = page.getByText('The guide says every 2 to 4 weeks for “Relaxation and stress relief”.');
    const pressure = page.getByText('Lighter pressure', { exact: true });
    const next = page.getByRole('button', { name: 'See your dates' });
    // In that order down the page, each shown once, and all of it on the first screen.
    const tops: number[] = [];
    for (const shown of [heading, caution, range, pressure, next]) {
      await expect(shown).toHaveCount(1);
      await expect(shown).toBeInViewport();
      tops.push((await shown.boundingBox())?.y ?? Number.NaN);
    }
    expect(tops).toEqual([...tops].sort((a, b) => a - b));

    // One filled button on the screen; the pressure is text, not a button.
    expect(await filledButtons(page)).toEqual(['See your dates']);
    await expect(page.getByRole('button', { name: /pressure/i })).toHaveCount(0);

    // The guide's table and the general advice wait behind their headings on a phone: the answer, the why and the
    // next step fit in about two screens.
    const table = page.getByRole('table', { name: 'How often the guide suggests a back massage, by situation' });
    await expect(table).toBeHidden();
    const whyEnds = await page.locator('.reasons').evaluate((list) => list.getBoundingClientRect().bottom + scrollY);
    expect(whyEnds).toBeLessThanOrEqual(2 * 812);
    await expectNoAxeViolations(page, 'result with a light-pressure caution');
    await page.getByText('What the guide says').click();
    await expect(table).toBeVisible();
    await expect(table.getByText('Your situation')).toBeVisible();
  });
});
