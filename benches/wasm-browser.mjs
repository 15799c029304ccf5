// The wasm benchmark in headless Chromium: module size, compile + instantiate
// (WebAssembly.compileStreaming / instantiateStreaming from a fetch, compile from the bytes, and
// wasm-bindgen's own init path), extraction throughput per language over the
// generated corpus, and memory after the whole corpus. The same table as
// benches/wasm-node.mjs, measured inside a page: the repository root is served
// on 127.0.0.1 (random port) and the benchmark runs in benches/browser/index.html;
// the rows are printed from Node. It prints figures and asserts no timing.
// Usage: node benches/wasm-browser.mjs [--quick]     (make bench runs it)
//   --quick: one run of each measure, the first ~100 KB of each language.
import { checkTable } from './lib/check-rows.mjs';
import { machineLine } from './lib/machine.mjs';
import { saveResult } from './lib/results.mjs';
import { nativeRunner, alternate } from './lib/native.mjs';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const corpusDir = path.join(root, 'target', 'bench-corpus');
const wasmPath = path.join(root, 'pkg', 'figcheck_bg.wasm');

if (!fs.existsSync(wasmPath) || !fs.existsSync(path.join(root, 'pkg', 'figcheck.js'))) {
  console.error('wasm-browser: pkg/figcheck_bg.wasm is missing: run `make wasm` (or `make build`) first');
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(`wasm-browser: no Chromium at ${CHROMIUM}: run scripts/setup.sh test`);
  process.exit(2);
}
if (!fs.existsSync(path.join(corpusDir, 'en.txt'))) {
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'gencorpus', '--', corpusDir], { cwd: root, stdio: 'inherit' });
}
const bytes = fs.readFileSync(wasmPath);
const gz = gzipSync(bytes, { level: 9 }).length;
const langs = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

// ---------------------------------------------------------------- server
// The repository root, read-only, no caching (every fetch of the module is a cold compile).
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/favicon.ico') { res.writeHead(204); return res.end(); }
  const file = path.join(root, path.normalize(decodeURIComponent(u.pathname)).replace(/^([/\\])+/, ''));
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- browser
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
let out;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error(`page ${m.type()}: ${m.text()}`); });
  await page.goto(`${origin}/benches/browser/index.html`);
  out = await page.evaluate(async ({ langs, quick }) => {
    const now = () => performance.now();
    const runs = quick ? 1 : 5;
    const wasmUrl = '/pkg/figcheck_bg.wasm';
    const r = { runs };

    // wasm-bindgen's init path, as an app would: import the glue, then init() fetches,
    // compiles and instantiates the module (instantiateStreaming inside). A fresh copy of
    // the glue for each run (the glue initializes once).
    let mod; let wasm;
    r.importMs = Infinity; r.initMs = Infinity;
    for (let i = 0; i < runs; i += 1) {
      const t0 = now();
      const m = await import(`/pkg/figcheck.js?run=${i}`);
      const t1 = now();
      const w = await m.default({ module_or_path: wasmUrl });
      const t2 = now();
      r.importMs = Math.min(r.importMs, t1 - t0); r.initMs = Math.min(r.initMs, t2 - t1);
      mod = m; wasm = w;
    }
    // The bare WebAssembly API on a fetch: compile alone, compile + instantiate, and
    // instantiate alone from the compiled module (imports stubbed: nothing is called).
    r.compileMs = Infinity; let compiled;
    for (let i = 0; i < runs; i += 1) {
      const t0 = now();
      compiled = await WebAssembly.compileStreaming(fetch(wasmUrl));
      r.compileMs = Math.min(r.compileMs, now() - t0);
    }
    // Compile alone, from the module's bytes already in memory: compileStreaming above also
    // times the fetch of 800 KB over the local HTTP server (7-13 ms of it in a trial).
    r.compileBytesMs = Infinity;
    for (let i = 0; i < runs; i += 1) {
      const bytes = await (await fetch(wasmUrl)).arrayBuffer();
      const t0 = now();
      await WebAssembly.compile(bytes);
      r.compileBytesMs = Math.min(r.compileBytesMs, now() - t0);
    }
    const imports = {};
    for (const imp of WebAssembly.Module.imports(compiled)) {
      if (imp.kind !== 'function') throw new Error(`unexpected import kind ${imp.kind} (${imp.module}.${imp.name})`);
      (imports[imp.module] ||= {})[imp.name] = () => { throw new Error(`stub import ${imp.name} called`); };
    }
    r.instStreamMs = Infinity;
    for (let i = 0; i < runs; i += 1) {
      const t0 = now();
      await WebAssembly.instantiateStreaming(fetch(wasmUrl), imports);
      r.instStreamMs = Math.min(r.instStreamMs, now() - t0);
    }
    const reps = 20; const t0 = now();
    for (let i = 0; i < reps; i += 1) await WebAssembly.instantiate(compiled, imports);
    r.instOnlyMs = (now() - t0) / reps;

    // Extraction over the generated corpus (fetched first, not timed). --quick keeps the
    // first ~100 KB (UTF-8) of each language, cut at a line end.
    const enc = new TextEncoder();
    const texts = {};
    for (const lang of langs) {
      let text = await (await fetch(`/target/bench-corpus/${lang}.txt`)).text();
      if (quick) {
        const cut = Math.round(100_000 * text.length / enc.encode(text).length);
        const nl = text.indexOf('\n', cut);
        if (cut < text.length && nl > 0) text = text.slice(0, nl + 1);
      }
      texts[lang] = text;
    }
    // Warm-up: V8 runs wasm first as baseline (Liftoff) code and optimizes the hot
    // functions in the background; 20 KB of each language first, so that the rows
    // measure the optimized engine, as a page that has been extracting for a while would.
    const w0 = now();
    for (const lang of langs) mod.extract(texts[lang].slice(0, 20_000), { lang });
    r.warmupMs = now() - w0;
    // Each language's row is timed below (`pageRuns`), called from Node in
    // turn with native runs of the same file.
    window.__bench = { mod, texts, enc, now };
    // check: one page against 100, 1 000 and 10 000 stored reports (the module Node's bench uses too).
    const { checkRows } = await import('/benches/lib/check-rows.mjs');
    r.check = checkRows(mod, texts, quick);
    window.__bench.wasm = wasm;
    r.version = mod.version();
    return r;
  }, { langs, quick });
  // Extraction, file by file: one run in the page and one native run of the
  // same file in turn, so that a slow spell of the machine falls on both
  // sides of the ratio.
  let native = null;
  try { native = nativeRunner(root); } catch (e) { console.error(`native column skipped: ${e.message}`); }
  out.rows = [];
  for (const lang of langs) {
    const runs = quick ? 1 : 10; // best of 10, as the native table
    // One run in the page, timed there: [ms, { bytes, claims }].
    const pageOnce = () => page.evaluate((lang) => {
      const { mod, texts, enc, now } = window.__bench;
      const text = texts[lang];
      const s = now();
      const c = mod.extract(text, { lang });
      const ms = now() - s;
      return [ms, { bytes: enc.encode(text).length, claims: c.length }];
    }, lang);
    // --quick reads ~100 KB of each language in the page; native reads whole files: no ratio then.
    const nativeOnce = () => (native && !quick ? native.once(path.join(corpusDir, `${lang}.txt`), lang) : NaN);
    const { wasm: ms, native: nms, result } = await alternate(runs, pageOnce, nativeOnce);
    out.rows.push({ lang, ...result, ms, native: result.bytes / 1e3 / nms });
  }
  native?.close();
  Object.assign(out, await page.evaluate(() => ({
    wasmMemory: window.__bench.wasm.memory.buffer.byteLength,
    jsHeap: performance.memory ? performance.memory.usedJSHeapSize : null,
    jsHeapTotal: performance.memory ? performance.memory.totalJSHeapSize : null,
  })));
  out.browser = browser.version();
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}

// ---------------------------------------------------------------- table
const row = (name, b, ms, extra = '') =>
  console.log(`${name.padEnd(30)} ${String(b).padStart(10)} ${ms.toFixed(2).padStart(10)} ${(b / 1e3 / ms).toFixed(1).padStart(10)} ${extra}`);
const best = out.runs > 1 ? `best of ${out.runs}` : '1 run';
console.log(`figcheck ${out.version} wasm benchmark in headless Chromium ${out.browser}${quick ? ' (--quick: ~100 KB per language)' : ''}`);
console.log(machineLine());
console.log(`module: ${bytes.length} bytes raw, ${gz} bytes gzip (${best}, served from 127.0.0.1, no cache)`);
console.log(`  wasm-bindgen init (fetch+compile+instantiate) ${out.initMs.toFixed(1)} ms, glue import ${out.importMs.toFixed(1)} ms`);
console.log(`  compileStreaming ${out.compileMs.toFixed(1)} ms (the fetch included), instantiateStreaming ${out.instStreamMs.toFixed(1)} ms, compile from bytes ${out.compileBytesMs.toFixed(1)} ms, instantiate from compiled module ${out.instOnlyMs.toFixed(2)} ms`);
console.log(`extraction ${out.runs > 1 ? 'best of 10' : '1 run'}, after a warm-up on 20 KB of each language (${out.warmupMs.toFixed(0)} ms, first calls included)`);
console.log(`${'input'.padEnd(30)} ${'bytes'.padStart(10)} ${'ms'.padStart(10)} ${'MB/s'.padStart(10)} claims; native MB/s, same file, run beside it`);
let tb = 0; let tt = 0; let tc = 0; let nt = 0;
for (const r of out.rows) {
  row(`browser extract ${r.lang}`, r.bytes, r.ms, `${r.claims}; ${Number.isNaN(r.native) ? '' : r.native.toFixed(1)}`);
  tb += r.bytes; tt += r.ms; tc += r.claims; nt += r.bytes / 1e3 / r.native;
}
row('browser extract all', tb, tt, String(tc));
const nativeMbps = Number.isNaN(nt) ? null : tb / 1e3 / nt;
if (nativeMbps) console.log(`native, same files, each beside the page's runs: ${nativeMbps.toFixed(1)} MB/s; wasm/native ${(tb / 1e3 / tt / nativeMbps).toFixed(2)}`);
const mb = (n) => (n / 1e6).toFixed(1);
console.log(`memory after the whole corpus: wasm linear memory ${mb(out.wasmMemory)} MB` +
  (out.jsHeap !== null ? `, JS heap used ${mb(out.jsHeap)} MB (of ${mb(out.jsHeapTotal)} MB)` : ', JS heap: performance.memory not available'));
console.log(['', ...checkTable(out.check)].join('\n'));
// The key figures, for the summary table (benches/summary.mjs).
saveResult('browser', { chromium: out.browser, quick, wasm_mbps: tb / 1e3 / tt, native_same_run_mbps: nativeMbps, compile_streaming_ms: out.compileMs, compile_ms: out.compileBytesMs, instantiate_ms: out.instOnlyMs,
  init_ms: out.initMs, reportset_check_10000_ms: out.check.rows.find((r) => r.n === 10_000).keptMs });
