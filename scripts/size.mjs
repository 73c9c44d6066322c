// npm run size: builds the app and the bare React baseline with the same Vite and settings, prints the JavaScript
// and CSS a first visit loads (gzip -9 and brotli), and fails when the app's JavaScript is over budget:
// at most 1.25 times the baseline's, gzipped, measured in this same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_FACTOR = 1.25;

/**
 * What a first visit imports on its own, after the first paint (`src/main.ts` starts the app): the chunk named
 * `start` (vite.config.ts puts `src/start.tsx` and all it imports statically in it).
 */
const FIRST_VISIT_CHUNKS = ['start'];

/**
 * The files a first visit to `page` loads, from the page's module script and Vite's manifest: that script, its
 * static imports, and the app it starts after the first paint with its static imports and workers; not what loads
 * later (validation, the result). Plus the page's inline styles. (With two pages sharing one entry script, the manifest
 * marks no page as an entry, so the page itself says which script it runs.)
 */
function firstVisitFiles(distDir, page = 'index.html', { startsApp = false } = {}) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const html = readFileSync(join(distDir, page), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)].map((match) => match[1]);
  const keyOf = new Map(Object.entries(manifest).map(([key, entry]) => [entry.file, key]));
  const files = new Set();
  let appChunks = 0;
  const visit = (key) => {
    const entry = manifest[key];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    // Scripts a chunk starts as workers are its assets (the Intl warm-up, src/i18n/warm-up-intl.ts).
    for (const asset of entry.assets ?? []) if (asset.endsWith('.js')) files.add(asset);
    for (const imported of entry.imports ?? []) visit(imported);
    for (const dynamic of entry.dynamicImports ?? [])
      if (FIRST_VISIT_CHUNKS.includes(manifest[dynamic]?.name)) {
        appChunks += 1;
        visit(dynamic);
      }
  };
  for (const script of scripts) visit(keyOf.get(script));
  if (files.size === 0) throw new Error(`${distDir}/${page}: no module script found in the manifest`);
  // Without it, only the page's own small script would be counted, far under any budget.
  if (startsApp && appChunks === 0)
    throw new Error(`${distDir}/${page}: the page's script starts no chunk named ${FIRST_VISIT_CHUNKS.join(' or ')}`);
  // The stylesheets the page itself loads: inline, or linked.
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => Buffer.from(match[1], 'utf8'));
  const linked = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((match) => match[1]);
  return {
    js: [...files].filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(distDir, file))),
    css: [...linked.map((file) => readFileSync(join(distDir, file))), ...inline],
  };
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

await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { manifest: true } });
await build({ configFile: 'bench/baseline/vite.config.ts', logLevel: 'warn', build: { manifest: true } });

const app = firstVisitFiles('dist', 'index.html', { startsApp: true });
const embed = firstVisitFiles('dist', 'embed.html', { startsApp: true });
const baseline = firstVisitFiles('bench/baseline/dist');
const rows = [
  ['app, first-visit JavaScript', measure(app.js)],
  ['app, first-visit CSS (inline)', measure(app.css)],
  ['baseline (bare React), JavaScript', measure(baseline.js)],
  ['embed page, first-visit JavaScript', measure(embed.js)],
];

console.log(
  `\n${'what'.padEnd(36)}${'files'.padStart(6)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'brotli'.padStart(11)}`,
);
for (const [name, size] of rows) {
  console.log(
    `${name.padEnd(36)}${String(size.files).padStart(6)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(11)}${kb(size.brotli).padStart(11)}`,
  );
}

// The embed page loads what the app does (plus its height reporter, which waits for the app).
const appJs = Math.max(rows[0][1].gzip, rows[3][1].gzip);
const budget = Math.floor(rows[2][1].gzip * BUDGET_FACTOR);
const verdict = appJs <= budget ? 'within budget' : 'OVER BUDGET';
console.log(
  `\nfirst-visit JavaScript, gzip -9: ${kb(appJs)} of a ${kb(budget)} budget (${BUDGET_FACTOR} × the baseline's ${kb(rows[2][1].gzip)}; ${String(Math.round(budget - appJs))} bytes to spare), ${(appJs / rows[2][1].gzip).toFixed(3)} × baseline: ${verdict}`,
);
if (appJs > budget) process.exit(1);
