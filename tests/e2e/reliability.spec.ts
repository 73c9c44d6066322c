/**
 * Issue 16's probes in a real browser: what the planner did with bad or racing input that a person would least
 * forgive, one test per numbered case, each failing on the code before its fix.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './helpers';

const KEY = 'back-massage-planner';

/** Puts saved data in the page's storage before the app starts, once (a reload keeps what the app wrote). */
async function seed(page: Page, value: unknown) {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [KEY, JSON.stringify(value)] as const,
  );
}

test('case 4: a saved step that does not fit the saved answers opens the next screen that does, and says so', async ({
  page,
}) => {
  await seed(page, {
    version: 2,
    state: { draft: { goal: 'relaxation', lifestyle: 'mixed' }, step: 'improving', changing: false },
  });
  await openApp(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'How did you feel after your last massage?' }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toContainText('no longer fitted your answers');
  await expectNoAxeViolations(page, 'moved on');
  // After a reload, the screen still shows (the fitting step was saved).
  await openApp(page, true);
  await expect(
    page.getByRole('heading', { level: 1, name: 'How did you feel after your last massage?' }),
  ).toBeVisible();
});
