import { readFileSync, readdirSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { build } from 'vite';
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { sourcemap: true, outDir: '/tmp/scratch/sm', emptyOutDir: true } });
const dir = '/tmp/scratch/sm/assets';
const totals = new Map();
for (const f of readdirSync(dir).filter((f) => /^(start|main|plan-limits|guide|dates|translate|saved-shape)-.*\.js$/.test(f))) {
  const code = readFileSync(`${dir}/${f}`, 'utf8').split('\n');
  const map = new TraceMap(readFileSync(`${dir}/${f}.map`, 'utf8'));
  let prev = null;
  const flush = (end) => { if (!prev) return; const len = prev.line === end.line ? end.col - prev.col : (code[prev.line - 1].length - prev.col); const k = prev.source ?? '(none)'; totals.set(k, (totals.get(k) ?? 0) + Math.max(0, len)); };
  eachMapping(map, (m) => { const cur = { line: m.generatedLine, col: m.generatedColumn, source: m.source }; flush(cur); prev = cur; });
}
const rows = [...totals.entries()].filter(([k]) => !k.includes('node_modules')).sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows.slice(0, 40)) console.log(String(v).padStart(7), k.replace(/^.*\/src\//, 'src/'));
console.log('node_modules total', [...totals.entries()].filter(([k]) => k.includes('node_modules')).reduce((a, [, v]) => a + v, 0));
