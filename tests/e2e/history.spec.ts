/**
 * The history as a person reads it on a small phone: a retake, a referral and check-ins of every kind, at 320 px.
 * No word is broken inside, nothing is wider than the screen, every point of the chart is reached by the Tab key
 * with its date and values, and the earlier answers are kept, one tap away.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const STATE = {
  submissions: [
    {
      id: 's1',
      seq: 0,
      date: '2026-10-04',
      answers: {
        goal: 'chronic-pain',
        lifestyle: 'mostly-sitting',
        afterLastMassage: 'fine',
        safety: [],
        improving: false,
      },
    },
    {
      id: 's2',
      seq: 5,
      date: '2026-11-02',
      answers: { goal: 'chronic-pain', lifestyle: 'mixed', afterLastMassage: 'lasting', safety: [], improving: false },
    },
  ],
  checkIns: [
    { id: 'c1', seq: 1, date: '2026-10-08', happened: true, felt: 'fine', pain: 6 },
    { id: 'c2', seq: 2, date: '2026-10-12', happened: true, felt: 'lasting', pain: 5 },
    { id: 'c3', seq: 3, date: '2026-10-19', happened: false },
    { id: 'c4', seq: 4, date: '2026-10-26', happened: true, felt: 'mild', pain: 4, improving: true },
    { id: 'c5', seq: 6, date: '2026-11-09', happened: true, felt: 'bruising', pain: 5 },
    { id: 'c6', seq: 7, date: '2026-11-16', happened: true, felt: 'bruising', pain: 6 },
  ],
  advice: [],
  deletedCheckIns: [],
  draft: {},
  step: null,
  changing: false,
  plan: { start: null, weekdays: [], weeks: 12, choice: null, changes: [], time: null, reminder: 'evening-before' },
  calendar: { id: null, sequence: 0, exported: [] },
};

/** Words of the page's main content that a line break cuts in two ("Afterw/ards"). */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const main = document.querySelector('main');
    if (main === null) return ['no main'];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

for (const [language, headers] of [
  ['en-GB', { title: 'Your history', answers: 'Your answers', referral: 'Referral' }],
  ['es-ES', { title: 'Tu historial', answers: 'Tus respuestas', referral: 'Derivación' }],
] as const) {
  test.describe(`at 320 px (${language})`, () => {
    test.use({ locale: language, viewport: { width: 320, height: 640 } });

    test('no word broken, nothing too wide, every chart point reached by Tab, earlier answers kept', async ({
      page,
    }) => {
      await page.clock.install({ time: new Date(2026, 10, 25, 10, 0) });
      await page.addInitScript((state) => {
        localStorage.setItem('back-massage-planner', JSON.stringify({ state, version: 2 }));
      }, STATE);
      await page.goto('/');
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await page
        .getByRole('button', { name: language === 'en-GB' ? 'Your history' : 'Tu historial' })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1, name: headers.title })).toBeVisible();

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await brokenWords(page)).toEqual([]);
      await expectNoAxeViolations(page, `history at 320 px (${language})`);

      // The referral is an event of its own; the retake keeps the answers it replaced.
      await expect(page.getByText(headers.referral, { exact: true })).toBeVisible();
      const answers = page.getByText(headers.answers, { exact: true });
      await expect(answers).toHaveCount(2);
      await answers.last().click();
      await expect(
        page.getByText(language === 'en-GB' ? 'Mostly sitting' : 'Paso la mayor parte del día en una silla').first(),
      ).toBeVisible();

      // Tab from the heading to the chart: each massage in turn, named and shown with its values.
      const points = page.locator('.chart__point');
      await expect(points).toHaveCount(5);
      await page.getByRole('heading', { level: 1 }).focus();
      for (let index = 0; index < 5; index += 1) {
        await page.keyboard.press('Tab');
        await expect(points.nth(index)).toBeFocused();
        const label = (await points.nth(index).getAttribute('aria-label')) ?? '';
        expect(label).toMatch(
          language === 'en-GB' ? /^\w{3},? \d+ \w+\. Massage: .*pain \d+ of 10\./ : /dolor \d+ de 10/,
        );
        await expect(page.locator('.chart__value')).toHaveText(label);
      }
    });
  });
}
