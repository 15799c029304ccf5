// A fresh engine, as in a background worker the browser had stopped (MV3
// stops it after 30 s idle): each run is a new Node process that loads the
// wasm package, builds the lexicon index, indexes a saved report and checks a
// 100 KB page against it twice, then idles 3 s. It prints where the time went
// and how much CPU the process used: during those calls, and in all, counting
// the optimizing compiler's background work that the first calls set off.
// The same runs with V8's baseline compiler alone (--liftoff-only) show what
// that background work costs the calls themselves on a 2-core machine, and
// with one background thread (--v8-pool-size=1) how much of that is threads
// outnumbering the cores.
//
//   node benches/fresh-engine.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { saveResult } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const IDLE_MS = 3000;
const PAGE_BYTES = 100_000;

if (process.argv[2] === '--child') {
  // One fresh engine: the steps of a stopped worker's first check.
  const corpus = readFileSync(path.join(root, 'target', 'bench-corpus', 'pt.txt'), 'utf8');
  const page = corpus.slice(0, PAGE_BYTES);
  // The saved report's claims, as storage would give them: made by the parent
  // process, so that no extraction runs here before the page's check.
  const claims = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const bytes = readFileSync(path.join(root, 'pkg', 'figcheck_bg.wasm'));
  const mod = await import(path.join(root, 'pkg', 'figcheck.js'));
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const c0 = cpu();
  const out = {};
  const step = (name, f) => { const t = performance.now(); const r = f(); out[name] = performance.now() - t; return r; };
  step('load', () => mod.initSync({ module: new WebAssembly.Module(bytes) }));
  step('index', () => mod.extract('1', { lang: 'en' }));
  const set = step('set', () => new mod.ReportSet([{ name: 'saved', claims }]));
  const first = step('check', () => set.checkText(page, { lang: 'pt', page_name: 'page' }));
  out.cpuCalls = cpu() - c0;
  out.claims = first.claims;
  first.free();
  step('check2', () => set.checkText(page, { lang: 'pt', page_name: 'page' }).free());
  await new Promise((r) => setTimeout(r, IDLE_MS));
  out.cpuAll = cpu() - c0;
  console.log(JSON.stringify(out));
  process.exit(0);
}

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 5) : 5;
if (!existsSync(path.join(root, 'target', 'bench-corpus', 'pt.txt')) || !existsSync(path.join(root, 'pkg', 'figcheck_bg.wasm'))) {
  console.log('fresh engine: skipped (run cargo bench --bench extract and make wasm first)');
  process.exit(0);
}
const median = (a) => { const s = a.slice().sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
// The saved report: the 100 KB after the page, read by this process's engine.
const mod = await import(path.join(root, 'pkg', 'figcheck.js'));
mod.initSync({ module: new WebAssembly.Module(readFileSync(path.join(root, 'pkg', 'figcheck_bg.wasm'))) });
const reportText = readFileSync(path.join(root, 'target', 'bench-corpus', 'pt.txt'), 'utf8').slice(PAGE_BYTES, 2 * PAGE_BYTES);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'figcheck-fresh-'));
const claimsFile = path.join(tmp, 'report-claims.json');
writeFileSync(claimsFile, JSON.stringify(mod.extract(reportText, { lang: 'pt', quotes: true })));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
/** One fresh engine in a new process, with these V8 flags. */
function run(flags) {
  const r = spawnSync(process.execPath, [...flags, self, '--child', claimsFile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fresh engine run failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
// In turn, so that a slow spell of the host falls on both.
const both = { default: [], baseline: [], onePool: [] };
for (let i = 0; i < RUNS; i += 1) {
  both.default.push(run([]));
  both.baseline.push(run(['--liftoff-only']));
  both.onePool.push(run(['--v8-pool-size=1']));
}
const med = (list) => Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((g) => g[k]))]));
const d = med(both.default);
const b = med(both.baseline);
const o = med(both.onePool);
console.log(`\na fresh engine (a stopped worker's first check), Node ${process.version}, median of ${RUNS} processes each; load ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);
console.log(`page: ${PAGE_BYTES / 1000} KB of the generated Portuguese corpus (${d.claims} claims), against a saved report of the next ${PAGE_BYTES / 1000} KB`);
const rows = [
  ['load the module (compile + instantiate)', 'load'],
  ['first call: the lexicon index built', 'index'],
  ['the saved report indexed (ReportSet)', 'set'],
  ['first check of the page', 'check'],
  ['second check of the page', 'check2'],
  ['CPU of the process during them (all threads)', 'cpuCalls'],
  [`CPU in all, ${IDLE_MS / 1000} s idle after them included`, 'cpuAll'],
];
console.log(`${'ms'.padEnd(48)} ${'V8 default'.padStart(12)} ${'baseline only'.padStart(14)} ${'1 bg thread'.padStart(12)}`);
for (const [label, k] of rows) console.log(`${label.padEnd(48)} ${d[k].toFixed(1).padStart(12)} ${b[k].toFixed(1).padStart(14)} ${o[k].toFixed(1).padStart(12)}`);
const firstDefault = d.index + d.set + d.check;
const firstBaseline = b.index + b.set + b.check;
console.log(`index + set + first check: ${firstDefault.toFixed(1)} ms by default, ${firstBaseline.toFixed(1)} ms with the baseline compiler alone; ` +
  `the optimizing compiler's background work: ${(d.cpuAll - b.cpuAll).toFixed(0)} ms of CPU; ` +
  `with one background thread (--v8-pool-size=1, not Node's 4 on ${os.availableParallelism()} cores) ${(o.index + o.set + o.check).toFixed(1)} ms`);
saveResult('fresh-engine', { node: process.version, runs: RUNS, default: d, baseline: b, one_thread: o, first_ms: firstDefault, first_baseline_ms: firstBaseline,
  first_one_thread_ms: o.index + o.set + o.check,
  background_compile_cpu_ms: d.cpuAll - b.cpuAll });
