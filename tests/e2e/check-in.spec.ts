/** Checking in over time, with the browser's clock moved forward past a session. */
import { expect, test } from '@playwright/test';
import { answer, answerHealthChecks, expectNoAxeViolations, openApp } from './helpers';

test('finish the questions, pass a session date, check in with lasting soreness, see the plan change and why', async ({
  page,
}) => {
  await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) }); // Wednesday 25 November 2026
  await openApp(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, /Stiffness from sitting or posture/, 'goal');
  await answer(page, /Mostly sitting/, 'lifestyle');
  await answer(page, 'Fine', 'after last massage');
  await answerHealthChecks(page, { where: 'health checks' });
  await page.getByRole('button', { name: 'See my recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Every week/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /How did your massage/ })).toHaveCount(0);

  // The plan starts the day after the answers, on Thursdays. A week and a day later, Thursday 3 December has passed.
  await page.clock.setSystemTime(new Date(2026, 11, 4, 9, 0));
  await openApp(page, true);
  const prompt = page.getByRole('region', { name: /How did your massage on Thu, (December 3|3 December) go\?/ });
  await expect(prompt).toBeVisible();
  await expectNoAxeViolations(page, 'check-in');
  await prompt.getByRole('radio', { name: 'Sore for more than a day' }).check();
  await prompt.getByRole('button', { name: 'Save' }).click();

  const changes = page.getByRole('region', { name: 'What changed, and why' });
  // One sentence that says what moved and why, then the pressure; the date is the plan's next session.
  await expect(
    changes.getByText(
      /^Because the soreness lasted more than a day, your next massage moves to Thu, (December 17|17 December)\.$/,
    ),
  ).toBeVisible();
  await expect(changes.getByText('Ask for lighter pressure.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'what changed');
  await expect(page.getByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeVisible();

  // The plan re-flows from that massage: the next session is two weeks after it.
  await changes.getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('button', { name: 'See your dates' }).click();
  await expect(page.getByRole('group', { name: 'Your next session' })).toContainText(/Thu, (December 17|17 December)/);
});
