/**
 * The planner in Spanish, and in a pseudo-locale that makes every string about 40% longer (issue 8). A Spanish
 * browser gets Spanish from the first screen; a choice in the picker is remembered; at 320 px, the pseudo-locale's
 * longer words and lines neither overflow nor get clipped, and every word on the page comes from the catalog.
 */
import { expect, test, type Page } from '@playwright/test';
import { ENGLISH_CHECKS, SPANISH_CHECKS, answerHealthChecks, expectNoAxeViolations, openApp, watch } from './helpers';
import { pseudoLocalise } from './pseudo/pseudo-locale';

/** Chooses an option by its label and continues (in whichever language `continueLabel` is), checking axe first. */
async function answerIn(page: Page, continueLabel: string, label: string, where: string): Promise<void> {
  await expectNoAxeViolations(page, where);
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: continueLabel, exact: true }).click();
}

test.describe('a visitor whose browser prefers Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('gets the start screen in Spanish as soon as the app starts, and goes all the way to the plan', async ({
    page,
  }) => {
    const { consoleErrors, violations } = await watch(page);
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle('Planificador de masajes de espalda');
    await expect(page.getByText('How often', { exact: false })).toHaveCount(0);
    await expect(
      page.getByRole('heading', { level: 1, name: '¿Cada cuánto conviene un masaje de espalda?' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'inicio');

    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page.getByRole('alert')).toContainText('Elige tu objetivo principal');
    await expectNoAxeViolations(page, 'objetivo, con un error');
    await answerIn(page, 'Continuar', 'Dolor de espalda continuo o contracturas', 'objetivo');
    await answerIn(page, 'Continuar', 'Paso la mayor parte del día en una silla', 'tus días');
    await answerIn(page, 'Continuar', 'Con molestias durante más de un día', 'después del último masaje');
    await answerHealthChecks(page, {
      words: SPANISH_CHECKS,
      ticked: { 'Medicamentos, tratamientos y embarazo': 'Tomo anticoagulantes' },
      where: 'comprobaciones de salud',
    });
    await answerIn(page, 'Continuar', 'No, todavía no', 'el dolor mejora');
    await expect(page.getByRole('heading', { level: 1, name: 'Revisa tus respuestas' })).toBeVisible();
    await expectNoAxeViolations(page, 'revisión');
    await page.getByRole('button', { name: 'Ver mi recomendación' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /al principio/ })).toBeVisible();
    await expect(page.getByText(/Has marcado «Tomo anticoagulantes»: presión más suave/).first()).toBeVisible();
    await expect(page.getByText('Presión más suave', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'resultado');
    await page.getByRole('button', { name: 'Ver tus fechas' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tu plan' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Tu próxima sesión' })).toContainText(/\d+ de [a-z]+/);
    await expectNoAxeViolations(page, 'plan');
    await expect(page).toHaveTitle('Tu plan – Planificador de masajes de espalda');

    expect(consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  test('if the Spanish words can’t be fetched at the start, the English page works, and says so when asked again', async ({
    page,
  }) => {
    await page.route(/\/assets\/es-[\w-]+\.js$/, (route) => route.abort());
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('alert')).toContainText('Español couldn’t be loaded');
  });

  test('urgent care is said in Spanish, with the emergency numbers', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Empezar' }).click();
    await answerIn(page, 'Continuar', 'Relajarme y aliviar el estrés', 'objetivo');
    await answerIn(page, 'Continuar', 'Variados o con actividad moderada', 'tus días');
    await answerIn(page, 'Continuar', 'Bien', 'después del último masaje');
    await page.getByLabel('Debilidad en una pierna que va a peor').check();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Busca atención urgente ahora' })).toBeVisible();
    await expect(page.getByText(/112 en la mayor parte de Europa/)).toBeVisible();
    await expectNoAxeViolations(page, 'urgente');
  });
});

test.describe('an English visitor', () => {
  test.use({ serviceWorkers: 'block' });

  test('gets no Spanish file until choosing Spanish; the picker switches in place and is remembered', async ({
    page,
  }) => {
    // The Spanish words are fetched only once someone asks for Spanish (the service worker, caching the app for
    // offline use after the page has loaded, is left out here).
    const spanishFiles: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/es(-result)?-[\w-]+\.js$/.test(request.url())) spanishFiles.push(request.url());
    });
    await openApp(page);
    const picker = page.getByRole('navigation', { name: 'Language' });
    await expect(picker.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel('Relaxation and stress relief').check();

    expect(spanishFiles).toEqual([]);
    await picker.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '¿Cuál es tu objetivo principal?' })).toBeVisible();
    // The questions' words first; the result's may follow while the person answers, so that the result can show
    // with no signal (issue 16, case 8).
    expect(spanishFiles[0]).toMatch(/\/assets\/es-(?!result-)[\w-]+\.js$/);
    expect(spanishFiles.slice(1).every((url) => /\/assets\/es-result-[\w-]+\.js$/.test(url))).toBe(true);
    await expect(page.getByLabel('Relajarme y aliviar el estrés')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: 'Español' })).toBeFocused();

    await openApp(page, true);
    await expect(page.getByRole('heading', { level: 1, name: '¿Cuál es tu objetivo principal?' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
    await openApp(page, true);
    await expect(page.getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

/**
 * The Spanish words Intl writes for dates (months, short months for the history's chart, weekdays), which come from
 * the browser, not the catalog.
 */
function intlVocabulary(locale: string): Set<string> {
  const words = new Set(['de']);
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2026, month, 5));
    for (const options of [{ month: 'long' }, { month: 'short' }, { weekday: 'long' }, { weekday: 'short' }] as const)
      for (const word of new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date).split(/\P{L}+/u))
        words.add(word.toLowerCase());
  }
  return words;
}

/**
 * At the phone width of the page: what overflows the viewport, what is cut off by its box, and which words on the
 * page are neither from the catalog (bracketed by the pseudo-locale) nor dates written by Intl.
 */
async function layoutProblems(page: Page, where: string): Promise<string[]> {
  const vocabulary = [...intlVocabulary('es-ES')];
  const problems = await page.evaluate((allowed) => {
    const found: string[] = [];
    const name = (element: Element) =>
      `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> “${element.textContent.trim().slice(0, 40)}”`;
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width} px)`);
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      if (element.closest('.visually-hidden, .skip-link, svg')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5)
        found.push(`${name(element)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
      const style = getComputedStyle(element);
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if (
        ((cuts(style.overflowX) || style.textOverflow === 'ellipsis') &&
          element.scrollWidth > element.clientWidth + 1) ||
        (cuts(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
      )
        found.push(
          `${name(element)} cuts off its content (${element.scrollWidth}×${element.scrollHeight} px in ${element.clientWidth}×${element.clientHeight})`,
        );
    }
    // Words outside the catalog: every text node's letters, once the bracketed catalog text is taken out.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility({ visibilityProperty: true }) || parent.closest('[lang]:not(html)')) continue;
      // Catalog strings may hold others (a reason holds a frequency): take them out from the innermost.
      let rest = node.textContent ?? '';
      for (let before = ''; before !== rest;) {
        before = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      }
      for (const word of rest.match(/\p{L}+/gu) ?? [])
        if (!allowed.includes(word.toLowerCase()))
          found.push(`“${word}” in “${(node.textContent ?? '').trim()}” is not from the catalog`);
    }
    return found;
  }, vocabulary);
  return problems.map((problem) => `${where}: ${problem}`);
}

test.describe('the pseudo-locale at 320 px', () => {
  test.use({ baseURL: 'http://127.0.0.1:4179', locale: 'es-ES', viewport: { width: 320, height: 640 } });
  const p = pseudoLocalise;

  test('every screen of the journey: nothing overflows, nothing is clipped, every word is from the catalog', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) }); // Wednesday 25 November 2026
    const problems: string[] = [];
    const check = async (where: string) => {
      problems.push(...(await layoutProblems(page, where)));
    };
    await openApp(page);
    await expect(
      page.getByRole('heading', { level: 1, name: p('How often should you get a back massage?') }),
    ).toBeVisible();
    await check('start');
    await page.getByRole('button', { name: p('Start') }).click();
    await page.getByRole('button', { name: p('Continue') }).click();
    await check('goal, with an error');
    for (const [label, where] of [
      [p('Ongoing back pain or knots'), 'goal'],
      [p('Mostly sitting'), 'lifestyle'],
      [p('Sore for more than a day'), 'after the last massage'],
    ] as const) {
      await page.getByLabel(label).check();
      await check(where);
      await page.getByRole('button', { name: p('Continue') }).click();
    }
    await page.getByLabel(p('None of these')).check();
    await check('signs that need care now');
    await page.getByRole('button', { name: p('Continue') }).click();
    const medicines = p('Medicines, treatment and pregnancy');
    for (const group of ENGLISH_CHECKS.groups)
      await page
        .getByRole('group', { name: p(group), exact: true })
        .getByRole('radio', { name: p(group === ENGLISH_CHECKS.groups[2] ? 'Yes' : 'No'), exact: true })
        .check();
    await page.getByRole('group', { name: medicines, exact: true }).getByLabel(p('Taking blood thinners')).check();
    await check('the other health checks, with a yes');
    await page.getByRole('button', { name: p('Continue') }).click();
    await page.getByLabel(p('No, not yet')).check();
    await check('improving');
    await page.getByRole('button', { name: p('Continue') }).click();
    await expect(page.getByRole('heading', { level: 1, name: p('Check your answers') })).toBeVisible();
    await check('review');
    await page.getByRole('button', { name: p('See my recommendation') }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(p(' at first').slice(1, -1)) })).toBeVisible();
    // What a phone folds away is checked open: the guide's table and the general advice.
    await page.getByText(p('What the guide says')).click();
    await page.getByText(p('Look after yourself')).click();
    await check('result');

    await page.getByRole('button', { name: p('See your dates') }).click();
    await expect(page.getByRole('heading', { level: 1, name: p('Your plan') })).toBeVisible();
    await page.getByText(p('Change your plan')).click();
    await page.getByText(p('Time of day and reminder')).click();
    await page.getByLabel(p('At a time')).check();
    await page.getByText(p('Move or skip')).first().click();
    await check('plan, its settings and a session being moved');

    // A week later the first session has passed: the check-in, then the history.
    await page.clock.setSystemTime(new Date(2026, 11, 3, 9, 0));
    await openApp(page, true);
    await expect(page.getByRole('button', { name: p('Save') })).toBeVisible();
    await check('check-in');
    await page.getByRole('radio', { name: p('Sore for more than a day') }).check();
    await page.getByRole('button', { name: p('Save') }).click();
    await expect(page.getByRole('status').filter({ hasText: p('Saved. Thank you.') })).toBeVisible();
    await check('check-in saved');
    await page
      .getByRole('button', { name: p('Your history') })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: p('Your history') })).toBeVisible();
    await check('history');
    await page.getByRole('button', { name: p('Privacy') }).click();
    await expect(page.getByRole('heading', { level: 1, name: p('Privacy') })).toBeVisible();
    await check('privacy');
    await page
      .getByRole('button', { name: p('Your data: export, import or delete') })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: p('Your data') })).toBeVisible();
    await check('your data');

    expect(problems).toEqual([]);
  });
});
