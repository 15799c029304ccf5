// The wasm benchmark under Node: module size, instantiation, extraction
// throughput per language, memory after the whole corpus, and a side-by-side
// run of Microsoft Recognizers-Text (number + number-with-unit, the npm
// packages) on the same texts of its languages, in the same process.
// Usage: node benches/wasm-node.mjs [--quick] [--as NAME]     (make bench runs it, under the
// system's Node and, by scripts/node-lts.sh, under Node's current LTS)
import { checkRows, checkTable } from './lib/check-rows.mjs';
import { machineLine } from './lib/machine.mjs';
import { saveResult } from './lib/results.mjs';
import { nativeRunner, alternate } from './lib/native.mjs';
import { readFileSync, existsSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
// `--as NAME`: the name its figures are saved under (scripts/node-lts.sh runs it as node-lts).
const asAt = process.argv.indexOf('--as');
const saveAs = asAt > 0 ? process.argv[asAt + 1] : 'node';
const RUNS = quick ? 2 : 10; // runs per input, wasm and native alike (the best is kept)
const corpusDir = path.join(root, 'target', 'bench-corpus');
if (!existsSync(path.join(corpusDir, 'en.txt'))) {
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'gencorpus', '--', corpusDir], { cwd: root, stdio: 'inherit' });
}
const wasmPath = path.join(root, 'pkg', 'figcheck_bg.wasm');
const bytes = readFileSync(wasmPath);
const gz = gzipSync(bytes, { level: 9 }).length;

const t0 = performance.now();
const mod = await import(path.join(root, 'pkg', 'figcheck.js'));
await mod.default({ module_or_path: bytes });
const instMs = performance.now() - t0;
// Instantiation alone, from an already compiled module.
const tc0 = performance.now();
const compiled = await WebAssembly.compile(bytes);
const compileMs = performance.now() - tc0;
const reps = 20;
let instTotal = 0;
for (let i = 0; i < reps; i++) {
  // A fresh copy of the glue (its own module instance) for each instantiation.
  const fresh = await import(`${pathToFileURL(path.join(root, 'pkg', 'figcheck.js')).href}?instance=${i}`);
  const s = performance.now();
  fresh.initSync({ module: compiled });
  instTotal += performance.now() - s;
}
const instOnly = instTotal / reps;
// The first call builds the lexicons' index (once per instance).
const t2 = performance.now();
mod.extract('1', { lang: 'en' });
const firstCall = performance.now() - t2;

const best = (runs, f) => {
  let b = Infinity, r;
  for (let i = 0; i < runs; i++) { const s = performance.now(); r = f(); b = Math.min(b, performance.now() - s); }
  return [b, r];
};
const row = (name, bytes, ms, extra = '') =>
  console.log(`${name.padEnd(30)} ${String(bytes).padStart(10)} ${ms.toFixed(2).padStart(10)} ${(bytes / 1e3 / ms).toFixed(1).padStart(10)} ${extra}`);

console.log(`figcheck wasm benchmark under Node ${process.version} (best of ${RUNS} runs per input, the native column likewise)`);
console.log(machineLine());
console.log(`module: ${bytes.length} bytes raw, ${gz} bytes gzip; glue import+compile+instantiate ${instMs.toFixed(1)} ms (compile alone ${compileMs.toFixed(1)} ms, instantiate alone ${instOnly.toFixed(2)} ms); first call (builds the lexicon index) ${firstCall.toFixed(1)} ms`);
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
// V8 first runs wasm from its baseline compiler and optimises hot functions
// in the background: a warm-up over 20 KB of each language first, timed apart.
{
  const w0 = performance.now();
  for (const f of files) mod.extract(readFileSync(path.join(corpusDir, f), 'utf8').slice(0, 20_000), { lang: f.replace('.txt', '') });
  console.log(`warm-up on 20 KB of each language: ${(performance.now() - w0).toFixed(1)} ms (first calls included)`);
}
console.log(`${'input'.padEnd(30)} ${'bytes'.padStart(10)} ${'ms'.padStart(10)} ${'MB/s'.padStart(10)} claims; native MB/s, same file, run beside it`);
let tb = 0, tt = 0, tc = 0, nt = 0;
const texts = {};
// Native on the same files, one run of each side in turn (a separate
// process, one core): a slow spell of the machine falls on both sides of the
// ratio, not on one.
let native = null;
try { native = nativeRunner(root); } catch (e) { console.log(`native column skipped: ${e.message}`); }
for (const f of files) {
  const lang = f.replace('.txt', '');
  const text = readFileSync(path.join(corpusDir, f), 'utf8');
  texts[lang] = text;
  const b = Buffer.byteLength(text);
  // As many runs on both sides (best of 10): the best of more runs is the
  // luckier on a noisy machine.
  const wasmOnce = () => { const s = performance.now(); const c = mod.extract(text, { lang }); return [performance.now() - s, c]; };
  const nativeOnce = () => (native ? native.once(path.join(corpusDir, f), lang) : NaN);
  const { wasm: ms, native: nms, result: claims } = await alternate(RUNS, wasmOnce, nativeOnce);
  const nmbps = b / 1e3 / nms;
  row(`wasm extract ${lang}`, b, ms, `${claims.length}; ${Number.isNaN(nmbps) ? '' : nmbps.toFixed(1)}`);
  tb += b; tt += ms; tc += claims.length; nt += b / 1e3 / nmbps;
}
row('wasm extract all', tb, tt, String(tc));
// The key figures, for the summary table (benches/summary.mjs).
const results = { node: process.version, runs: RUNS, quick, wasm_mbps: tb / 1e3 / tt, raw_bytes: bytes.length, gzip_bytes: gz,
  compile_ms: compileMs, instantiate_ms: instOnly, first_call_ms: firstCall, real_article_ratios: [] };
if (native) {
  console.log(`native, same files, each beside the wasm's runs: ${(tb / 1e3 / nt).toFixed(1)} MB/s; wasm/native ${(tb / 1e3 / tt / (tb / 1e3 / nt)).toFixed(2)}`);
  results.native_same_run_mbps = tb / 1e3 / nt;
}
// Real articles (the shared corpus, when it sits beside the project), repeated
// to 10 MB as in the native table: about one figure per 300 bytes, as news
// has (the generated corpus has one per 46 bytes, each a JS object to build).
try {
  const dir = path.join(root, '..', 'shared', 'corpus');
  for (const [name, lang] of [['story-colossus.pt.txt', 'pt'], ['story-colossus.fr.txt', 'fr']]) {
    if (!existsSync(path.join(dir, name))) continue;
    const article = readFileSync(path.join(dir, name), 'utf8');
    const text = article.repeat(Math.floor(10_000_000 / Buffer.byteLength(article)));
    const file = path.join(os.tmpdir(), `figcheck-bench-${process.pid}-${lang}.txt`);
    writeFileSync(file, text);
    try {
      const b = Buffer.byteLength(text);
      // 10 MB a run: fewer runs than above, the same on both sides.
      const runs = quick ? 1 : 5;
      if (!native) throw new Error('no native column');
      const wasmOnce = () => { const s = performance.now(); const c = mod.extract(text, { lang }); return [performance.now() - s, c]; };
      const { wasm: ms, native: nms, result: claims } = await alternate(runs, wasmOnce, () => native.once(file, lang));
      const nmbps = b / 1e3 / nms;
      row(`wasm real article ${lang}`, b, ms, `${claims.length}; native ${nmbps.toFixed(1)} MB/s, wasm/native ${(b / 1e3 / ms / nmbps).toFixed(2)}`);
      results.real_article_ratios.push(b / 1e3 / ms / nmbps);
    } finally { rmSync(file, { force: true }); }
  }
} catch (e) {
  console.log(`real articles skipped: ${e.message}`);
}
native?.close();
const mem = mod.__wasm ? mod.__wasm.memory.buffer.byteLength : null;
console.log(`memory after the whole corpus: rss ${(process.memoryUsage().rss / 1e6).toFixed(1)} MB` + (mem ? `, wasm linear memory ${(mem / 1e6).toFixed(1)} MB` : ''));

// check: one page against 100, 1 000 and 10 000 stored reports (benches/lib/check-rows.mjs).
const checks = checkRows(mod, texts, quick);
console.log(['', ...checkTable(checks)].join('\n'));
results.reportset_check_10000_ms = checks.rows.find((r) => r.n === 10_000).keptMs;
results.check_plain_10000_ms = checks.rows.find((r) => r.n === 10_000).plainMs;
saveResult(saveAs, results);

// The peer, on the same texts of its languages.
const require = createRequire(import.meta.url);
let N, U;
try {
  N = require('@microsoft/recognizers-text-number');
  U = require('@microsoft/recognizers-text-number-with-unit');
} catch {
  console.log('peer: @microsoft/recognizers-text-number not installed (npm ci)');
  process.exit(0);
}
const cultures = { en: 'en-us', es: 'es-es', pt: 'pt-br', fr: 'fr-fr', zh: 'zh-cn', ja: 'ja-jp' };
console.log(`\nside by side with Microsoft Recognizers-Text 1.3 (numbers + currencies), same texts`);
console.log(`${'lang'.padEnd(6)} ${'bytes'.padStart(9)} ${'peer KB/s'.padStart(10)} ${'wasm MB/s'.padStart(10)} ${'ratio'.padStart(9)}`);
let pb = 0, pt = 0, ft = 0;
for (const [lang, culture] of Object.entries(cultures)) {
  // The peer is slow (minutes for 20 KB of French): a 5 KB sample per language, the same for both.
  const sample = texts[lang].slice(0, quick ? 2000 : 5000);
  const b = Buffer.byteLength(sample);
  N.recognizeNumber('warm up 12', culture); U.recognizeCurrency('warm up $12', culture);
  const [peerMs] = best(1, () => N.recognizeNumber(sample, culture).length + U.recognizeCurrency(sample, culture).length);
  const [oursMs] = best(5, () => mod.extract(sample, { lang }).length);
  console.log(`${lang.padEnd(6)} ${String(b).padStart(9)} ${(b / peerMs).toFixed(3).padStart(10)} ${(b / 1e3 / oursMs).toFixed(1).padStart(10)} ${('×' + Math.round(peerMs / oursMs)).padStart(9)}`);
  pb += b; pt += peerMs; ft += oursMs;
}
console.log(`${'all'.padEnd(6)} ${String(pb).padStart(9)} ${(pb / pt).toFixed(3).padStart(10)} ${(pb / 1e3 / ft).toFixed(1).padStart(10)} ${('×' + Math.round(pt / ft)).padStart(9)}`);
saveResult(saveAs, { ...results, peer_ratio: pt / ft });
