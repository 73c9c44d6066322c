/**
 * docs/rules.md is what the code's comments cite: every "rule N" and every `docs/rules.md, “Section”` in the code
 * names a rule or section there, and every number in its table is the one the code uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  ADVICE_EVERY_WEEKS,
  ADVICE_TIMES_A_WEEK,
  CHRONIC_SESSION_MINUTES,
  GUIDE,
  PAUSE_DAYS,
  REVIEW_AFTER_DAYS,
  STREAK_TO_REFER,
  STREAK_TO_STEP_BACK,
} from '../../src/domain/guide';
import { maxInAWeekOf } from '../../src/domain/plan';
import { recommendFor, answersOf } from '../domain/fixtures';

const root = new URL('../../', import.meta.url).pathname;
const rules = readFileSync(join(root, 'docs/rules.md'), 'utf8');
const headings = new Set([...rules.matchAll(/^## (.+)$/gm)].map((match) => match[1]));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(name) ? [path] : [];
  });
}
const code = [...sourceFiles(join(root, 'src')), join(root, 'eslint.layers.js')].map((path) => ({
  path: path.slice(root.length),
  text: readFileSync(path, 'utf8'),
}));

test('every rule the code cites by number is a rule of docs/rules.md', () => {
  const cited = new Set<string>();
  for (const { text } of code) {
    for (const match of text.matchAll(/\b[Rr]ules? (\d+)(?: (?:and|to) (\d+))?/g)) {
      for (const number of [match[1], match[2]]) if (number !== undefined) cited.add(number);
    }
  }
  expect(cited.size).toBeGreaterThan(5);
  expect([...cited].filter((number) => !headings.has(`Rule ${number}`))).toEqual([]);
});

test('every section of docs/rules.md the code cites by name is there', () => {
  const missing: string[] = [];
  let cited = 0;
  for (const { path, text } of code) {
    for (const match of text.matchAll(
      /docs\/rules\.md,\s*\*?\s*[“"]([^”"]+)[”"](?:\s*(?:and|,)\s*[“"]([^”"]+)[”"])?/g,
    )) {
      for (const name of [match[1], match[2]]) {
        if (name === undefined) continue;
        cited += 1;
        if (!headings.has(name)) missing.push(`${path}: ${name}`);
      }
    }
  }
  expect(missing).toEqual([]);
  expect(cited).toBeGreaterThan(5);
  // Nothing cites the team's notes, which are not in the repository.
  expect(code.filter(({ text }) => /GUIDE(\.md)? (section|rule)/.test(text)).map(({ path }) => path)).toEqual([]);
});

test('the numbers of docs/rules.md are the code’s', () => {
  const table = new Map(
    [...rules.matchAll(/^\| ([^|]+?) +\| (\d+) +\|/gm)].map((match) => [match[1] ?? '', Number(match[2])]),
  );
  const engineChosen = recommendFor(answersOf({ goal: 'relaxation' }));
  expect(Object.fromEntries(table)).toEqual({
    'Days of a pause after bruising or worse': PAUSE_DAYS,
    "Days from the first weeks' start to the review": REVIEW_AFTER_DAYS,
    'Fine check-ins in a row to step back': STREAK_TO_STEP_BACK,
    'Bruising check-ins in a row to refer': STREAK_TO_REFER,
    'Minutes a session for chronic pain': CHRONIC_SESSION_MINUTES,
    "Most massages in any 7 days (engine's plans)": maxInAWeekOf(engineChosen),
    'Most sessions a week a clinician may advise': ADVICE_TIMES_A_WEEK.max,
    'Most weeks apart a clinician may advise': ADVICE_EVERY_WEEKS.max,
  });
});

test('the ranges docs/rules.md states are the guide’s', () => {
  const { relaxation, posture, athletes, 'chronic-pain': chronic } = GUIDE.rows;
  const stated = (frequency: { readonly min: number; readonly max: number }) =>
    frequency.min === frequency.max ? String(frequency.min) : `${String(frequency.min)} to ${String(frequency.max)}`;
  const days = (row: typeof relaxation) => (row.frequency.kind === 'steady' ? stated(row.frequency.days) : '');
  const text = rules.replace(/\s+/g, ' ');
  expect(text).toContain(`relaxation ${days(relaxation)};`);
  expect(text).toContain(`posture ${days(posture)};`);
  expect(text).toContain(`athletes ${days(athletes)};`);
  if (chronic.frequency.kind !== 'phased') throw new Error('chronic pain has phases');
  expect(text).toContain(
    `chronic pain ${stated(chronic.frequency.initial)} at first, then ${stated(chronic.frequency.maintenance)}`,
  );
});
