/**
 * Offline and updates (issue 8), on a build of their own served from disk (`pwa/serve.mjs`, port 4178): after a
 * first visit, the app works with no signal; a newer build published while a person is mid-questionnaire is
 * offered, not forced, and taking it keeps their answers.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { answerHealthChecks, SPANISH_CHECKS } from './helpers';

const APP = 'http://127.0.0.1:4178/';

test.describe.configure({ mode: 'serial' });

/** A first visit: the app runs, and its service worker has kept every file on the device. */
async function firstVisit(page: Page) {
  await page.goto(APP);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 15_000 })
    .toBe('activated');
}

/** After a first visit, with no signal: reload, start, and answer up to the health checks. */
async function comeBackOffline(page: Page, context: BrowserContext) {
  await firstVisit(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 'Relaxation and stress relief');
  await answer(page, 'Mixed or moderately active');
  await answer(page, 'Fine');
}

/** Does a request to the server fail, as it does with no signal? */
async function cannotReachNetwork(page: Page): Promise<boolean> {
  return page.evaluate(async (url) => {
    try {
      await fetch(`${url}no-such-file-${String(Math.random())}`, { cache: 'no-store' });
      return false;
    } catch {
      return true;
    }
  }, APP);
}

async function answer(page: Page, label: string, continueLabel = 'Continue') {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: continueLabel }).click();
}

test('the manifest offers an installable app with a maskable icon', async ({ page }) => {
  await page.goto(APP);
  // Linked by the app once the page has loaded.
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1, { timeout: 15_000 });
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(new URL(href ?? '', APP).href)).json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Back massage planner', display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, APP).href)).ok()).toBe(true);
});

test('a second visit with no signal: reload, finish the journey, see the plan', async ({ page, context }) => {
  await comeBackOffline(page, context);
  await answerHealthChecks(page);
  await page.getByRole('button', { name: 'See my recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
  await page.getByRole('button', { name: 'See your dates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  // Still no signal (Chromium 150 reports navigator.onLine true after a reload served by the service worker, so
  // the network itself is asked).
  expect(await cannotReachNetwork(page)).toBe(true);
});

test('with no signal, an urgent answer still gets the urgent-care screen', async ({ page, context }) => {
  await comeBackOffline(page, context);
  await page.getByLabel('New or worsening back pain together with a fever').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get urgent care now' })).toBeVisible();
  await expect(page.getByText(/emergency/i).first()).toBeVisible();
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('a first visit that never reached a result, then no signal: the result and plan still come in Spanish', async ({
    page,
    context,
  }) => {
    await firstVisit(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: 'Empezar' }).click();
    for (const label of ['Relajarme y aliviar el estrés', 'Variados o con actividad moderada', 'Bien'])
      await answer(page, label, 'Continuar');
    await answerHealthChecks(page, { words: SPANISH_CHECKS });
    await page.getByRole('button', { name: 'Ver mi recomendación' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Cada 3 semanas/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lo que dice la guía' })).toBeVisible();
    await page.getByRole('button', { name: 'Ver tus fechas' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tu plan' })).toBeVisible();
  });
});

test('a newer build is offered mid-questionnaire, not forced; taking it keeps the answers', async ({ page }) => {
  await firstVisit(page);
  await page.reload(); // now the worker controls the page, as on any later visit
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 'Relaxation and stress relief');
  await expect(page.getByRole('heading', { level: 1, name: /Which best describes your days/ })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
  });

  // Publish a newer build where this one is served, and let the browser look for it.
  execFileSync('npx', ['vite', 'build', '--outDir', 'dist-pwa', '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, PRACTICE_CONFIG: 'tests/e2e/pwa/newer.config.json' },
    stdio: 'inherit',
  });
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const notice = page.getByRole('status').filter({ hasText: 'An update is available' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Nothing changed under the person's feet: the same page, the same question, the old build.
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: /Which best describes your days/ })).toBeVisible();
  await expect(page.getByText('This is the newer build.')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByText('This is the newer build.')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1, name: /Which best describes your days/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Relaxation and stress relief', { exact: true })).toBeChecked();
});
