// The last table of `make bench`: the key figures the four benchmarks left in
// target/bench-results/ (benches/lib/results.mjs), set against the targets of
// the performance issue. It prints figures and judges them; it asserts
// nothing (timing on shared machines is noisy: compare ratios within a run).
// Usage: node benches/summary.mjs
import { loadResult, RESULTS } from './lib/results.mjs';

const native = loadResult('native');
const node = loadResult('node');
const lts = loadResult('node-lts');
const browser = loadResult('browser');
const ext = loadResult('extension');
const fresh = loadResult('fresh-engine');

const f1 = (x) => (x == null ? '?' : x.toFixed(1));
const f2 = (x) => (x == null ? '?' : x.toFixed(2));
const times = (x) => `×${Math.round(x).toLocaleString('en-US')}`;
const missing = (...names) => `not measured (run ${names.join(', ')})`;

/** Each row: the target, what this run measured, and whether it is met (true, false, or null: not measured). */
const rows = [];
const row = (target, measured, met) => rows.push([target, measured, met]);

if (native) {
  const real = ['pt', 'fr'].map((l) => native[`real_article_${l}_mbps`]).filter((x) => x != null);
  row('native extraction ≥ 50 MB/s', `${f1(native.extract_all_mbps)} MB/s over 16 languages` + (real.length ? `; real articles ${real.map(f1).join(', ')} MB/s` : ''),
    native.extract_all_mbps >= 50);
  const r10 = native.scaling_10x_per_mb_ratio; const r100 = native.scaling_100x_per_mb_ratio;
  row('linear in the input', `time per MB at 10× and 100× the input: ×${f2(r10)}, ×${f2(r100)} of 1× (wall clock; 100× holds 200 000 claims at once)`,
    r10 <= 1.25);
} else {
  row('native extraction ≥ 50 MB/s', missing('cargo bench --bench extract'), null);
}

{
  // Judged in Chromium and under Node's current LTS when it ran (scripts/node-lts.sh),
  // else under the system's Node; the system's Node is shown either way.
  const f3 = (x) => x.toFixed(3);
  const parts = []; const ok = [];
  const nodeRow = (r, label, judged) => {
    if (!r || !r.native_same_run_mbps) return;
    const ratio = r.wasm_mbps / r.native_same_run_mbps;
    parts.push(`${label} ${r.node}: ${f1(r.wasm_mbps)} against native ${f1(r.native_same_run_mbps)} MB/s (${f3(ratio)}` +
      (r.real_article_ratios && r.real_article_ratios.length ? `; real articles ${r.real_article_ratios.map(f2).join(', ')})` : ')'));
    if (judged) ok.push(ratio >= 0.5);
  };
  const ltsRan = !!(lts && lts.native_same_run_mbps);
  nodeRow(lts, 'Node LTS', true);
  nodeRow(node, ltsRan ? 'system Node (not judged)' : 'Node', !ltsRan);
  // Chromium against native runs of the same files beside its own (older results: the native bench's).
  const nativeBeside = browser && browser.native_same_run_mbps;
  if (browser && (nativeBeside || native)) {
    const n = nativeBeside || native.extract_all_mbps;
    const r = browser.wasm_mbps / n;
    parts.push(`Chromium ${f1(browser.wasm_mbps)} against native ${f1(n)} MB/s (${f3(r)})`);
    ok.push(r >= 0.5);
  }
  row('wasm ≥ half of native', parts.length ? parts.join('; ') : missing('benches/wasm-node.mjs', 'benches/wasm-browser.mjs'),
    ok.length === 2 ? ok.every(Boolean) : null);
}

row('≥ 1000× Recognizers-Text', node && node.peer_ratio ? `${times(node.peer_ratio)} its throughput on the same texts (en, es, pt, fr, zh, ja)` : missing('benches/wasm-node.mjs with the peer installed (npm ci)'),
  node && node.peer_ratio ? node.peer_ratio >= 1000 : null);

{
  const parts = []; const all = [];
  if (native) { parts.push(`native ${f2(native.check_10000_ms)} ms`); all.push(native.check_10000_ms); }
  if (node) { parts.push(`Node ReportSet ${f2(node.reportset_check_10000_ms)} ms`); all.push(node.reportset_check_10000_ms); }
  if (browser) { parts.push(`Chromium ReportSet ${f2(browser.reportset_check_10000_ms)} ms`); all.push(browser.reportset_check_10000_ms); }
  row('check vs 10 000 reports < 10 ms', parts.length ? parts.join('; ') : missing('make bench'), all.length ? all.every((x) => x < 10) : null);
}

row('wasm module ≤ 400 KB gzip', node ? `${(node.gzip_bytes / 1000).toFixed(0)} KB gzip (${(node.raw_bytes / 1000).toFixed(0)} KB raw)` : missing('benches/wasm-node.mjs'),
  node ? node.gzip_bytes <= 400_000 : null);

{
  const parts = []; const ok = [];
  if (node) { parts.push(`Node compile ${f1(node.compile_ms)} + instantiate ${f2(node.instantiate_ms)} ms`); ok.push(node.compile_ms + node.instantiate_ms <= 20); }
  if (browser) {
    // Judged as Node's is: compile from the bytes, then instantiate. compileStreaming times the
    // local HTTP fetch of the module too (shown, not judged: a network's time is not the module's).
    parts.push(`Chromium compile ${f1(browser.compile_ms)} + instantiate ${f2(browser.instantiate_ms)} ms (compileStreaming, the fetch included, ${f1(browser.compile_streaming_ms)} ms)`);
    ok.push(browser.compile_ms + browser.instantiate_ms <= 20);
  }
  row('instantiation ≤ 20 ms', parts.length ? parts.join('; ') : missing('make bench'), ok.length === 2 ? ok.every(Boolean) : null);
}

if (ext) {
  row('extension ≤ 50 ms to marks (100 KB page)',
    `median ${f1(ext.median_ms)} ms over ${ext.loads} loads (best ${f1(ext.best_ms)}), the page's own rendering ${f1(ext.page_rendering_median_ms)} ms of it` +
    (ext.own_median_ms != null ? ` (figcheck's own steps ${f1(ext.own_median_ms)} ms)` : '') + '; ' +
    `worker stopped ${f1(ext.cold_ms)} ms, and on a page taking 0.5 s to load ${f1(ext.slow_ms)} ms`, ext.median_ms <= 50);
  // Judged on figcheck's own: the long tasks holding one of its slices, and its longest slice. The
  // page's own long tasks in the same time (its first layout, on a cold load) are shown beside them.
  row('no main-thread task > 50 ms', `${ext.long_tasks_figcheck} long tasks holding figcheck's work; its longest slice ${f1(ext.longest_slice_ms)} ms; ` +
    `the page's own long tasks meanwhile ${ext.long_tasks_page} (most in one load)` +
    (ext.long_task_control_ms ? '' : ' (the long-task observer control failed: not reliable)'), ext.long_tasks_figcheck === 0 && ext.longest_slice_ms <= 50 && !!ext.long_task_control_ms);
} else {
  row('extension ≤ 50 ms to marks (100 KB page)', missing('benches/extension-page.mjs'), null);
}
// Shown, not judged: the first page after the browser stopped the idle worker (MV3: 30 s).
if (ext || fresh) {
  const parts = [];
  if (ext) parts.push(`extension ${f1(ext.cold_ms)} ms to marks` + (ext.stopped_worker_message_ms != null ? ` (a bare message to a stopped worker and back: ${f1(ext.stopped_worker_message_ms)} ms)` : ''));
  if (fresh) parts.push(`fresh engine under Node ${fresh.node}: lexicon index + report set + first check ${f1(fresh.first_ms)} ms, ${f1(fresh.first_baseline_ms)} ms with V8's baseline compiler alone; its optimizing compiler's background work ${f1(fresh.background_compile_cpu_ms)} ms of CPU`);
  row('a stopped worker (shown, not a target)', parts.join('; '), 'info');
}

const dates = [native && native.machine, ...[node, lts, browser, ext, fresh].filter(Boolean).map((r) => r.measured)].filter(Boolean);
console.log(`\nfigcheck against the performance targets (figures of this make bench, from ${RESULTS})`);
if (native && native.quick) console.log('note: the native figures are from a --quick run');
if (dates.length) console.log(`measured: ${dates.join('; ')}`);
const w0 = Math.max(...rows.map((r) => r[0].length));
for (const [target, measured, met] of rows) {
  console.log(`${target.padEnd(w0)}  ${met === 'info' ? '   ' : met === null ? '—  ' : met ? 'met' : 'NOT'}  ${measured}`);
}
