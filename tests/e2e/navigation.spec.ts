/**
 * The browser's back and forward buttons (a phone's back gesture) move between the planner's questions and
 * screens, a reload keeps the screen, and a screen's own Back returns to where the person came from.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerHealthChecks, openApp } from './helpers';

const question = (page: Page, name: RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

test('back and forward through the questions and the screens; a reload keeps the screen', async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) });
  await page.setViewportSize({ width: 375, height: 812 });
  await openApp(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await question(page, /What is your main goal/);
  await page.getByLabel(/Stiffness from sitting or posture/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await question(page, /Which best describes your days/);

  // The browser's Back is the previous question, its Forward the next again, with the answer kept.
  await page.goBack();
  await question(page, /What is your main goal/);
  await expect(page.getByLabel(/Stiffness from sitting or posture/)).toBeChecked();
  await page.goForward();
  await question(page, /Which best describes your days/);
  await page.getByLabel(/Mostly sitting/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Fine', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await answerHealthChecks(page);
  await page.getByRole('button', { name: 'See my recommendation' }).click();
  await question(page, /Every week/);

  // Recommendation → plan → history: the history's Back returns to the plan, not the recommendation.
  await page.getByRole('button', { name: 'See your dates' }).click();
  await question(page, /^Your plan$/);
  await page.getByRole('button', { name: 'Your history' }).first().click();
  await question(page, /^Your history$/);
  await page.getByRole('button', { name: /Back/ }).first().click();
  await question(page, /^Your plan$/);

  // A reload keeps the plan on screen; the browser's Back then returns to the recommendation.
  await openApp(page, true);
  await question(page, /^Your plan$/);
  await page.goBack();
  await question(page, /Every week/);
  // And Back again is the review of the answers just given.
  await page.goBack();
  await question(page, /Check your answers/);
  await page.goForward();
  await question(page, /Every week/);
});
