import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, as axe tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = scan.violations.map(
    (violation) => `${where}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

export const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });

/** The labels of the screen's filled buttons and button-like links, as drawn: a background of their own. */
export function filledButtons(page: Page): Promise<(string | null)[]> {
  return page
    .locator('main button, main a')
    .evaluateAll((controls) =>
      controls
        .filter((control) => getComputedStyle(control).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((control) => control.textContent),
    );
}

/**
 * The question screens this worker has scanned: the same screen (the goal question, the safety screen) looks the
 * same whichever journey reaches it, so each is scanned once per worker rather than once per journey.
 */
const scannedQuestions = new Set<string>();

/** Chooses an option by its label and continues, checking the page with axe first (once a screen per worker). */
export async function answer(page: Page, label: string | RegExp, where: string): Promise<void> {
  if (!scannedQuestions.has(where)) {
    scannedQuestions.add(where);
    await expectNoAxeViolations(page, where);
  }
  await page.getByLabel(label, { exact: typeof label === 'string' }).check();
  await continueButton(page).click();
}

/** Opens the app and waits until it is interactive: the prerendered start screen has been replaced by the app. */
export async function openApp(page: Page, reload = false): Promise<void> {
  if (reload) await page.reload();
  else await page.goto('/');
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

/**
 * Collects CSP violations (from the page's own event, in every frame) and console errors (of every frame) from the
 * first script on.
 */
export async function watch(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return {
    consoleErrors,
    violations: (frame: Frame = page.mainFrame()) =>
      frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** The words the health checks' two steps are answered by, in a language. */
export interface HealthCheckWords {
  readonly none: string;
  readonly yes: string;
  readonly no: string;
  readonly continue: string;
  /** The yes-or-no groups of the second step, in order. */
  readonly groups: readonly string[];
}

export const ENGLISH_CHECKS: HealthCheckWords = {
  none: 'None of these',
  yes: 'Yes',
  no: 'No',
  continue: 'Continue',
  groups: ['Right now or recently', 'Health conditions', 'Medicines, treatment and pregnancy', 'About your back pain'],
};

export const SPANISH_CHECKS: HealthCheckWords = {
  none: 'Ninguna de estas',
  yes: 'Sí',
  no: 'No',
  continue: 'Continuar',
  groups: [
    'Ahora o hace poco',
    'Problemas de salud',
    'Medicamentos, tratamientos y embarazo',
    'Sobre tu dolor de espalda',
  ],
};

/**
 * Both steps of the health checks, as a person with no sign that needs care now: "None of these", then "No" for
 * each group but those `ticked` names, answered "Yes" with that item ticked. With `where`, each step is checked
 * with axe first (once per worker, as `answer` does).
 */
export async function answerHealthChecks(
  page: Page | Frame | FrameLocator,
  {
    ticked = {},
    words = ENGLISH_CHECKS,
    where,
  }: { ticked?: Readonly<Record<string, string | RegExp>>; words?: HealthCheckWords; where?: string } = {},
): Promise<void> {
  const scan = async (step: string) => {
    if (where === undefined || !('context' in page) || scannedQuestions.has(`${where}, ${step}`)) return;
    scannedQuestions.add(`${where}, ${step}`);
    await expectNoAxeViolations(page, `${where}, ${step}`);
  };
  await scan('signs');
  await page.getByLabel(words.none, { exact: true }).check();
  await page.getByRole('button', { name: words.continue }).click();
  for (const name of words.groups) {
    const group = page.getByRole('group', { name, exact: true });
    const item = ticked[name];
    await group.getByRole('radio', { name: item === undefined ? words.no : words.yes, exact: true }).check();
    if (item !== undefined) await group.getByRole('checkbox', { name: item }).check();
  }
  await scan('the other health checks');
  await page.getByRole('button', { name: words.continue }).click();
}
