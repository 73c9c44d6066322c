// npm run lighthouse: serves the production build and the bare React baseline (bench/baseline/), runs
// Lighthouse 12 (mobile, simulated throttling) three times on each, prints the medians, and fails when
// accessibility, best practices or SEO is below 100, performance below 95, CLS above 0, or the app's median
// LCP is above the baseline's measured in the same run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const RUNS = 3;
const APP = { name: 'app', url: 'http://127.0.0.1:4173/', config: 'vite.config.ts', port: 4173 };
const BASELINE = {
  name: 'baseline',
  url: 'http://127.0.0.1:4174/',
  config: 'bench/baseline/vite.config.ts',
  port: 4174,
};
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];

const chromePath = chromiumPath();

/** Serves a build with Vite's own preview server, in this process, so it always stops with the script. */
function serve(site) {
  return preview({
    configFile: site.config,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: site.port, strictPort: true },
  });
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromeFlags: CHROME_FLAGS, ...(chromePath ? { chromePath } : {}) });
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
    };
  } finally {
    await chrome.kill();
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
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await audit(site.url));
    results[site.name] = { median: summarise(runs), failing: [...new Set(runs.flatMap((run) => run.failing))] };
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

const app = results.app.median;
const problems = [];
for (const category of ['accessibility', 'best-practices', 'seo']) {
  if (app[category] < 100) problems.push(`${category} ${app[category]} < 100`);
}
if (app.performance < 95) problems.push(`performance ${app.performance} < 95`);
if (app.cls > 0) problems.push(`CLS ${app.cls} > 0`);
if (app.lcp > results.baseline.median.lcp)
  problems.push(`LCP ${ms(app.lcp)} > the baseline's ${ms(results.baseline.median.lcp)}`);
if (results.app.failing.length > 0) console.log(`audits not passed by the app: ${results.app.failing.join(', ')}`);

if (problems.length > 0) {
  console.log(`\nOVER BUDGET: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('\nwithin budget: accessibility, best practices and SEO 100, performance ≥ 95, CLS 0, LCP ≤ baseline');
