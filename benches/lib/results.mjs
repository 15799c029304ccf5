// Each benchmark of `make bench` leaves its key figures in
// target/bench-results/<name>.json, and `make bench` keeps the table it printed
// in <name>.txt; benches/summary.mjs prints the key figures as one table
// against the performance targets and writes docs/benchmarks.md from both.
// Plain ES module, Node only.
import { mkdirSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'bench-results');

/** Writes `figures` (plain numbers and strings) as `name`'s results, with the time they were measured. */
export function saveResult(name, figures) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify({ measured: new Date().toISOString(), ...figures }, null, 1) + '\n');
}

/** `name`'s results, or null when that benchmark has not run. */
export function loadResult(name) {
  const f = path.join(RESULTS, `${name}.json`);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
}

/** The table `name` printed in the last `make bench` (its standard output), or null. */
export function loadTable(name) {
  const f = path.join(RESULTS, `${name}.txt`);
  return existsSync(f) ? readFileSync(f, 'utf8') : null;
}

/** When `name`'s results were written (a Date), or null when it has not run. */
export function resultTime(name) {
  const f = path.join(RESULTS, `${name}.json`);
  return existsSync(f) ? statSync(f).mtime : null;
}
