// Each benchmark of `make bench` leaves its key figures in
// target/bench-results/<name>.json; benches/summary.mjs prints them as one
// table against the performance targets. Plain ES module, Node only.
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
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
