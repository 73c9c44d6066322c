/**
 * Screenshots of every screen at phone and desktop width, light and dark, written as test artifacts
 * (test-results/, never committed) for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const draft = { goal: 'chronic-pain', lifestyle: 'mostly-sitting', afterLastMassage: 'fine', safety: [] };
const answers = { ...draft, answeredOn: '2025-03-03' };

/** Saved states that open each screen directly, as a returning visitor would find it, and that screen's heading. */
const SCREENS: Record<string, object | null> = {
  start: null,
  goal: { draft: {}, answers: null, step: 'goal', changing: false },
  lifestyle: { draft: { goal: 'posture' }, answers: null, step: 'lifestyle', changing: false },
  'after-last-massage': {
    draft: { goal: 'posture', lifestyle: 'mixed' },
    answers: null,
    step: 'afterLastMassage',
    changing: false,
  },
  signs: {
    draft: { goal: 'posture', lifestyle: 'mixed', afterLastMassage: 'fine' },
    answers: null,
    step: 'signs',
    changing: false,
  },
  safety: {
    draft: { goal: 'posture', lifestyle: 'mixed', afterLastMassage: 'fine', signs: [] },
    answers: null,
    step: 'safety',
    changing: false,
  },
  improving: { draft, answers: null, step: 'improving', changing: false },
  'clinician-advice': {
    draft: { ...draft, goal: 'condition', clinicianAdvice: { kind: 'every-weeks', weeks: 4 } },
    answers: null,
    step: 'clinicianAdvice',
    changing: false,
  },
  cleared: {
    draft: { goal: 'posture', lifestyle: 'mixed', afterLastMassage: 'fine', safety: ['recent-fracture-or-surgery'] },
    answers: null,
    step: 'cleared',
    changing: false,
  },
  'usual-pressure': {
    draft: {
      goal: 'posture',
      lifestyle: 'mixed',
      afterLastMassage: 'fine',
      safety: ['recent-fracture-or-surgery'],
      cleared: true,
      clinicianAdvice: { kind: 'times-a-week', times: 1 },
    },
    answers: null,
    step: 'usualPressure',
    changing: false,
  },
  review: { draft: { ...draft, improving: false }, answers: null, step: 'review', changing: false },
  'result-plan': { draft, answers, step: null, changing: false },
  'result-lighter': {
    draft,
    answers: {
      ...answers,
      goal: 'relaxation',
      lifestyle: 'hard-training',
      afterLastMassage: 'bruising',
      safety: ['pregnancy'],
    },
    step: null,
    changing: false,
  },
  'result-professional': { draft, answers: { ...answers, goal: 'condition' }, step: null, changing: false },
  'result-urgent': { draft, answers: { ...answers, safety: ['swollen-leg'] }, step: null, changing: false },
  'result-wait': { draft, answers: { ...answers, safety: ['fever-or-illness'] }, step: null, changing: false },
  // Bruising after two massages in a row: see a professional first, with the entry of their advice opened.
  'result-referral': {
    draft,
    answers: { ...answers, goal: 'relaxation', lifestyle: 'mixed' },
    step: null,
    changing: false,
    checkIns: [
      { id: 'a', date: '2025-03-06', planned: '2025-03-06', happened: true, felt: 'bruising' },
      { id: 'b', date: '2025-03-20', planned: '2025-03-20', happened: true, felt: 'bruising' },
    ],
  },
  plan: { draft, answers: { ...answers, safety: ['pregnancy'] }, step: null, changing: false },
  shared: null,
  'shared-bad': null,
  data: { draft, answers, step: null, changing: false },
  privacy: { draft, answers, step: null, changing: false },
  // The practice build (tests/e2e/practice/): its name, brand colour, booking link and narrower range.
  'practice-result': { draft, answers, step: null, changing: false },
  'practice-plan': { draft, answers, step: null, changing: false },
  history: {
    draft,
    answers,
    step: null,
    changing: false,
    checkIns: [
      { id: 'a', date: '2025-03-06', planned: '2025-03-06', happened: true, felt: 'fine', pain: 6 },
      { id: 'b', date: '2025-03-10', planned: '2025-03-10', happened: true, felt: 'lasting', pain: 5 },
      { id: 'c', date: '2025-03-13', planned: '2025-03-13', happened: false },
    ],
  },
};

// A shared link to a weekly plan (athletes, from 27 November 2026), and one cut short.
const SHARED =
  'plan=1.eyJhIjp7ImciOjIsImwiOjEsImYiOjEsImQiOiIyMDI2LTExLTI1In0sInAiOnsicyI6IjIwMjYtMTEtMjciLCJ3IjpbNV0sIm4iOjEyfSwiciI6eyJnIjowLCJiIjowfX0';

/** Screens reached from a saved state by one more step: a tap, or the address a link opens. */
const PRACTICE = 'http://127.0.0.1:4174/';
const PATHS: Record<string, string> = {
  shared: `/#${SHARED}`,
  'shared-bad': `/#${SHARED.slice(0, -12)}`,
  'practice-result': PRACTICE,
  'practice-plan': PRACTICE,
};
const TAPS: Record<string, string> = {
  plan: 'See your dates',
  'practice-plan': 'See your dates',
  data: 'Your data: export, import or delete',
  privacy: 'Privacy',
  history: 'Your history',
  'result-referral': 'Enter what they advised',
};
/** What shows once a returning visitor's result has replaced the start screen, before a tap. */
const SHOWN_FIRST: Record<string, string> = { 'result-referral': 'Enter what they advised' };

const HEADINGS: Record<string, RegExp> = {
  start: /How often should you get a back massage/,
  goal: /What is your main goal/,
  lifestyle: /Which best describes your days/,
  'after-last-massage': /How did you feel after your last massage/,
  signs: /Do you have any of these right now/,
  safety: /Do any of these apply to you/,
  improving: /Is your back pain improving/,
  'clinician-advice': /How often did your doctor/,
  review: /Check your answers/,
  'result-plan': /Twice a week at first/,
  'result-lighter': /Every 4 weeks/,
  'result-professional': /See a doctor or physical therapist first/,
  'result-urgent': /Get urgent care now/,
  'result-wait': /Wait until you are well/,
  'result-referral': /See a doctor or physical therapist first/,
  cleared: /Has a doctor cleared you for massage/,
  'usual-pressure': /Did your doctor say usual pressure is fine/,
  plan: /^Your plan$/,
  shared: /A plan shared with you/,
  'shared-bad': /This link can’t be read/,
  data: /^Your data$/,
  privacy: /^Privacy$/,
  'practice-result': /Twice a week at first/,
  'practice-plan': /^Your plan$/,
  history: /^Your history$/,
};

/** Opens the app with a saved state, once the screen it leads to shows (saved data is read asynchronously). */
async function open(page: Page, name: string, saved: object | null) {
  await page.addInitScript((state) => {
    if (state !== null) localStorage.setItem('back-massage-planner', JSON.stringify({ state, version: 1 }));
  }, saved);
  await page.goto(PATHS[name] ?? '/');
  const tap = TAPS[name];
  // A button pressed before the app has taken over the prerendered page does nothing yet. Every tap is from a
  // returning visitor's result, which replaces the start screen once their saved answers have been read: pressed
  // before that, the button can move from under the pointer as the page grows.
  if (tap !== undefined) {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: SHOWN_FIRST[name] ?? 'See your dates' }).waitFor();
    await page.getByRole('button', { name: tap }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: HEADINGS[name] ?? name })).toBeVisible();
}

for (const [width, height] of [
  [375, 812],
  [1280, 900],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every screen at ${String(width)} px, ${colorScheme}`, async ({ page }, testInfo) => {
      // Twenty-five screens, each scanned with axe at phone width: over two minutes on a slow day here.
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      for (const [name, saved] of Object.entries(SCREENS)) {
        await open(page, name, saved);
        // Nothing wider than the screen: no sideways scrolling at phone width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({
          path: testInfo.outputPath(`${name}-${String(width)}-${colorScheme}.png`),
          fullPage: true,
        });
        // Contrast differs between the themes: scan every screen in both, at phone width.
        if (width === 375) await expectNoAxeViolations(page, `${name} (${colorScheme})`);
        if (name === 'goal') {
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.screenshot({
            path: testInfo.outputPath(`goal-error-${String(width)}-${colorScheme}.png`),
            fullPage: true,
          });
          if (width === 375) await expectNoAxeViolations(page, `goal error (${colorScheme})`);
        }
        await page.evaluate(() => {
          localStorage.clear();
        });
      }
    });
  }
}

test('nothing overflows at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [name, saved] of Object.entries(SCREENS)) {
    await open(page, name, saved);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.evaluate(() => {
      localStorage.clear();
    });
  }
});
