// Prints the median of each benchmark in a `vitest bench --outputJson` file, beside the target from the issue.
// A benchmark prints; it never fails on wall time (machines here are noisy).
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/print-bench.mjs <vitest-bench-output.json>');
  process.exit(2);
}

/** Targets on the development machine, by the start of the benchmark's name. */
const TARGETS = [
  ['recommend (two-year timeline', 50e-3],
  ['recommend', 5e-3],
  ['buildPlan, 52 weeks', 50e-3],
  ['exhaustive walk', 100],
];

function format(milliseconds) {
  if (milliseconds < 1) return `${(milliseconds * 1000).toFixed(2)} µs`;
  return `${milliseconds.toFixed(1)} ms`;
}

const report = JSON.parse(readFileSync(file, 'utf8'));
const rows = report.files.flatMap((entry) => entry.groups.flatMap((group) => group.benchmarks));
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`\n${'benchmark'.padEnd(width)}  median      target      samples`);
for (const row of rows) {
  const target = TARGETS.find(([prefix]) => row.name.startsWith(prefix))?.[1];
  const verdict = target === undefined ? '' : row.median <= target ? '' : '  (over target)';
  console.log(
    `${row.name.padEnd(width)}  ${format(row.median).padEnd(10)}  ${(target === undefined ? '–' : `< ${format(target)}`).padEnd(10)}  ${String(row.sampleCount).padStart(7)}${verdict}`,
  );
}
console.log(`\nnode ${process.version}, ${process.platform} ${process.arch}`);
