// npm run size: builds the app and the bare React baseline with the same Vite and settings, prints the JavaScript
// and CSS a first visit loads, file by file (gzip -9 and brotli, each file on its own, the way files travel; what is
// inline in the page counts as what it adds to the compressed page), and
// fails when the app's JavaScript is over budget: at most 1.25 times the baseline's, gzipped, measured in this same
// run. Each file is named by its chunk and compared with scripts/size-record.json, so a run over budget says which
// chunk grew; `npm run size -- --record` writes the figures of this run there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_FACTOR = 1.25;
const RECORD = 'scripts/size-record.json';

/**
 * What a first visit imports on its own, after the first paint (`src/main.ts` starts the app): the chunk named
 * `start` (vite.config.ts puts `src/start.tsx` and all it imports statically in it).
 */
const FIRST_VISIT_CHUNKS = ['start'];

/** A built file's name without its content hash: `assets/start-B4Er9F7M.js` is `start.js`. */
const chunkName = (file) => file.replace(/^.*\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1');

/**
 * The files a first visit to `page` loads, from the page's module script and Vite's manifest: that script, its
 * static imports, and the app it starts after the first paint with its static imports and workers; not what loads
 * later (validation, the result). Plus the page's inline scripts and styles. (With two pages sharing one entry
 * script, the manifest marks no page as an entry, so the page itself says which script it runs.)
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
  const inline = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match, index) => ({
      name: `${page} <${tag}>${index === 0 ? '' : ` ${String(index + 1)}`}`,
      bytes: Buffer.from(match[1], 'utf8'),
      // It travels inside the page, compressed with it: what it costs is how much it makes the page grow.
      page: { with: Buffer.from(html, 'utf8'), without: Buffer.from(html.replace(match[0], ''), 'utf8') },
    }));
  const linked = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((match) => match[1]);
  const read = (file) => ({ name: chunkName(file), bytes: readFileSync(join(distDir, file)) });
  return {
    js: [...inline('script'), ...[...files].filter((file) => file.endsWith('.js')).map(read)],
    css: [...inline('style'), ...linked.map(read)],
  };
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function measure(file) {
  const { page } = file;
  return {
    name: file.name,
    raw: file.bytes.length,
    gzip: page ? gzip(page.with) - gzip(page.without) : gzip(file.bytes),
    brotli: page ? brotli(page.with) - brotli(page.without) : brotli(file.bytes),
  };
}

const total = (sizes) => ({
  files: sizes.length,
  raw: sizes.reduce((sum, size) => sum + size.raw, 0),
  gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
});

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (bytes) => (bytes > 0 ? `+${String(bytes)}` : String(bytes));

await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { manifest: true } });
await build({ configFile: 'bench/baseline/vite.config.ts', logLevel: 'warn', build: { manifest: true } });

const app = firstVisitFiles('dist', 'index.html', { startsApp: true });
const embed = firstVisitFiles('dist', 'embed.html', { startsApp: true });
const baseline = firstVisitFiles('bench/baseline/dist');
const appFiles = app.js.map(measure);
const embedFiles = embed.js.map(measure);
const rows = [
  ['app, first-visit JavaScript', total(appFiles)],
  ['app, first-visit CSS (inline)', total(app.css.map(measure))],
  ['baseline (bare React), JavaScript', total(baseline.js.map(measure))],
  ['embed page, first-visit JavaScript', total(embedFiles)],
];

console.log(
  `\n${'what'.padEnd(36)}${'files'.padStart(6)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'brotli'.padStart(11)}`,
);
for (const [name, size] of rows) {
  console.log(
    `${name.padEnd(36)}${String(size.files).padStart(6)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(11)}${kb(size.brotli).padStart(11)}`,
  );
}

// Each file of the first visit, against the record: the chunk that grew is named here.
let record = {};
try {
  record = JSON.parse(readFileSync(RECORD, 'utf8'));
} catch {
  // No record yet: every file is new.
}
const byName = new Map([...appFiles, ...embedFiles].map((size) => [size.name, size]));
const changes = [...byName.values()].map((size) => ({ ...size, change: size.gzip - (record[size.name] ?? 0) }));
console.log(`\n${'first-visit file'.padEnd(36)}${'gzip -9'.padStart(9)}${'since record'.padStart(14)}`);
for (const size of changes) {
  const since = size.name in record ? signed(size.change) : 'new';
  console.log(`${size.name.padEnd(36)}${String(size.gzip).padStart(9)}${since.padStart(14)}`);
}
for (const name of Object.keys(record).filter((name) => !byName.has(name)))
  console.log(`${name.padEnd(36)}${'gone'.padStart(9)}${signed(-record[name]).padStart(14)}`);

// The embed page loads what the app does (plus its height reporter, which waits for the app).
const appJs = Math.max(rows[0][1].gzip, rows[3][1].gzip);
const budget = Math.floor(rows[2][1].gzip * BUDGET_FACTOR);
const verdict = appJs <= budget ? 'within budget' : 'OVER BUDGET';
console.log(
  `\nfirst-visit JavaScript, gzip -9 file by file: ${kb(appJs)} of a ${kb(budget)} budget (${BUDGET_FACTOR} × the baseline's ${kb(rows[2][1].gzip)}; ${String(budget - appJs)} bytes to spare), ${(appJs / rows[2][1].gzip).toFixed(3)} × baseline: ${verdict}`,
);
if (process.argv.includes('--record')) {
  writeFileSync(
    RECORD,
    `${JSON.stringify(Object.fromEntries([...byName].map(([name, size]) => [name, size.gzip])), null, 2)}\n`,
  );
  console.log(`Wrote ${RECORD}.`);
}
if (appJs > budget) {
  const grew = changes.filter((size) => size.change > 0).sort((a, b) => b.change - a.change);
  console.log(
    grew.length === 0
      ? 'No file grew since the record: the baseline shrank, or the record is out of date.'
      : `Grew since ${RECORD}: ${grew.map((size) => `${size.name} ${signed(size.change)} bytes`).join(', ')}.`,
  );
  process.exit(1);
}
