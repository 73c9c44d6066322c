/**
 * Issue 16's probes in a real browser: what the planner did with bad or racing input that a person would least
 * forgive, one test per numbered case, each failing on the code before its fix.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { answerHealthChecks, expectNoAxeViolations, openApp } from './helpers';

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

/** Answers the questions after the first screen as a person with stiffness from sitting would, up to the review. */
async function answerPosture(page: Page) {
  for (const option of [/Stiffness from sitting or posture/, /Mostly sitting/, 'Fine']) {
    await page.getByLabel(option, { exact: typeof option === 'string' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await answerHealthChecks(page);
}

/**
 * Waits until the page has fetched a file matching `file` and then nothing more for a second: without module
 * preloading, a screen's imports come one round after another (docs/decisions/003).
 */
async function waitUntilFetched(page: Page, file: RegExp): Promise<void> {
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  await expect.poll(async () => (await fetched()).some((name) => file.test(name))).toBe(true);
  let before = -1;
  await expect
    .poll(
      async () => {
        const count = (await fetched()).length;
        const isQuiet = count === before;
        before = count;
        return isQuiet;
      },
      { intervals: [1000] },
    )
    .toBe(true);
}

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
    // The person reads the first question while the browser is idle and fetches what follows. (Waiting for the
    // load state "networkidle" returned at once, reached long before; the CI run of 6659b31 went offline 0.2 s
    // after the question showed, with the result's imports still on their way.)
    await waitUntilFetched(page, /\/result-screen-[^/]+\.js$/);
    await context.setOffline(true);
    await answerPosture(page);
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Every/ })).toBeVisible();
    await page.getByRole('button', { name: 'See your dates' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  });
});

test.describe('case 8, when the code really could not be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('the review says the person is offline and keeps the answers; back online, a reload goes on', async ({
    page,
    context,
  }) => {
    // Nothing after the start screen was fetched: the signal went at once, before even the review's code came
    // (it loads once the questions start, docs/decisions/003).
    await context.route(/assets\/(?!start-|main-|rolldown-runtime-|warm-up-intl-).*\.js$/, (route) => route.abort());
    await openApp(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerPosture(page);
    await expect(page.getByRole('alert')).toContainText(
      'Your answers are kept on this device: reconnect, then reload.',
    );
    // Back online, the reload brings the review back with every answer, and its button goes on.
    await context.unrouteAll();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Reload the planner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    await page.getByRole('button', { name: 'See my recommendation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Every/ })).toBeVisible();
    const saved = await page.evaluate(() => localStorage.getItem('back-massage-planner') ?? '');
    expect(saved).toContain('"goal":"posture"');
  });
});

/** The check-ins a page's history shows (rows of its table, less the header). */
const shownCheckIns = (page: Page) =>
  page
    .getByRole('table', { name: 'Your check-ins' })
    .getByRole('row')
    .filter({ hasNot: page.getByRole('columnheader') });

/** The check-ins and submissions saved in this browser, as the planner wrote them. */
async function storedTimeline(page: Page) {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const { state } = JSON.parse(raw) as { state?: { checkIns?: { id: string }[]; submissions?: { id: string }[] } };
    return { checkIns: state?.checkIns?.length ?? 0, submissions: (state?.submissions ?? []).map((one) => one.id) };
  }, KEY);
}

/**
 * Clicks a button in the page at a given moment of the device's clock (shared by every page in the browser), so
 * that two pages act within a millisecond of each other; `busy` keeps the page's main thread busy for a while
 * after, as a slow phone's would be, so the other page's save reaches it late.
 */
async function clickAt(page: Page, name: string, at: number, busy = 0) {
  await page.evaluate(
    ({ name, at, busy }) =>
      new Promise<void>((resolve) => {
        const button = [...document.querySelectorAll('button')].find((one) => one.textContent.trim() === name);
        setTimeout(() => {
          button?.click();
          const until = performance.now() + busy;
          while (performance.now() < until) {
            // Busy, as a slow phone's main thread.
          }
          resolve();
        }, at - Date.now());
      }),
    { name, at, busy },
  );
}

test('case 3: two tabs saving at the same instant, again and again, lose nothing and agree', async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await seed(first, ANSWERED);
  await openApp(first);
  const second = await context.newPage();
  await openApp(second);
  const pages = [first, second];
  for (const page of pages) await page.getByRole('button', { name: 'Your history' }).click();
  // Milliseconds between the two saves, and how long the second page's main thread stays busy after its own.
  const rounds = [
    [0, 0],
    [0, 0],
    [0, 0],
    [1, 0],
    [2, 0],
    [5, 0],
    [10, 0],
    [25, 0],
    [0, 60],
    [0, 60],
    [3, 60],
    [10, 120],
  ] as const;
  for (const [round, [apart, busy]] of rounds.entries()) {
    for (const page of pages) {
      const log = page.getByRole('region', { name: 'Log a massage that wasn’t planned' });
      await log.getByLabel('When was it?').fill(`2026-11-${String(26 + (round % 5)).padStart(2, '0')}`);
      await log.getByRole('radio', { name: 'Fine' }).check();
    }
    const at = (await first.evaluate(() => Date.now())) + 400;
    await Promise.all([clickAt(first, 'Add it', at), clickAt(second, 'Add it', at + apart, busy)]);
    for (const page of pages) await expect(shownCheckIns(page)).toHaveCount(2 * (round + 1));
  }
  await expect.poll(() => storedTimeline(first)).toEqual({ checkIns: 2 * rounds.length, submissions: ['s1'] });
  // A reload shows every one of them, in each tab.
  for (const page of pages) {
    // The reload keeps the history on screen (docs/decisions/013).
    await openApp(page, true);
    await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
    await expect(shownCheckIns(page)).toHaveCount(2 * rounds.length);
  }
});

test('case 2: deleting everything in one tab while the other saves brings nothing back', async ({ context }) => {
  test.setTimeout(150_000);
  for (const apart of [0, 0, 1, 2, 5, 10]) {
    // Two new tabs open on the same saved answers.
    const deleting = await context.newPage();
    const saving = await context.newPage();
    await seed(deleting, ANSWERED);
    await openApp(deleting);
    await openApp(saving);
    await deleting.getByRole('button', { name: 'Your data: export, import or delete' }).click();
    await deleting.getByRole('button', { name: 'Delete everything' }).click();
    await saving.getByRole('button', { name: 'Your history' }).click();
    const log = saving.getByRole('region', { name: 'Log a massage that wasn’t planned' });
    await log.getByLabel('When was it?').fill('2026-11-30');
    await log.getByRole('radio', { name: 'Fine' }).check();
    const at = (await deleting.evaluate(() => Date.now())) + 400;
    await Promise.all([clickAt(deleting, 'Yes, delete everything', at), clickAt(saving, 'Add it', at + apart)]);
    await expect(deleting.getByRole('status')).toHaveText('Everything the planner saved on this device is deleted.');
    // The other tab starts afresh too, and says why.
    await expect(saving.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(saving.getByRole('status')).toContainText('deleted in another tab or window');
    await expect.poll(() => storedTimeline(saving)).toBeNull();
    // Its next action saves only what it does now.
    await saving.getByRole('button', { name: 'Start' }).click();
    await expect(saving.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
    // What is stored is that, and nothing from before.
    await expect.poll(() => storedTimeline(deleting)).toEqual({ checkIns: 0, submissions: [] });
    for (const page of [deleting, saving]) await page.close();
  }
});

test('case 5: with storage full, “Download my answers” makes the full data file, and Import restores it whole', async ({
  browser,
}) => {
  const full = await browser.newContext();
  const page = await full.newPage();
  const checkIns = [
    { id: 'k1', seq: 2, date: '2026-11-26', planned: '2026-11-26', happened: true, felt: 'lasting' },
    { id: 'k2', seq: 3, date: '2026-11-28', happened: false },
  ];
  const state = { ...ANSWERED.state, checkIns, plan: { ...PLAN, weekdays: [2], time: '18:30' } };
  // Saved before the storage filled up: readable, and nothing more can be written.
  await page.addInitScript(
    ([key, text]) => {
      localStorage.setItem(key, text);
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    [KEY, JSON.stringify({ ...ANSWERED, state })] as const,
  );
  await openApp(page);
  await page.getByRole('button', { name: 'Your history' }).click();
  const log = page.getByRole('region', { name: 'Log a massage that wasn’t planned' });
  await log.getByLabel('When was it?').fill('2026-11-30');
  await log.getByRole('radio', { name: 'Fine' }).check();
  await log.getByRole('button', { name: 'Add it' }).click();
  await expect(page.getByRole('status').first()).toContainText('can’t be saved on this device');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my answers' }).click();
  const buffer = await readFile(await (await download).path());
  const file = { name: 'back-massage-planner.json', mimeType: 'application/json', buffer };
  await full.close();

  // Elsewhere, Import reads it: the answers, all three check-ins (one only ever in memory) and the plan.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await other.getByRole('button', { name: 'Your data: export, import or delete' }).click();
  await other.getByLabel('Choose a file you downloaded from this planner').setInputFiles(file);
  await expect(other.getByText(/This file has answers \(.*\), 3 check-ins and your plan preferences\./)).toBeVisible();
  await other.getByRole('button', { name: 'Restore this file' }).click();
  await other.getByRole('button', { name: 'Your history' }).click();
  await expect(shownCheckIns(other)).toHaveCount(3);
  const stored = await other.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
  expect(stored).toContain('"time":"18:30"');
  await fresh.close();
});
