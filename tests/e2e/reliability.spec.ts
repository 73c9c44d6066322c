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

const PLAN = {
  start: null,
  weekdays: [],
  weeks: 12,
  choice: null,
  changes: [],
  time: null,
  reminder: 'evening-before',
};
const ANSWERED = {
  version: 2,
  state: {
    draft: {},
    submissions: [
      {
        id: 's1',
        seq: 1,
        date: '2026-11-25',
        answers: { goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'fine', safety: [] },
      },
    ],
    step: null,
    changing: false,
    plan: PLAN,
    checkIns: [],
    advice: [],
    deletedCheckIns: [],
  },
};

test('case 7: a start in the year 9999 is refused in the form, in saved data and in a link; the plan stays sane', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2026, 11, 2, 10, 0));
  await seed(page, { ...ANSWERED, state: { ...ANSWERED.state, plan: { ...PLAN, start: '9999-01-15' } } });
  await openApp(page);
  // Saved data: the bad start is left out, with a copy kept and a notice; the plan starts after the answers, on
  // Thursdays, the next on 3 December.
  await expect(page.getByRole('status')).toContainText('couldn’t be read and were left out');
  await page.getByRole('button', { name: 'See your dates' }).click();
  await expect(page.getByRole('group', { name: 'Your next session' })).toContainText(/Thu, (December 3|3 December)/);
  await expect(page.getByText(/999|10000/)).toHaveCount(0);
  // The form: the same rule.
  await page.getByText('Change your plan').click();
  await page.getByLabel('Start date').fill('9999-01-15');
  await expect(page.getByText('Enter a real date between 1900 and 2200')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Your next session' })).toContainText(/Thu, (December 3|3 December)/);
  // A link: the same rule.
  const payload = { a: { g: 4, l: 0, f: 1 }, p: { s: '9999-01-15', w: [], n: 12 }, r: { g: 0, b: 0 } };
  await page.goto(`/#plan=2.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link can’t be read' })).toBeVisible();
});

test('case 1: “Delete everything” on data opened read-only (a newer version’s) deletes it, for real', async ({
  page,
}) => {
  await seed(page, { ...ANSWERED, version: 99 });
  await openApp(page);
  await expect(page.getByRole('status')).toContainText('saved by a newer version');
  await page.getByRole('button', { name: 'Your data: export, import or delete' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').last()).toHaveText('Everything the planner saved on this device is deleted.');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('back-massage')))).toEqual(
    [],
  );
  // After a reload, the deleted answers stay deleted: a first visit's start screen.
  await openApp(page, true);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'How often should you get a back massage?' })).toBeVisible();
});

/** A data file as the planner writes it, with these check-ins. */
function fileWith(checkIns: unknown[]) {
  return {
    name: 'data.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        app: KEY,
        format: 2,
        exportedOn: '2026-12-01',
        submissions: ANSWERED.state.submissions,
        checkIns,
        advice: [],
        plan: PLAN,
        draft: {},
      }),
    ),
  };
}
const skips = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `k${String(index)}`,
    seq: index + 2,
    date: '2026-11-26',
    happened: false,
  }));

test('case 6: import is all or nothing: an id twice, or more than the planner keeps, is refused saying so', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2026, 11, 2, 10, 0));
  await openApp(page);
  await page.getByRole('button', { name: 'Your data: export, import or delete' }).click();
  const input = page.getByLabel('Choose a file you downloaded from this planner');
  await input.setInputFiles(fileWith([...skips(2), { ...skips(1)[0], seq: 9 }]));
  await expect(page.getByRole('status').last()).toContainText('it has the same entry twice (checkIns)');
  await expect(page.getByRole('button', { name: 'Restore this file' })).toHaveCount(0);
  await input.setInputFiles(fileWith(skips(12_000)));
  await expect(page.getByRole('status').last()).toContainText('more entries than this planner keeps (checkIns)');
  await expect(page.getByRole('button', { name: 'Restore this file' })).toHaveCount(0);
  // 1,005 check-ins are far under the cap: the file loads whole.
  await input.setInputFiles(fileWith(skips(1005)));
  await expect(page.getByText(/1005 check-ins/)).toBeVisible();
});

test.describe('case 8: losing the signal during a first visit', () => {
  // No service worker: what the planner fetches itself while the person answers is all there is.
  test.use({ serviceWorkers: 'block' });

  test('after the first question, nothing else needs the network: the result and the plan still come', async ({
    page,
    context,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
    // The person reads the first question while the browser is idle.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    for (const option of [/Stiffness from sitting or posture/, /Mostly sitting/, 'Fine', 'None of these']) {
      await page.getByLabel(option, { exact: typeof option === 'string' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Every/ })).toBeVisible();
    await page.getByRole('button', { name: 'See your dates' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  });
});

test.describe('case 8, when the code really could not be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('the review says the person may be offline, keeps the answers, and goes on once back', async ({
    page,
    context,
  }) => {
    // Nothing after the start screen was fetched: the signal went at once.
    await context.route(/assets\/(?!start-|main-|rolldown-runtime-|warm-up-intl-).*\.js$/, (route) => route.abort());
    await openApp(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Start' }).click();
    for (const option of [/Stiffness from sitting or posture/, /Mostly sitting/, 'Fine', 'None of these']) {
      await page.getByLabel(option, { exact: typeof option === 'string' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    await expect(page.getByRole('alert')).toContainText('you may be offline. Your answers are kept.');
    // Back online, the same button goes on.
    await context.unrouteAll();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Every/ })).toBeVisible();
    const saved = await page.evaluate(() => localStorage.getItem('back-massage-planner') ?? '');
    expect(saved).toContain('"goal":"posture"');
  });
});
