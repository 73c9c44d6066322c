import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkPracticeConfig, DEFAULT_PRACTICE } from '../../src/practice/config';
import { contrastRatio, formatRatio, mix } from '../../src/practice/contrast';
import { accentFor, readPalettes } from '../../src/practice/theme';
import { practicePlugin, readPracticeConfig } from '../../src/practice/vite-plugin';

const root = join(import.meta.dirname, '../..');
const palettes = readPalettes(readFileSync(join(root, 'src/styles.css'), 'utf8'));

function problemsOf(raw: unknown): readonly string[] {
  const checked = checkPracticeConfig(raw, palettes);
  return checked.ok ? [] : checked.problems;
}

const VALID = {
  practiceName: 'Harbour Street Massage',
  bookingLink: 'https://booking.example/harbour-street?service=back',
  contactLine: 'Questions? Call 020 7946 0000.',
  brandColour: { light: '#7a1f5c', dark: '#f0a6d2' },
  ranges: { relaxation: { fromWeeks: 2, toWeeks: 3 }, chronicPainAtFirst: { fromTimesAWeek: 2, toTimesAWeek: 2 } },
  embedOn: ['https://www.harbour-street.example', 'http://localhost:8080'],
};

test('contrast follows WCAG: black on white is 21:1, and #777 on white misses AA at 4.478, shown as 4.47:1 (never rounded up to 4.5)', () => {
  expect(contrastRatio('#000', '#ffffff')).toBe(21);
  expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
});

test('a tint is the colour over the background at that share, as a full hex colour', () => {
  expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  expect(mix('#1f5f8b', '#fdfcfa', 0)).toBe('#fdfcfa');
  expect(mix('#fff', '#000000', 1)).toBe('#ffffff');
});

test('the app’s own accent passes the checks a brand colour must pass, in both modes', () => {
  expect(accentFor(palettes.light.accent, 'light', palettes.light).failures).toEqual([]);
  expect(accentFor(palettes.dark.accent, 'dark', palettes.dark).failures).toEqual([]);
});

test('the stylesheet’s two palettes are read, and differ', () => {
  expect(palettes.light.background).toMatch(/^#[0-9a-f]{6}$/);
  // The light page is the lighter one: it stands further from black.
  expect(contrastRatio(palettes.light.background, '#000000')).toBeGreaterThan(
    contrastRatio(palettes.dark.background, '#000000') * 5,
  );
});

test('an empty file is the default: the guide as it stands, no practice name, the app’s own colours', () => {
  expect(checkPracticeConfig({}, palettes)).toEqual({ ok: true, build: { practice: DEFAULT_PRACTICE, accent: null } });
  const allNull = Object.fromEntries(Object.keys(VALID).map((key) => [key, null]));
  expect(checkPracticeConfig(allNull, palettes)).toEqual({
    ok: true,
    build: { practice: DEFAULT_PRACTICE, accent: null },
  });
});

test('the configuration file in the repository is the default', () => {
  expect(readPracticeConfig(root, undefined)).toEqual({ practice: DEFAULT_PRACTICE, accent: null });
});

test('a full valid configuration gives the practice and its accent in both modes', () => {
  const checked = checkPracticeConfig(VALID, palettes);
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  expect(checked.build.practice).toEqual({
    name: 'Harbour Street Massage',
    bookingLink: 'https://booking.example/harbour-street?service=back',
    contactLine: 'Questions? Call 020 7946 0000.',
    ranges: VALID.ranges,
    embedOn: ['https://www.harbour-street.example', 'http://localhost:8080'],
  });
  expect(checked.build.accent?.light.accent).toBe('#7a1f5c');
  expect(checked.build.accent?.dark.accent).toBe('#f0a6d2');
  // Light text on the dark plum, dark text on the light pink: whichever reads better.
  expect(checked.build.accent?.light.accentText).toBe('#ffffff');
  expect(checked.build.accent?.dark.accentText).toBe(palettes.dark.background);
});

test('the booking link must be https, a link, and hold no password', () => {
  expect(problemsOf({ bookingLink: 'http://booking.example/' })).toEqual([
    'bookingLink: must start with https:// (it starts with http://)',
  ]);
  expect(problemsOf({ bookingLink: 'book online' })).toEqual(['bookingLink: "book online" is not a link']);
  expect(problemsOf({ bookingLink: 'https://me:secret@booking.example/' })).toEqual([
    'bookingLink: must not hold a user name or password',
  ]);
});

test('a brand colour below AA is refused with the ratio it reached and the mode it failed in', () => {
  const light = problemsOf({ brandColour: { light: '#8cc4ee', dark: '#8cc4ee' } });
  expect(light).toHaveLength(1);
  expect(light[0]).toMatch(
    /^brandColour\.light "#8cc4ee": as .* it reaches \d\.\d\d:1 in light mode; WCAG AA needs at least 4\.5:1/,
  );
  // The worst place it appears is the one named: no better than as text on the page background.
  const named = Number(/reaches (\d\.\d\d):1/.exec(light[0] ?? '')?.[1]);
  expect(named).toBeLessThanOrEqual(contrastRatio('#8cc4ee', palettes.light.background));

  const dark = problemsOf({ brandColour: { light: '#1f5f8b', dark: '#1f5f8b' } });
  expect(dark).toHaveLength(1);
  expect(dark[0]).toMatch(/^brandColour\.dark "#1f5f8b": .* in dark mode; .*try a lighter colour/);
});

test('a brand colour must be a hex colour, in both modes', () => {
  expect(problemsOf({ brandColour: { light: 'plum' } })).toEqual([
    'brandColour.light: must be a hex colour like "#1f5f8b"',
    'brandColour.dark: is missing',
  ]);
});

test('a range wider than the guide’s is refused, naming the field and the guide’s range', () => {
  expect(problemsOf({ ranges: { relaxation: { fromWeeks: 2, toWeeks: 5 } } })).toEqual([
    "ranges.relaxation.toWeeks: 5 is outside the guide's range (the guide says every 2 to 4 weeks, and a practice may only narrow that)",
  ]);
  expect(problemsOf({ ranges: { chronicPainAtFirst: { fromTimesAWeek: 1, toTimesAWeek: 3 } } })).toEqual([
    "ranges.chronicPainAtFirst.toTimesAWeek: 3 is outside the guide's range (the guide says 1 to 2 times a week, and a practice may only narrow that)",
  ]);
  expect(problemsOf({ ranges: { posture: { fromWeeks: 2, toWeeks: 1 } } })).toEqual([
    'ranges.posture: fromWeeks (2) must not be more than toWeeks (1)',
  ]);
  expect(problemsOf({ ranges: { posture: { fromWeeks: 1.5, toWeeks: 2 } } })).toEqual([
    'ranges.posture.fromWeeks: must be a whole number',
  ]);
  expect(problemsOf({ ranges: { posture: { fromWeeks: 1, toWeeks: 2, minWeeks: 1 } } })).toEqual([
    'ranges.posture.minWeeks: not a setting (the settings here are fromWeeks, toWeeks)',
  ]);
});

test('safety, ceilings and rows without a range cannot be configured: each is named as not a setting', () => {
  const problems = problemsOf({ safety: { urgent: [] }, maxPerWeek: 3, ranges: { athletes: {} } });
  expect(problems).toContain(
    'safety: not a setting (the settings here are practiceName, bookingLink, contactLine, brandColour, ranges, embedOn)',
  );
  expect(problems.some((problem) => problem.startsWith('maxPerWeek: not a setting'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('ranges.athletes: only relaxation, posture'))).toBe(true);
});

test('embedding sites are origins: https, or http on this machine for testing', () => {
  expect(
    problemsOf({ embedOn: ['https://www.example.com/planner', 'http://www.example.com', 'http://localhost:8080'] }),
  ).toEqual([
    'embedOn.0: "https://www.example.com/planner" must be a site\'s origin only, like "https://www.example.com" (no path)',
    'embedOn.1: "http://www.example.com" must start with https://',
  ]);
});

test('text fields: one line, not empty, and text', () => {
  expect(problemsOf({ practiceName: '  ', contactLine: 'Call us\nor write', bookingLink: 42 })).toEqual([
    'practiceName: must not be empty (use null for none)',
    'bookingLink: must be a link in quotes, or null',
    'contactLine: must be one line',
  ]);
  expect(problemsOf([])).toEqual(['the configuration must be a JSON object']);
});

test('reading a file: bad JSON and a missing named file are errors that name the file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'practice-'));
  const broken = join(folder, 'broken.json');
  writeFileSync(broken, '{ "practiceName": "A", }');
  expect(() => readPracticeConfig(root, broken)).toThrow(`${broken} is not valid JSON`);
  expect(() => readPracticeConfig(root, join(folder, 'missing.json'))).toThrow('no such file');
  const wrong = join(folder, 'wrong.json');
  writeFileSync(wrong, JSON.stringify({ bookingLink: 'http://booking.example/', practiceName: '' }));
  expect(() => readPracticeConfig(root, wrong)).toThrow(
    `${wrong} has 2 problems:\n  - practiceName: must not be empty (use null for none)\n  - bookingLink: must start with https://`,
  );
});

test('the plugin gives the app the checked practice and puts the brand colour in the stylesheet, screen only', () => {
  const folder = mkdtempSync(join(tmpdir(), 'practice-'));
  const file = join(folder, 'practice.json');
  writeFileSync(file, JSON.stringify(VALID));
  const plugin = practicePlugin(file);
  const call = (hook: unknown, ...args: unknown[]): unknown => (hook as (...given: unknown[]) => unknown)(...args);
  call(plugin.configResolved, { root });
  const id = call(plugin.resolveId, 'virtual:practice');
  expect(id).toBe('\0virtual:practice');
  expect(call(plugin.load, id)).toContain('"bookingLink":"https://booking.example/harbour-street?service=back"');
  const css = (call(plugin.transform, ':root{}', join(root, 'src/styles.css')) as { code: string }).code;
  expect(css).toContain('@media screen { :root { --accent: #7a1f5c;');
  expect(css).toContain('@media screen and (prefers-color-scheme: dark) { :root { --accent: #f0a6d2;');
  expect(
    call(
      plugin.transformIndexHtml,
      '<meta name="theme-color" content="#1f5f8b" media="(prefers-color-scheme: light)" />',
    ),
  ).toContain('content="#7a1f5c"');
});
