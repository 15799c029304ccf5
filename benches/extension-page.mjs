// The extension's cost on a 100 KB article page, in headless Chromium with the
// unpacked extension (extension/, built by `make extension`) loaded. A
// Portuguese news-like article of ~100 KB (generated here from a seed, one
// figure every ~200 bytes) is served on 127.0.0.1 with a strict CSP; a second
// outlet's version of the same story, with every fifth figure ×10, is saved as
// a report first, so that the page has figures to mark. The site is switched on
// (the content script runs at document_idle, as for a user who enabled it), and
// the page is loaded LOADS times in a fresh tab. For each load: the time from
// the content script's start to the marks being painted (state.timing, split into
// reading the text, the background's engine and painting), the marks, figcheck's
// main-thread slices (state.slices), the long tasks (> 50 ms) the page's own
// PerformanceObserver saw, and the page's own rendering (its frames, from each
// requestAnimationFrame to the task after it) while the content script waited
// for the engine's answer. It prints figures and asserts no timing.
// Usage: node benches/extension-page.mjs [--loads N]     (make bench runs it)
import fs, { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { saveResult } from './lib/results.mjs';
import { requireBuiltExtension, startFixtureServer, testExtensionCopy, launch, driverPage, tabIdOf, ask, inContentWorld, waitFor, stopWorker } from '../tests/js/lib/ext-harness.mjs';

const argLoads = process.argv.indexOf('--loads');
// Nine: the median of five moved by 10-20 ms between runs as a page frame fell in the window or not.
const LOADS = argLoads > 0 ? Math.max(1, Number(process.argv[argLoads + 1]) || 9) : 9;
const argCold = process.argv.indexOf('--cold');
// Loads after the worker was stopped (`--cold N`: more, to compare two builds' cold loads).
const COLD = argCold > 0 ? Math.max(1, Number(process.argv[argCold + 1]) || 3) : 3;
const SLOW_MS = 500; // and as many more of a page whose body comes this long after its head
const TARGET_BYTES = 100_000;

// ---------------------------------------------------------------- the article
/** A small seeded PRNG (mulberry32): the same page on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** pt-BR number: `1.234` for integers, `12,5` with one decimal. */
function ptNum(x, decimals = 0) {
  const [int, frac] = x.toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

const CITIES = ['Recife', 'Fortaleza', 'Salvador', 'Curitiba', 'Manaus', 'Belém', 'Goiânia', 'Campinas', 'Florianópolis', 'Natal'];
const PEOPLE = ['a diretora de operações, Helena Duarte', 'o presidente da companhia, Marcos Vieira', 'a analista Beatriz Lopes',
  'o secretário de energia do estado', 'um executivo que pediu anonimato', 'a economista-chefe do banco Atlântico'];
const FILLER = [
  'A reunião terminou no fim da tarde, depois de uma longa discussão sobre estradas, chuva e o preço do café.',
  'Moradores da região dizem que o trânsito piorou desde o começo das obras, sobretudo nas manhãs de segunda-feira.',
  'Procurada pela reportagem, a empresa não quis comentar os detalhes do contrato nem o calendário das próximas etapas.',
  'Especialistas ouvidos pelo jornal lembram que projetos desse porte costumam atrasar e mudar de escopo no caminho.',
  'O sindicato da categoria promete acompanhar de perto as contratações e cobrar transparência das autoridades.',
  'A prefeitura informou que o licenciamento ambiental segue em análise e que novas audiências públicas serão marcadas.',
  'Nas redes sociais, a notícia dividiu opiniões entre quem vê oportunidade de emprego e quem teme pela água da cidade.',
];

/**
 * The article's paragraphs. `slip` multiplies every fifth figure by 10 (the other
 * outlet's version of the story, as a translation slip would); the words around
 * the figures are the same, so the two versions align.
 */
function paragraphs(seed, slip) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  let k = 0;
  const f = (x) => { k += 1; return slip && k % 5 === 0 ? x * 10 : x; };
  const S = [
    () => `A Borealis Compute, empresa de centros de dados com sede em ${pick(CITIES)}, foi avaliada em ${ptNum(f(int(12, 95) / 10), 1)} trilhões de dólares depois da nova rodada de investimento.`,
    () => `O novo campus em ${pick(CITIES)} terá capacidade de ${ptNum(f(int(11, 48) / 10), 1)} gigawatt, segundo ${pick(PEOPLE)}.`,
    () => `A companhia opera dezenas de milhares de GPUs e quer contratar ${ptNum(f(int(2, 40) * 100))} engenheiros até o fim do ano.`,
    () => `O investimento previsto é de R$ ${ptNum(f(int(15, 250) / 10), 1)} bilhões, com obras que devem durar ${f(int(2, 6))} anos.`,
    () => `Cerca de ${f(int(12, 88))}% dos moradores ouvidos disseram apoiar o projeto, contra ${int(5, 30)}% que se opõem.`,
    () => `O centro deve consumir ${ptNum(f(int(3, 90) * 10))} milhões de litros de água por ano, de acordo com o relatório entregue à agência.`,
    () => `As exportações da região somaram ${ptNum(f(int(100, 990)))} milhões de dólares no ano passado, alta de ${ptNum(int(11, 199) / 10, 1)}% sobre o anterior.`,
    () => `A obra vai usar ${ptNum(f(int(20, 400) * 1000))} toneladas de aço e gerar ${ptNum(f(int(2, 30)))} mil empregos diretos.`,
    () => `O contrato de energia, de ${ptNum(f(int(50, 900)))} megawatts, foi fechado por ${f(int(10, 25))} anos com uma distribuidora local.`,
    () => `Em ${int(2019, 2024)}, a empresa faturou ${ptNum(f(int(20, 300) / 10), 1)} bilhões de reais e empregava ${ptNum(f(int(1, 9) * 1000 + int(0, 999)))} pessoas.`,
    () => `Centenas de milhares de clientes usam os serviços da Borealis, que cobra entre ${f(int(2, 9))} e ${int(10, 20)} dólares por hora de processamento.`,
  ];
  const out = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES - 1200) {
    const n = int(3, 5);
    const sentences = [];
    for (let i = 0; i < n; i += 1) sentences.push(r() < 0.7 ? pick(FILLER) : pick(S)());
    const p = sentences.join(' ');
    out.push(p);
    bytes += Buffer.byteLength(p) + 8;
  }
  return out;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function articlePage(title, paras) {
  const body = paras.map((p, i) => (i > 0 && i % 12 === 0 ? `<h2>${esc(p.split(' ').slice(0, 6).join(' '))}</h2>\n` : '') + `<p>${esc(p)}</p>\n`).join('');
  return `<!doctype html>\n<html lang="pt">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n` +
    '<meta property="article:published_time" content="2025-03-14T09:30:00-03:00">\n</head>\n<body>\n' +
    '<nav>Mercados hoje · Política · Economia · Tecnologia</nav>\n' +
    `<article>\n<h1>${esc(title)}</h1>\n${body}</article>\n<footer>© Jornal Fictício</footer>\n</body>\n</html>\n`;
}

const SEED = 20261122;
const article = articlePage('Borealis Compute chega a 2 trilhões de dólares', paragraphs(SEED, false));
const report = articlePage('Borealis Compute vale 2 trilhões de dólares, diz outro jornal', paragraphs(SEED, true));
// `--dump DIR`: write the two articles' text (for the native `check` bench) and stop.
const dumpAt = process.argv.indexOf('--dump');
if (dumpAt > 0) {
  const dir = process.argv[dumpAt + 1];
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'article.pt.txt'), paragraphs(SEED, false).join('\n\n') + '\n');
  writeFileSync(path.join(dir, 'report.pt.txt'), paragraphs(SEED, true).join('\n\n') + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------- measuring
const median = (a) => { const s = a.slice().sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p90 = (a) => { if (!a.length) return 0; const s = a.slice().sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };

requireBuiltExtension();
// The slow page: its head at once (wake.js runs at document_start), its body SLOW_MS later.
const bodyAt = article.indexOf('<body>');
const srv = await startFixtureServer({ '/article.html': () => ({ body: article }), '/report.html': () => ({ body: report }),
  '/slow.html': () => ({ parts: [article.slice(0, bodyAt), article.slice(bodyAt)], gapMs: SLOW_MS }) });
// `FIGCHECK_EXT_SRC=DIR`: another built extension (an earlier build, to compare with).
const extDir = process.env.FIGCHECK_EXT_SRC ? testExtensionCopy(undefined, process.env.FIGCHECK_EXT_SRC) : testExtensionCopy();
const browser = await launch(extDir);
const { context } = browser;
const loads = [];
let info; let version = ''; let control = []; const floor = [];
try {
  const driver = await driverPage(context, browser.extensionId);
  const cdp = await context.newCDPSession(driver);
  version = (await cdp.send('Browser.getVersion')).product.replace(/^\D+\//, '');
  await cdp.detach();
  // The other outlet's version, saved as a report.
  const rp = await context.newPage();
  await rp.goto(srv.url('/report.html'));
  const saved = await ask(driver, await tabIdOf(driver, srv.url('/report.html')), 'figcheck/save-report');
  if (!saved || saved.error) throw new Error(`saving the report failed: ${JSON.stringify(saved)}`);
  await rp.close();
  // The site switched on: the content script runs on every load, without a click.
  const on = await driver.evaluate((origin) => chrome.runtime.sendMessage({ type: 'figcheck/set-auto', origin, on: true }), srv.origin);
  if (!on || on.registered !== 1) throw new Error(`switching the site on failed: ${JSON.stringify(on)}`);
  // Long tasks seen by the page itself, from its first script on; and the
  // page's own rendering: each frame from its requestAnimationFrame callback
  // (before style, layout and paint) to the first task after it.
  await context.addInitScript(() => {
    window.__long = [];
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
    } catch { /* no Long Tasks API */ }
    window.__frames = [];
    const frame = () => requestAnimationFrame(() => {
      const a = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__frames.push([a, performance.now()]); if (window.__frames.length < 300) frame(); };
      ch.port2.postMessage(0);
    });
    frame();
  });

  // LOADS loads with the background's worker running, then COLD more with it
  // stopped first (MV3 stops an idle worker after 30 s): the cold column; then
  // COLD more of the slow page, the worker stopped as well, as on a page that
  // takes time to come over the network.
  for (let i = 0; i < LOADS + 2 * COLD; i += 1) {
    if (i >= LOADS) await stopWorker(context, driver);
    const page = await context.newPage();
    await page.bringToFront();
    const url = srv.url(`/${i >= LOADS + COLD ? 'slow' : 'article'}.html?load=${i + 1}`);
    await page.goto(url);
    await waitFor(() => page.evaluate(() => Number(document.querySelector('[data-figcheck-host]')?.getAttribute('data-figcheck-checks')) >= 1), 60_000, 'the automatic check');
    const st = await waitFor(() => inContentWorld(context, page, `(() => { const s = __figcheck.state; return s.timing.painted > 0 && s.last ? {
      timing: s.timing, slices: s.slices, marks: s.marks.length, claims: s.last.claims, textLength: s.last.textLength, reports: s.last.reports,
      conflicts: s.last.conflicts, checks: s.checks, lastError: s.lastError || null } : null; })()`), 10_000, 'state.timing.painted');
    await page.waitForTimeout(300); // the last long-task entries are delivered asynchronously
    const pg = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { long: window.__long || [], frames: window.__frames || [], dcl: nav ? nav.domContentLoadedEventEnd : 0, load: nav ? nav.loadEventEnd : 0 };
    });
    const t = st.timing;
    if (t.background) {
      const b = t.background;
      const work = b.ready + b.store + b.engine;
      b.rest = (t.engineDone - t.textRead) - work;
      // Clocks of two contexts, compared through their time origins.
      b.inbound = b.received - t.sent;
      b.outbound = t.got - b.replied;
      b.handler = b.replied - b.received - work;
    }
    const during = pg.long.filter(([s, d]) => s + d > t.start && s < t.painted);
    // figcheck's own: the long tasks that hold one of its slices (a task of the
    // page's, its first layout say, may fall between them and is not figcheck's).
    const at = st.slices.at || [];
    const mine = during.filter(([s, d]) => at.some((a, k) => a < s + d && a + st.slices.recent[k] > s));
    // The page's own frames while the content script waited for the engine's
    // answer: the main thread was the page's, and the answer waited for it.
    const overlap = (a, b, lo, hi) => Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    const framesWait = pg.frames.reduce((sum, [a, b]) => sum + overlap(a, b, t.textRead, t.engineDone), 0);
    const framesLongest = pg.frames.reduce((m, [a, b]) => (overlap(a, b, t.textRead, t.engineDone) > 0 ? Math.max(m, b - a) : m), 0);
    // A worker started for this load (the cold columns): when its steps came, from the navigation's start.
    const boot = {};
    const bt = t.background && t.background.boot;
    if (bt && t.origin && bt.worker > t.origin) {
      for (const k of ['worker', 'evaluated', 'wake', 'migrated', 'engineAsked', 'engine', 'lexicons', 'read', 'set', 'analyze']) boot[`boot_${k}`] = k in bt ? bt[k] - t.origin : NaN;
      boot.boot_start = t.start;
    }
    loads.push({
      ...boot,
      navToStart: t.start, read: t.textRead - t.start, engine: t.engineDone - t.textRead, paint: t.painted - t.engineDone, total: t.painted - t.start,
      own: t.painted - t.start - framesWait,
      marks: st.marks, conflicts: st.conflicts, claims: st.claims, slices: st.slices.count, sliceMax: st.slices.maxMs, sliceP90: p90(st.slices.recent),
      longAll: pg.long.length, longMaxAll: pg.long.reduce((m, [, d]) => Math.max(m, d), 0),
      longDuring: during.length, longMaxDuring: during.reduce((m, [, d]) => Math.max(m, d), 0),
      longMine: mine.length, longMaxMine: mine.reduce((m, [, d]) => Math.max(m, d), 0),
      dcl: pg.dcl, load: pg.load, checks: st.checks, framesWait, framesLongest,
      ...Object.fromEntries(Object.entries(t.background || {}).filter(([k]) => k !== 'boot').map(([k, v]) => [`bg_${k}`, v])),
    });
    if (i === LOADS - 1) {
      // Control: a 120 ms task of the page's own must be seen, or the zeros above prove nothing.
      await page.evaluate(() => new Promise((res) => setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); setTimeout(res, 300); }, 0)));
      control = await page.evaluate(() => window.__long.filter(([s]) => s > performance.now() - 1000).map(([, d]) => Math.round(d)));
      // The platform's floor for a stopped worker: a message from this page's
      // content script that needs neither the engine nor the storage, and its
      // answer, each time with the worker stopped before it.
      for (let k = 0; k < COLD; k += 1) {
        await stopWorker(context, driver);
        floor.push(await inContentWorld(context, page, `(async () => { const api = globalThis.browser ?? chrome; const t = performance.now();
          await api.runtime.sendMessage({ type: 'figcheck/details', id: 'none' }); return performance.now() - t; })()`));
      }
    }
    info = { textLength: st.textLength, reports: st.reports, saved: saved.saved.figures, lastError: st.lastError };
    await page.close();
  }
} finally {
  await context.close();
  await srv.close();
  for (const d of [browser.userDataDir, extDir]) fs.rmSync(d, { recursive: true, force: true });
}

// ---------------------------------------------------------------- table
const rows = [
  ['navigation → content script start', 'navToStart', 'ms'],
  ['content script start → marks painted', 'total', 'ms'],
  ['  reading the text', 'read', 'ms'],
  ['  engine in the background', 'engine', 'ms'],
  ['    engine and store ready', 'bg_ready', 'ms'],
  ['    saved reports read and indexed', 'bg_store', 'ms'],
  ['      the build it waited on: storage read', 'bg_storeRead', 'ms'],
  ['      the build it waited on: indexed', 'bg_storeIndex', 'ms'],
  ['    page read and checked (wasm)', 'bg_engine', 'ms'],
  ['      engine warm-up rounds before it', 'bg_warm', ''],
  ['      warm-up work while it was in flight', 'bg_warmDuring', 'ms'],
  ['    messages and the rest', 'bg_rest', 'ms'],
  ['      page text to the background', 'bg_inbound', 'ms'],
  ['      marks back to the page', 'bg_outbound', 'ms'],
  ['      checks of the message, badge', 'bg_handler', 'ms'],
  ['    the page\'s own rendering meanwhile', 'framesWait', 'ms'],
  ['      its longest frame', 'framesLongest', 'ms'],
  ['  painting the marks', 'paint', 'ms'],
  ['figcheck\'s own steps (the page\'s frames in the wait left out)', 'own', 'ms'],
  ['a stopped worker\'s steps, from the navigation\'s start:', '', ''],
  ['  worker started', 'boot_worker', 'ms'],
  ['  its script run', 'boot_evaluated', 'ms'],
  ['  wake message received', 'boot_wake', 'ms'],
  ['  storage checked (migration)', 'boot_migrated', 'ms'],
  ['  engine asked for', 'boot_engineAsked', 'ms'],
  ['  engine loaded', 'boot_engine', 'ms'],
  ['  its lexicon index built', 'boot_lexicons', 'ms'],
  ['  saved reports read', 'boot_read', 'ms'],
  ['  saved reports indexed', 'boot_set', 'ms'],
  ['  content script started', 'boot_start', 'ms'],
  ['  page text received', 'boot_analyze', 'ms'],
  ['marks painted', 'marks', ''],
  ['  of them conflicts', 'conflicts', ''],
  ['claims on the page', 'claims', ''],
  ['figcheck slices on the main thread', 'slices', ''],
  ['  longest slice', 'sliceMax', 'ms'],
  ['  90th percentile slice', 'sliceP90', 'ms'],
  ['long tasks (> 50 ms) during figcheck', 'longDuring', ''],
  ['  longest of them', 'longMaxDuring', 'ms'],
  ['  of them holding a figcheck slice', 'longMine', ''],
  ['    longest of them', 'longMaxMine', 'ms'],
  ['long tasks in the whole load', 'longAll', ''],
  ['  longest of them', 'longMaxAll', 'ms'],
];
const fmt = (v, unit) => (typeof v !== 'number' || !Number.isFinite(v) ? '–' : unit === 'ms' ? v.toFixed(1) : String(Math.round(v * 10) / 10));
console.log(`figcheck extension on a ${(Buffer.byteLength(article) / 1000).toFixed(0)} KB article page (pt, ${info.textLength} characters read, ` +
  `1 saved report of ${info.saved} figures), headless Chromium ${version}`);
console.log(`${LOADS} page loads in a fresh tab, site switched on (content script at document_idle); load ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);
console.log(`columns: the first load (the saved reports indexed), best and median of the ${LOADS}, the median of ${COLD} more loads with the background's worker stopped before each (cold: the engine loaded again), ` +
  `and of ${COLD} loads as cold of a page whose body comes ${SLOW_MS} ms after its head (slow); long tasks: the most in one load of the column`);
console.log(`${'measure'.padEnd(40)} ${'first'.padStart(9)} ${'best'.padStart(9)} ${'median'.padStart(9)} ${'cold'.padStart(9)} ${'slow'.padStart(9)}`);
// Long tasks: the most in any one load of the column, not a median (one is one too many).
const MOST = new Set(['longDuring', 'longMaxDuring', 'longMine', 'longMaxMine', 'longAll', 'longMaxAll']);
const medians = (ls) => Object.fromEntries(Object.keys(ls[0]).map((k) => [k, (MOST.has(k) ? (a) => Math.max(...a) : median)(ls.map((l) => l[k]))]));
const cold = medians(loads.slice(LOADS, LOADS + COLD));
const slow = medians(loads.slice(LOADS + COLD));
const warm = loads.slice(0, LOADS);
for (const [label, key, unit] of rows) {
  if (!key) { console.log(label); continue; }
  const v = warm.map((l) => l[key]);
  const mid = MOST.has(key) ? Math.max(...v) : median(v);
  console.log(`${(label + (unit ? ` (${unit})` : '')).padEnd(40)} ${fmt(v[0], unit).padStart(9)} ${fmt(Math.min(...v), unit).padStart(9)} ${fmt(mid, unit).padStart(9)} ${fmt(cold[key], unit).padStart(9)} ${fmt(slow[key], unit).padStart(9)}`);
}
if (process.env.FIGCHECK_BENCH_LOADS) writeFileSync(process.env.FIGCHECK_BENCH_LOADS, JSON.stringify(loads, null, 1));
// The key figures, for the summary table (benches/summary.mjs).
saveResult('extension', { loads: LOADS, chromium: version, median_ms: median(warm.map((l) => l.total)), best_ms: Math.min(...warm.map((l) => l.total)),
  cold_ms: cold.total, slow_ms: slow.total, page_rendering_median_ms: median(warm.map((l) => l.framesWait)), own_median_ms: median(warm.map((l) => l.own)),
  engine_median_ms: median(warm.map((l) => l.bg_engine ?? 0)), long_tasks_during: Math.max(...loads.map((l) => l.longDuring)),
  long_tasks_figcheck: Math.max(...loads.map((l) => l.longMine)), long_tasks_page: Math.max(...loads.map((l) => l.longDuring - l.longMine)),
  longest_slice_ms: Math.max(...loads.map((l) => l.sliceMax)), long_task_control_ms: control.length ? Math.max(...control) : null,
  stopped_worker_message_ms: floor.length ? median(floor) : null });
console.log(`a stopped worker's first message and answer, from a content script (no engine, no storage): ${floor.map((v) => v.toFixed(1)).join(', ')} ms`);
console.log(`long-task observer control: a 120 ms task of the page's own was seen as ${control.length ? `${control.join(', ')} ms` : 'nothing (the long-task figures above are not reliable)'}`);
if (info.lastError) console.log(`note: the content script reported an error: ${info.lastError}`);
if (loads.some((l) => l.checks !== 1)) console.log(`note: checks per load ${loads.map((l) => l.checks).join(', ')} (timing is the last check's)`);
