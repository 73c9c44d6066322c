// npm run size: builds the app and the bare React baseline with the same Vite and settings, prints the JavaScript
// and CSS a first visit loads (gzip -9 and brotli), and fails when the app's JavaScript is over budget:
// at most 1.25 times the baseline's, gzipped, measured in this same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_FACTOR = 1.25;

/** The files a first visit loads: the entry script, what it preloads, and the stylesheets, from the built HTML. */
function firstVisitFiles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const attribute = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = [];
  const css = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) js.push(attribute(tag, 'src'));
    else if (/rel="modulepreload"/.test(tag)) js.push(attribute(tag, 'href'));
    else if (/rel="stylesheet"/.test(tag)) css.push(attribute(tag, 'href'));
  }
  const local = (files) =>
    files.filter((file) => file && file.startsWith('/')).map((file) => readFileSync(join(distDir, file)));
  // Stylesheets inlined into the page (the app's, allowed by the CSP's hash) count as CSS too.
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => Buffer.from(match[1], 'utf8'));
  return { js: local(js), css: [...local(css), ...inline] };
}

function measure(files) {
  const raw = Buffer.concat(files);
  return {
    files: files.length,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await build({ configFile: 'bench/baseline/vite.config.ts', logLevel: 'warn' });

const app = firstVisitFiles('dist');
const baseline = firstVisitFiles('bench/baseline/dist');
const rows = [
  ['app, first-visit JavaScript', measure(app.js)],
  ['app, first-visit CSS (inline)', measure(app.css)],
  ['baseline (bare React), JavaScript', measure(baseline.js)],
];

console.log(
  `\n${'what'.padEnd(36)}${'files'.padStart(6)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'brotli'.padStart(11)}`,
);
for (const [name, size] of rows) {
  console.log(
    `${name.padEnd(36)}${String(size.files).padStart(6)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(11)}${kb(size.brotli).padStart(11)}`,
  );
}

const appJs = rows[0][1].gzip;
const budget = Math.floor(rows[2][1].gzip * BUDGET_FACTOR);
const verdict = appJs <= budget ? 'within budget' : 'OVER BUDGET';
console.log(
  `\nfirst-visit JavaScript, gzip -9: ${kb(appJs)} of a ${kb(budget)} budget (${BUDGET_FACTOR} × the baseline's ${kb(rows[2][1].gzip)}), ${(appJs / rows[2][1].gzip).toFixed(3)} × baseline: ${verdict}`,
);
if (appJs > budget) process.exit(1);
