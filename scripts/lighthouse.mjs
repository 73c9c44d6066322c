// npm run lighthouse: serves the production build and the bare React baseline (bench/baseline/), runs
// Lighthouse 12 (mobile, simulated throttling) three times on each (the app twice over: a browser in English and
// one in Spanish), prints the medians, and fails when either language's accessibility, best practices or SEO is
// below 100, performance below 95, CLS above 0, or median LCP above the baseline's measured in the same run.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const RUNS = 3;
const APP = { url: 'http://127.0.0.1:4173/', config: 'vite.config.ts', port: 4173 };
const BASELINE = { url: 'http://127.0.0.1:4174/', config: 'bench/baseline/vite.config.ts', port: 4174 };
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];
/** A browser whose first language is Spanish: the app paints its Spanish start screen (src/boot.ts). */
const SPANISH = ['--lang=es-ES', '--accept-lang=es-ES,es'];
/** What is audited: the app as an English and a Spanish browser see it, and the bare React page. */
const VISITS = [
  { name: 'app (en)', site: APP, flags: [], language: 'en' },
  { name: 'app (es)', site: APP, flags: SPANISH, language: 'es' },
  { name: 'baseline', site: BASELINE, flags: [], language: null },
];

const chromePath = chromiumPath();

/** Serves a build with Vite's own preview server, in this process, so it always stops with the script. */
function serve(site) {
  return preview({
    configFile: site.config,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: site.port, strictPort: true },
  });
}

async function audit(url, flags) {
  const chrome = await chromeLauncher.launch({
    chromeFlags: [...CHROME_FLAGS, ...flags],
    ...(chromePath ? { chromePath } : {}),
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      'best-practices': categories['best-practices'].score * 100,
      seo: categories.seo.score * 100,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(audits)
        .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === 'binary')
        .map((entry) => entry.id),
      // Which language this browser was shown (Lighthouse's own LCP-element audit fails on this Chromium).
      shown: await shownLanguage(chrome.port, url),
    };
  } finally {
    await chrome.kill();
  }
}

/** The page's language and heading as the same browser shows them, read over its DevTools port. */
async function shownLanguage(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(url);
    return await page.evaluate(() => `${document.documentElement.lang}: ${document.querySelector('h1')?.textContent}`);
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summarise(runs) {
  const keys = ['performance', 'accessibility', 'best-practices', 'seo', 'fcp', 'lcp', 'tbt', 'cls'];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
}

await build({ configFile: APP.config, logLevel: 'warn' });
await build({ configFile: BASELINE.config, logLevel: 'warn' });

const results = {};
for (const site of [APP, BASELINE]) {
  const server = await serve(site);
  try {
    for (const visit of VISITS.filter((one) => one.site === site)) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(site.url, visit.flags));
      results[visit.name] = {
        median: summarise(runs),
        failing: [...new Set(runs.flatMap((run) => run.failing))],
        shown: runs[0].shown,
        language: visit.language,
      };
    }
  } finally {
    await server.close();
  }
}

const ms = (value) => `${Math.round(value)} ms`;
console.log(`\nLighthouse ${RUNS} runs each, mobile, simulated throttling; medians:`);
console.log(
  `${''.padEnd(10)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'bp'.padStart(6)}${'seo'.padStart(6)}${'FCP'.padStart(9)}${'LCP'.padStart(9)}${'TBT'.padStart(9)}${'CLS'.padStart(7)}`,
);
for (const [name, { median: m }] of Object.entries(results)) {
  console.log(
    `${name.padEnd(10)}${String(m.performance).padStart(6)}${String(m.accessibility).padStart(6)}${String(m['best-practices']).padStart(6)}${String(m.seo).padStart(6)}${ms(m.fcp).padStart(9)}${ms(m.lcp).padStart(9)}${ms(m.tbt).padStart(9)}${m.cls.toFixed(3).padStart(7)}`,
  );
}

const problems = [];
for (const [name, { median: app, failing, language, shown }] of Object.entries(results)) {
  if (language === null) continue;
  console.log(`${name} was shown ${shown}`);
  // The browser must have been shown its own language.
  if (!shown.startsWith(`${language}:`)) problems.push(`${name} was shown ${shown}, not ${language}`);
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    if (app[category] < 100) problems.push(`${name}: ${category} ${app[category]} < 100`);
  }
  if (app.performance < 95) problems.push(`${name}: performance ${app.performance} < 95`);
  if (app.cls > 0) problems.push(`${name}: CLS ${app.cls} > 0`);
  if (app.lcp > results.baseline.median.lcp)
    problems.push(`${name}: LCP ${ms(app.lcp)} > the baseline's ${ms(results.baseline.median.lcp)}`);
  if (failing.length > 0) console.log(`audits not passed by the ${name}: ${failing.join(', ')}`);
}

if (problems.length > 0) {
  console.log(`\nOVER BUDGET: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(
  '\nwithin budget, in English and Spanish: accessibility, best practices and SEO 100, performance ≥ 95, CLS 0, LCP ≤ baseline',
);
