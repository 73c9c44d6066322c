import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  ENGLISH_CHECKS,
  answer,
  answerHealthChecks,
  continueButton,
  expectNoAxeViolations,
  filledButtons,
  openApp,
} from './helpers';

async function begin(page: Page) {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'How often should you get a back massage?' })).toBeVisible();
  await expectNoAxeViolations(page, 'start');
  await page.getByRole('button', { name: 'Start' }).click();
}

async function finish(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoAxeViolations(page, 'review');
  await page.getByRole('button', { name: 'See my recommendation' }).click();
}

const journeys = [
  {
    goal: 'Relaxation and stress relief',
    lifestyle: 'Mixed or moderately active',
    felt: 'Fine',
    headline: /Every 3 weeks/,
    range: 'every 2 to 4 weeks',
  },
  {
    goal: /Ongoing back pain or knots/,
    lifestyle: /Mostly sitting/,
    felt: 'Fine',
    improving: 'No, not yet',
    headline: /Twice a week at first/,
    range: '1 to 2 times a week at first',
  },
  {
    goal: 'Recovery from sport, training or physical work',
    lifestyle: 'I have a physically demanding job',
    felt: 'Sore for more than a day',
    headline: /Every week/,
    range: 'weekly',
  },
  {
    goal: /An injury, or a condition/,
    lifestyle: 'Mixed or moderately active',
    felt: 'Fine',
    advice: 'Twice a week',
    headline: /Twice a week/,
    range: null,
  },
  {
    goal: /Stiffness from sitting or posture/,
    lifestyle: /Mostly sitting/,
    felt: 'Sore for more than a day',
    headline: /Every 2 weeks/,
    range: 'every 1 to 2 weeks',
  },
] as const;

for (const journey of journeys) {
  test(`the whole journey for “${String(journey.goal)}” ends in a recommendation, axe-clean at every step`, async ({
    page,
  }) => {
    await begin(page);
    await answer(page, journey.goal, 'goal');
    await answer(page, journey.lifestyle, 'lifestyle');
    await answer(page, journey.felt, 'after the last massage');
    await answerHealthChecks(page, { where: 'health checks' });
    if ('improving' in journey) await answer(page, journey.improving, 'improving');
    if ('advice' in journey) await answer(page, journey.advice, 'clinician advice');
    await finish(page);
    await expect(page.getByRole('heading', { level: 1, name: journey.headline })).toBeVisible();
    if (journey.range !== null)
      await expect(page.getByText(new RegExp(`The guide says ${journey.range}`)).first()).toBeVisible();
    else await expect(page.getByText('As your clinician advised')).toBeVisible();
    await expectNoAxeViolations(page, 'result');
  });
}

test('a condition without the clinician’s advice: see a professional first, axe-clean', async ({ page }) => {
  await begin(page);
  await answer(page, /An injury, or a condition/, 'goal');
  await answer(page, 'Mixed or moderately active', 'lifestyle');
  await answer(page, 'Fine', 'after the last massage');
  await answerHealthChecks(page, { where: 'health checks' });
  await answer(page, 'I haven’t asked yet', 'clinician advice');
  await finish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' })).toBeVisible();
  await expectNoAxeViolations(page, 'professional');
});

test('a health check that gates the plan: sciatica, answered “Yes” in its group, asks a professional first', async ({
  page,
}) => {
  await begin(page);
  await answer(page, 'Relaxation and stress relief', 'goal');
  await answer(page, 'Mixed or moderately active', 'lifestyle');
  await answer(page, 'Fine', 'after the last massage');
  await answerHealthChecks(page, { ticked: { 'Health conditions': /^Sciatica/ } });
  // How often is for a professional to say: the planner asks what they advised.
  await answer(page, 'I haven’t asked yet', 'clinician advice');
  await finish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' })).toBeVisible();
  await expect(page.getByText(/You ticked “Sciatica/)).toBeVisible();
  await expect(page.getByText(/^Every \d/)).toHaveCount(0);
  // The way back to a plan is the screen's one filled button.
  expect(await filledButtons(page)).toEqual(['Enter what they advised']);
  await expectNoAxeViolations(page, 'professional, after a gated health check');
});

test('an urgent flag goes straight to urgent care, axe-clean, with the error states checked too', async ({ page }) => {
  await begin(page);
  await continueButton(page).click();
  await expect(page.getByRole('alert')).toContainText('Select your main goal');
  await expectNoAxeViolations(page, 'goal with an error');
  await answer(page, 'Relaxation and stress relief', 'goal');
  await answer(page, 'Mixed or moderately active', 'lifestyle');
  await answer(page, 'Fine', 'after the last massage');
  await page.getByLabel('New or worsening back pain together with a fever').check();
  await continueButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get urgent care now' })).toBeVisible();
  await expect(page.getByText(/911 in the US and Canada/)).toBeVisible();
  await expect(page.getByText(/Every \d/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'urgent');
});

test('keyboard only: Tab, Space, arrows and Enter take a person from Start to the recommendation in 37 presses', async ({
  page,
}) => {
  await openApp(page);
  // Every key press counts, as a person's would (issue 18: no more than the 47 the single health-check page took).
  let presses = 0;
  const press = async (key: string, times = 1) => {
    for (let time = 0; time < times; time += 1) await page.keyboard.press(key);
    presses += times;
  };
  await press('Tab'); // skip link
  await press('Tab');
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Español' })).toBeFocused();
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'What is your main goal?' });
  await expect(heading).toBeFocused();
  // Goal: the first option, then arrow up to the last, then Enter continues.
  await press('Tab');
  await press('ArrowUp');
  await expect(page.getByLabel(/Stiffness from sitting or posture/)).toBeChecked();
  await press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Which best describes your days?' })).toBeFocused();
  await press('Tab');
  await press('Space');
  await expect(page.getByLabel(/Mostly sitting/)).toBeChecked();
  await press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'How did you feel after your last massage?' }),
  ).toBeFocused();
  await press('Tab');
  await press('Space');
  await expect(page.getByLabel('I haven’t had a massage in the last 3 months')).toBeChecked();
  await press('Enter');
  // The signs that need care now: four boxes, then “None of these”.
  await expect(page.getByRole('heading', { level: 1, name: 'Do you have any of these right now?' })).toBeFocused();
  await press('Tab', 5);
  await expect(page.getByLabel('None of these')).toBeFocused();
  await press('Space');
  await press('Enter');
  // The rest: each group's “Yes” is one Tab away, and the arrow moves to its “No”.
  await expect(page.getByRole('heading', { level: 1, name: 'Do any of these apply to you?' })).toBeFocused();
  for (const name of ENGLISH_CHECKS.groups) {
    await press('Tab');
    await press('ArrowDown');
    await expect(page.getByRole('group', { name, exact: true }).getByRole('radio', { name: 'No' })).toBeChecked();
  }
  await press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await press('Tab'); // Back comes before the heading: the first Change follows it
  await expect(page.getByRole('button', { name: 'Change main goal' })).toBeFocused();
  await press('Tab', 5);
  await expect(page.getByRole('button', { name: 'See my recommendation' })).toBeFocused();
  await press('Enter');
  // No massage in the last 3 months (the first option) starts slowly: the less frequent end for posture.
  await expect(page.getByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeFocused();
  expect(presses).toBe(37);
});

test('a reload in the middle keeps the answers and the place; Back still has them', async ({ page }) => {
  await begin(page);
  await answer(page, 'Relaxation and stress relief', 'goal');
  await answer(page, /Mostly sitting/, 'lifestyle');
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'How did you feel after your last massage?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(/Mostly sitting/)).toBeChecked();
});

test('a returning visitor lands on their recommendation; retake starts prefilled', async ({ page }) => {
  await begin(page);
  await answer(page, /Stiffness from sitting or posture/, 'goal');
  await answer(page, /Mostly sitting/, 'lifestyle');
  await answer(page, 'Fine', 'after the last massage');
  await answerHealthChecks(page, { where: 'health checks' });
  await finish(page);
  await openApp(page, true);
  await expect(page.getByRole('heading', { level: 1, name: /Every week/ })).toBeVisible();
  await page.getByRole('button', { name: 'Retake the questions' }).click();
  await expect(page.getByLabel(/Stiffness from sitting or posture/)).toBeChecked();
  await continueButton(page).click();
  await expect(page.getByLabel(/Mostly sitting/)).toBeChecked();
});

test('damaged saved data: the app starts, says so, and keeps a copy', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('back-massage-planner', '{"state": {"draft": ');
  });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('couldn’t be read');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('back-massage-planner:backup'))).toBe('{"state": {"draft": ');
  await expectNoAxeViolations(page, 'notice');
});

test('storage full: the answers stay in memory, the person is told, and can download them as the data file', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await begin(page);
  await answer(page, 'Relaxation and stress relief', 'goal');
  await expect(page.getByRole('status')).toContainText('can’t be saved on this device');
  await expect(page.getByRole('heading', { level: 1, name: 'Which best describes your days?' })).toBeVisible();
  await expectNoAxeViolations(page, 'not-saved notice');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my answers' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('back-massage-planner.json');
  // The one data file the planner makes, which Import reads: with the answers given so far.
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({
    app: 'back-massage-planner',
    format: 2,
    submissions: [],
    draft: { goal: 'relaxation' },
  });
});
