/**
 * The adaptive loop as a person lives it, on a phone, in English and Spanish, with the browser's clock moved on
 * and axe on every screen: a second bruising report refers, a retake keeps the referral, entering the
 * professional's advice brings a plan back; and a calendar file downloaded before a change is said to be out of
 * date, and the next file cancels the session that went.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const WORDS = {
  'en-GB': {
    checkIn: /How did your massage on .+ go\?/,
    bruised: 'Bruised, or my symptoms got worse',
    save: 'Save',
    professional: 'See a doctor or physical therapist first',
    main: /^See a doctor or physical therapist before your next massage/,
    changes: 'What changed, and why',
    referred:
      'Because your back bruised after the last two massages, see a doctor or physical therapist before your next massage.',
    retake: 'Retake the questions',
    next: 'Continue',
    submit: 'See my recommendation',
    adviceButton: 'Enter what they advised',
    everyFewWeeks: 'Once every few weeks',
    weeks: 'How many weeks apart?',
    usual: 'Yes, usual pressure is fine',
    saveAdvice: 'Save their advice',
    planBack: /^With the advice you entered, you have a plan again: every 2 weeks, starting /,
    every2: /Every 2 weeks/,
    dates: 'See your dates',
    plan: 'Your plan',
    download: 'Download calendar file (.ics)',
    move: /^Move or skip /,
    skip: 'Skip this one',
    behind: /Your calendar file is out of date/,
    lasting: 'Sore for more than a day',
    moved: /^Because the soreness lasted more than a day, your next massage moves to Sun,? (6 December|December 6)\.$/,
    lighter: 'Ask for lighter pressure.',
  },
  'es-ES': {
    checkIn: /¿Qué tal fue tu masaje del .+\?/,
    bruised: 'Con moratones, o con más síntomas que antes',
    save: 'Guardar',
    professional: 'Consulta antes con un médico o fisioterapeuta',
    main: /^Consulta con un médico o fisioterapeuta antes de tu próximo masaje/,
    changes: 'Qué ha cambiado, y por qué',
    referred:
      'Como te salieron moratones tras los dos últimos masajes, consulta a un médico o fisioterapeuta antes de tu próximo masaje.',
    retake: 'Responder de nuevo',
    next: 'Continuar',
    submit: 'Ver mi recomendación',
    adviceButton: 'Indicar lo que te aconsejaron',
    everyFewWeeks: 'Una vez cada varias semanas',
    weeks: '¿Cada cuántas semanas?',
    usual: 'Sí, la presión habitual está bien',
    saveAdvice: 'Guardar su consejo',
    planBack: /^Con el consejo que has anotado, vuelves a tener un plan: cada 2 semanas, a partir del /,
    every2: /Cada 2 semanas/,
    dates: 'Ver tus fechas',
    plan: 'Tu plan',
    download: 'Descargar archivo de calendario (.ics)',
    move: /^Cambiar de día u omitir /,
    skip: 'Omitir esta',
    behind: /Tu archivo de calendario está desactualizado/,
    lasting: 'Con molestias durante más de un día',
    moved: /^Como la molestia duró más de un día, tu próximo masaje pasa al dom, 6 de diciembre\.$/,
    lighter: 'Pide una presión más suave.',
  },
} as const;

const PLAN = {
  start: null,
  weekdays: [],
  weeks: 12,
  choice: null,
  changes: [],
  time: null,
  reminder: 'evening-before',
};
const POSTURE = { goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'fine', safety: [] };

/** A returning visitor's saved planner as written to storage: nothing but what a test gives it. */
const SAVED = {
  submissions: [],
  checkIns: [],
  plan: PLAN,
  calendar: { id: null, sequence: 0, exported: [] },
};

/** A returning visitor's saved planner, opened on the device's today. */
async function openWith(page: Page, given: Readonly<Record<string, unknown>>) {
  const state = { ...SAVED, ...given };
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('seeded') !== null) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('back-massage-planner', JSON.stringify({ state: saved, version: 2 }));
  }, state);
  await page.goto('/');
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

for (const [locale, words] of Object.entries(WORDS)) {
  test.describe(`on a phone, in ${locale}`, () => {
    test.use({ locale, viewport: { width: 375, height: 812 } });

    test('two bruising reports refer; a retake keeps the referral; the advice brings a plan back', async ({ page }) => {
      await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) });
      await openWith(page, {
        submissions: [{ id: 's1', seq: 0, date: '2026-11-01', answers: POSTURE }],
        checkIns: [{ id: 'c1', seq: 1, date: '2026-11-08', planned: '2026-11-08', happened: true, felt: 'bruising' }],
        plan: { ...PLAN, start: '2026-11-01' },
      });
      const prompt = page.getByRole('region', { name: words.checkIn });
      await expect(prompt).toBeVisible();
      await expectNoAxeViolations(page, `check-in (${locale})`);
      await prompt.getByLabel(words.bruised).check();
      await prompt.getByRole('button', { name: words.save }).click();

      // The action first, then what changed.
      const heading = page.getByRole('heading', { level: 1, name: words.professional });
      await expect(heading).toBeVisible();
      await expect(page.locator('h1 + p')).toHaveText(words.main);
      const changes = page.getByRole('region', { name: words.changes });
      await expect(changes.getByText(words.referred, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `referral (${locale})`);

      // A retake with the same answers keeps the referral: only a fine massage or the advice lifts it.
      await page.getByRole('button', { name: words.retake }).click();
      // The five questions, each as answered before: goal, days, the last massage and both steps of the health checks.
      for (let step = 0; step < 5; step += 1) await page.getByRole('button', { name: words.next }).click();
      await page.getByRole('button', { name: words.submit }).click();
      await expect(heading).toBeVisible();

      await page.getByRole('button', { name: words.adviceButton }).click();
      await page.getByLabel(words.everyFewWeeks).check();
      await page.getByLabel(words.weeks).selectOption('2');
      await page.getByLabel(words.usual).check();
      await expectNoAxeViolations(page, `advice (${locale})`);
      await page.getByRole('button', { name: words.saveAdvice }).click();
      await expect(page.getByRole('heading', { level: 1, name: words.every2 })).toBeVisible();
      await expect(page.getByRole('region', { name: words.changes }).getByText(words.planBack)).toBeVisible();
      await expectNoAxeViolations(page, `a plan again (${locale})`);
    });

    test('lasting soreness: one sentence says why and where the next massage moves, then the pressure', async ({
      page,
    }) => {
      await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) });
      // Weekly on Sundays from 1 November; the massage of 22 November waits for its check-in.
      await openWith(page, {
        submissions: [{ id: 's1', seq: 0, date: '2026-11-01', answers: POSTURE }],
        checkIns: [
          { id: 'c1', seq: 1, date: '2026-11-08', planned: '2026-11-08', happened: true, felt: 'fine' },
          { id: 'c2', seq: 2, date: '2026-11-15', planned: '2026-11-15', happened: true, felt: 'fine' },
        ],
        plan: { ...PLAN, start: '2026-11-01' },
      });
      const prompt = page.getByRole('region', { name: words.checkIn });
      await prompt.getByLabel(words.lasting).check();
      await prompt.getByRole('button', { name: words.save }).click();
      const changes = page.getByRole('region', { name: words.changes });
      await expect(changes.getByText(words.moved)).toBeVisible();
      await expect(changes.getByText(words.lighter, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `what changed (${locale})`);
    });

    test('a downloaded calendar is said to be out of date after a change; the next file cancels what went', async ({
      page,
    }) => {
      await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) });
      await openWith(page, {
        submissions: [{ id: 's1', seq: 0, date: '2026-11-25', answers: POSTURE }],
        plan: { ...PLAN, weeks: 4 },
      });
      await page.getByRole('button', { name: words.dates }).click();
      await expect(page.getByRole('heading', { level: 1, name: words.plan })).toBeVisible();
      const first = page.waitForEvent('download');
      await page.getByRole('button', { name: words.download }).click();
      await readFile(await (await first).path());
      await expect(page.getByText(words.behind)).toHaveCount(0);

      await page.getByRole('button', { name: words.move }).nth(1).click();
      await page.getByRole('button', { name: words.skip }).click();
      await expect(page.getByText(words.behind)).toBeVisible();
      await expectNoAxeViolations(page, `calendar out of date (${locale})`);
      const second = page.waitForEvent('download');
      await page.getByRole('button', { name: words.download }).click();
      const text = (await readFile(await (await second).path())).toString('utf8');
      await expect(page.getByText(words.behind)).toHaveCount(0);
      expect(text.match(/STATUS:CANCELLED/g)).toHaveLength(1);
      expect(text.match(/STATUS:CONFIRMED/g)).toHaveLength(3);
      expect(text).toMatch(/SEQUENCE:1\r\n/);
      expect(text).not.toContain('TRANSP:OPAQUE');
    });
  });
}
