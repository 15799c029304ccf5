// figcheck as a reader meets it on real news (issue 17): the realnews articles
// (../shared/realnews/ntrex, 62 articles in 16 languages) served on 127.0.0.1
// as a multilingual news site, each page naming five other-language versions by
// hreflang (rotated so that every language is named) under a strict CSP; the
// unpacked extension loaded in Chromium; on every non-English page, *Compare
// with other language versions* (the content script's
// figcheck/compare-alternates, extension/README.md, "Messages"). It counts
//   red marks a page: findings in conflict with a counterpart in one of the
//     page's versions (professional translations: nearly every one is a false
//     alarm; target ≤ 0.05), not counting the conflicts more versions agree
//     with than not (`upheld`: the page shows them amber, the other version's
//     figure being the suspect), which are counted apart;
//   slips caught: a slip planted as score.py plants it (magnitude word one step
//     up in that language, digits ×10, two digits swapped), at a figure that
//     reads the same in the page and its English version, the slipped page
//     served with English among its versions; caught when the planted figure is
//     marked in conflict with a counterpart in the English version (target ≥ 95%);
// and the same two on the same pages and slips through the CLI
// (target/release/figcheck check PAGE --against VERSION..., or --same-story when
// the CLI has it), beside score.py's SUMMARY. Leaves everything in
// target/bench-results/realnews.json. A measure, not a test: it asserts nothing.
//
// Usage: node benches/realnews.mjs [--pages N] [--slips N] [--langs fr,ja] [--tabs N]
//        [--no-score] [--no-cli] [--root DIR] [--out FILE] [-v]
// The pages (CC BY-SA texts) are written under target/realnews/ at run time, never committed.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CSP, SITE_CSS, articleHtml, chooseSlips, loadCorpus, meets, plant, rng, slipCaught, slipVersionsOf,
  SLIP_KINDS, utf16At, versionConflicts, versionsOf,
} from './lib/realnews-site.mjs';
import { requireBuiltExtension, testExtensionCopy, launch, driverPage, inContentWorld, stopWorker } from '../tests/js/lib/ext-harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const flag = (name) => args.includes(name);
const CORPUS = path.resolve(opt('--root', path.join(ROOT, '../shared/realnews/ntrex')));
const PAGES = Number(opt('--pages', 0)) || Infinity;        // non-English pages checked (all by default)
const SLIPS = Number(opt('--slips', 120));                  // slips planted, languages in turn
const TABS = Math.max(1, Number(opt('--tabs', 2)));
const OUT = path.resolve(opt('--out', path.join(ROOT, 'target/bench-results/realnews.json')));
const WORK = path.resolve(opt('--work', path.join(ROOT, 'target/realnews')));
const BIN = path.join(ROOT, 'target/release/figcheck');
const SCORE = path.join(path.dirname(CORPUS), 'score.py');
const VERBOSE = flag('-v');
// Stops the extension's background worker before every Nth page (as MV3 does after 30 s idle):
// the smoke test's proof that a stopped worker costs a retry at most, never a page.
const STOP_EVERY = Number(opt('--stop-worker-every', 0));
const ATTEMPTS = 3;
const PAGE_TIMEOUT_MS = 30_000;

const corpus = loadCorpus(CORPUS);
const langs = opt('--langs') ? opt('--langs').split(',') : corpus.langs.filter((l) => l !== 'en');
for (const l of langs) if (!corpus.langs.includes(l) || l === 'en') throw new Error(`--langs: ${l} is not a translated language of ${CORPUS}`);
const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const names = Object.fromEntries(corpus.langs.map((l) => [l, NAMES.of(l)]));
const log = (...a) => console.log(...a);
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(0);

// ---------------------------------------------------------------- the site
const SITE = path.join(WORK, 'site');
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(SITE, { recursive: true });
const href = (lang, doc) => `/${lang}/${doc}.html`;
const docIndex = new Map(corpus.docs.map((d, i) => [d, i]));
function writePage(file, lang, lines, self, versionLangs, doc) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, articleHtml({ lang, lines, self, names, versions: versionLangs.map((l) => ({ lang: l, href: href(l, doc) })) }));
}
for (const lang of corpus.langs) {
  corpus.docs.forEach((doc, d) => writePage(path.join(SITE, lang, `${doc}.html`), lang, corpus.lines(lang, doc), href(lang, doc), versionsOf(corpus.langs, lang, d), doc));
}
fs.writeFileSync(path.join(SITE, 'site.css'), SITE_CSS);

// Every non-English page, or N of them spread over the documents and, one after the other, the languages.
const allPages = corpus.docs.flatMap((doc, d) => langs.map((lang) => ({ doc, d, lang })));
function spread(n) {
  const picked = new Set();
  for (let i = 0; i < n; i += 1) {
    let k = Math.min(allPages.length - 1, Math.floor((i * allPages.length) / n) + (i % langs.length));
    while (picked.has(k)) k = (k + 1) % allPages.length;
    picked.add(k);
  }
  return [...picked].sort((a, b) => a - b).map((k) => allPages[k]);
}
const pages = PAGES >= allPages.length ? allPages : spread(PAGES);

// ---------------------------------------------------------------- the slips
/** The CLI's claims of every line of `lang`, by line (score.py's claims_by_line: one file, byte offsets per line). */
function claimsByLine(lang) {
  const lines = corpus.docs.flatMap((doc) => corpus.lines(lang, doc));
  const file = path.join(WORK, `all.${lang}.txt`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const starts = []; let at = 0;
  for (const l of lines) { starts.push(at); at += Buffer.byteLength(l) + 1; }
  const r = spawnSync(BIN, ['extract', '--json', '--lang', lang, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`figcheck extract failed: ${r.stderr}`);
  const by = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const c = JSON.parse(line);
    let lo = 0; let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= c.start) lo = mid; else hi = mid - 1; }
    c.line = lo; c.s = c.start - starts[lo]; c.e = c.end - starts[lo];
    if (!by.has(lo)) by.set(lo, []);
    by.get(lo).push(c);
  }
  return { by, lines };
}

let slips = [];
if (SLIPS > 0) {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run make build`);
  const en = claimsByLine('en');
  const lineDoc = corpus.docs.flatMap((doc) => corpus.lines('en', doc).map((_, k) => ({ doc, k })));
  const spots = [];
  for (const lang of langs) {
    const xx = claimsByLine(lang);
    if (xx.lines.length !== en.lines.length) throw new Error(`${lang}: ${xx.lines.length} lines, en has ${en.lines.length}`);
    for (const [i, cs] of xx.by) {
      const E = en.by.get(i) || [];
      for (const c of cs) {
        if (!/\d/.test(c.text)) continue;
        const m = E.find((e) => meets(c, e));
        if (!m) continue;
        const fig = Buffer.from(xx.lines[i]).subarray(c.s, c.e).toString();
        for (const kind of SLIP_KINDS) {
          const planted = plant(fig, lang, kind);
          if (planted) spots.push({ lang, key: `${lang}:${i}:${c.s}`, kind, line: i, ...lineDoc[i], s: c.s, e: c.e, fig, planted, en: m.text });
        }
      }
    }
  }
  slips = chooseSlips(spots, langs, SLIPS, rng(1));
  slips.forEach((s, n) => {
    const lines = corpus.lines(s.lang, s.doc).slice();
    const b = Buffer.from(lines[s.k]);
    lines[s.k] = Buffer.concat([b.subarray(0, s.s), Buffer.from(s.planted), b.subarray(s.e)]).toString();
    s.n = n; s.lines = lines; s.slippedLine = lines[s.k];
    s.url = `/slip/${n}/${s.lang}/${s.doc}.html`;
    s.versions = slipVersionsOf(corpus.langs, s.lang, docIndex.get(s.doc));
    writePage(path.join(SITE, s.url), s.lang, lines, s.url, s.versions, s.doc);
    s.txt = path.join(WORK, 'slips', `${n}.${s.lang}.${s.doc}.txt`);
    fs.mkdirSync(path.dirname(s.txt), { recursive: true });
    fs.writeFileSync(s.txt, `${lines.join('\n')}\n`);
    // Where the slip is in that file (bytes, for the CLI's offsets).
    s.byteStart = lines.slice(0, s.k).reduce((a, l) => a + Buffer.byteLength(l) + 1, 0) + s.s;
    s.byteEnd = s.byteStart + Buffer.byteLength(s.planted);
  });
}
log(`realnews: ${pages.length} pages in ${langs.length} languages, ${slips.length} slips planted; site in ${path.relative(ROOT, SITE)} (${secs()} s)`);

// ---------------------------------------------------------------- the server
const requests = [];
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  requests.push(u.pathname);
  const file = path.join(SITE, path.normalize(decodeURIComponent(u.pathname)).replace(/^([/\\])+/, '') || 'index.html');
  const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' }[path.extname(file)];
  if (!file.startsWith(SITE) || !type || !fs.existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- the browser
requireBuiltExtension();
const extDir = testExtensionCopy();
let browser = null; let driver = null;
// Every request the browser makes that is not to the site or the extension itself (the extension sends page text nowhere).
const foreign = [];
async function start() {
  if (browser) await browser.context.close().catch(() => {});
  browser = await launch(extDir);
  driver = await driverPage(browser.context, browser.extensionId);
  const own = `chrome-extension://${browser.extensionId}/`;
  browser.context.on('request', (r) => { const u = r.url(); if (!u.startsWith(`${origin}/`) && !u.startsWith(own)) foreign.push(u); });
}
await start();
let relaunches = 0;
let stops = 0;

/** One tab of our own, kept for a stream of pages: {page, tabId}. */
async function newTab() {
  const page = await browser.context.newPage();
  const mark = `${origin}/site.css?tab=${Math.random().toString(36).slice(2)}`;
  await page.goto(mark);
  const tabId = await driver.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, mark);
  if (!Number.isInteger(tabId)) throw new Error('no tab id for a new tab');
  return { page, tabId };
}

/** `promise`, or an error after `ms` (the timer cleared either way, so that it holds no exit). */
function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Loads `url` in `tab` and runs compare-alternates there. Retries (a fresh
 * load) on an error, a timeout, or versions not read: a stopped or restarted
 * worker, a renderer that went away. The browser is relaunched once when it died.
 */
async function compare(tab, url, versions) {
  let last = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      if (!tab.page || tab.page.isClosed()) Object.assign(tab, await newTab());
      await within(PAGE_TIMEOUT_MS, `load ${url}`, tab.page.goto(url, { waitUntil: 'load' }));
      const r = await within(PAGE_TIMEOUT_MS, `compare ${url}`, driver.evaluate(async ([id]) => {
        const inj = await chrome.runtime.sendMessage({ type: 'figcheck/inject', tabId: id });
        if (inj && inj.error) return { error: inj.error };
        return chrome.tabs.sendMessage(id, { type: 'figcheck/compare-alternates' });
      }, [tab.tabId]));
      if (!r || r.error) throw new Error(r ? r.error : 'no answer');
      if ((r.skipped || []).length) throw new Error(`versions not read: ${r.skipped.map((s) => `${s.url} (${s.reason})`).join('; ')}`);
      if ((r.alternates || []).length !== versions.length) throw new Error(`${(r.alternates || []).length} versions read, ${versions.length} named`);
      return { r, attempts: attempt };
    } catch (e) {
      last = String((e && e.message) || e);
      if (/Target.*closed|browser has been closed|crash/i.test(last) && relaunches < 3) {
        relaunches += 1;
        await start();
        tab.page = null;
      } else if (tab.page) {
        await tab.page.close().catch(() => {});
        tab.page = null;
      }
    }
  }
  return { error: last, attempts: ATTEMPTS };
}

/** Runs `jobs` on TABS tabs at once; `fn(tab, job)` returns each job's result. */
async function onTabs(jobs, fn, label) {
  const out = new Array(jobs.length);
  let next = 0; let done = 0;
  const lane = async () => {
    const tab = { page: null, tabId: null };
    while (next < jobs.length) {
      const i = next; next += 1;
      if (STOP_EVERY && i % STOP_EVERY === 0) { await stopWorker(browser.context, driver); stops += 1; }
      out[i] = await fn(tab, jobs[i]);
      done += 1;
      if (done % 50 === 0) log(`  ${label}: ${done}/${jobs.length} (${secs()} s)`);
    }
    if (tab.page) await tab.page.close().catch(() => {});
  };
  await Promise.all(Array.from({ length: Math.min(TABS, jobs.length) }, lane));
  return out;
}

const pageUrl = (p) => `${origin}${href(p.lang, p.doc)}`;
const versionUrls = (vs, doc) => vs.map((l) => `${origin}${href(l, doc)}`);

const extPages = await onTabs(pages, async (tab, p) => {
  const versions = versionsOf(corpus.langs, p.lang, p.d);
  const t = Date.now();
  const { r, error, attempts } = await compare(tab, pageUrl(p), versions);
  if (error) return { lang: p.lang, doc: p.doc, error, attempts };
  const red = versionConflicts(r.findings, versionUrls(versions, p.doc));
  const amber = versionConflicts(r.findings, versionUrls(versions, p.doc), true);
  const shown = (f) => `${f.text} ≠ ${f.others.filter((o) => o.verdict === 'conflict').map((o) => `${o.text} (${o.lang || '?'})`).join(', ')}`;
  return {
    lang: p.lang, doc: p.doc, ms: Date.now() - t, attempts, claims: r.claims, findings: r.findings.length,
    conflicts: r.findings.filter((f) => f.verdict === 'conflict').length,
    red: red.map(shown),
    upheld: amber.map(shown),
  };
}, 'pages');

const extSlips = await onTabs(slips, async (tab, s) => {
  const { r, error, attempts } = await compare(tab, `${origin}${s.url}`, s.versions);
  if (error) return { error, attempts };
  // Where the slip is in the text the extension read (its findings' offsets are into it):
  // the slipped line, found in that text, then the figure's place in the line.
  const text = await inContentWorld(browser.context, tab.page, '__figcheck.state.text').catch((e) => ({ error: String(e.message || e) }));
  if (typeof text !== 'string') return { error: `page text not read: ${text && text.error}`, attempts };
  const line = text.indexOf(s.slippedLine);
  if (line < 0) return { error: 'the slipped line is not in the text the extension read', attempts };
  const at = line + utf16At(s.slippedLine, s.s);
  return { attempts, caught: slipCaught(r.findings, at, at + s.planted.length, `${origin}${href('en', s.doc)}`) };
}, 'slips');
await browser.context.close().catch(() => {});
await new Promise((r) => { server.closeAllConnections?.(); server.close(r); });
log(`realnews: the extension done (${secs()} s)`);

// ---------------------------------------------------------------- the CLI on the same pages and slips
const cliHelp = fs.existsSync(BIN) ? spawnSync(BIN, ['--help'], { encoding: 'utf8' }).stdout + spawnSync(BIN, ['help', 'check'], { encoding: 'utf8' }).stdout : '';
const VERSION_FLAG = cliHelp.includes('--same-story') ? '--same-story' : '--against';
/** Runs the CLI's check, CONCURRENCY at a time; resolves to its findings. */
function cliCheck(page, versions) {
  return new Promise((resolve) => {
    const p = spawn(BIN, ['check', page, '--json', ...versions.flatMap((v) => [VERSION_FLAG, v])]);
    let out = ''; let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('close', (code) => resolve(code === 0 ? { findings: out.split('\n').filter(Boolean).map((l) => JSON.parse(l)) } : { error: err.trim() || `exit ${code}` }));
  });
}
async function pool(jobs, fn, n = 2) {
  const out = new Array(jobs.length); let next = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (next < jobs.length) { const i = next; next += 1; out[i] = await fn(jobs[i]); } }));
  return out;
}
let cliPages = null; let cliSlips = null;
if (!flag('--no-cli') && fs.existsSync(BIN)) {
  cliPages = await pool(pages, async (p) => {
    const vs = versionsOf(corpus.langs, p.lang, p.d).map((l) => corpus.file(l, p.doc));
    const r = await cliCheck(corpus.file(p.lang, p.doc), vs);
    return r.error ? { error: r.error } : { red: versionConflicts(r.findings, vs).length, upheld: versionConflicts(r.findings, vs, true).length, conflicts: r.findings.filter((f) => f.verdict === 'conflict').length };
  });
  cliSlips = await pool(slips, async (s) => {
    const vs = s.versions.map((l) => corpus.file(l, s.doc));
    const r = await cliCheck(s.txt, vs);
    return r.error ? { error: r.error } : { caught: slipCaught(r.findings, s.byteStart, s.byteEnd, corpus.file('en', s.doc)) };
  });
  log(`realnews: the CLI done, versions given with ${VERSION_FLAG} (${secs()} s)`);
}

let score = null;
if (!flag('--no-score') && fs.existsSync(SCORE) && fs.existsSync(BIN)) {
  const scoreJson = path.join(WORK, 'score.json');
  const r = spawnSync('python3', [SCORE, BIN, '--root', CORPUS, '--json', scoreJson, ...(opt('--langs') ? ['--langs', opt('--langs')] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = (r.stdout || '').split('\n').find((l) => l.startsWith('SUMMARY')) || null;
  score = { summary: line, ...(fs.existsSync(scoreJson) ? (({ detail: _d, langs: _l, ...s }) => s)(JSON.parse(fs.readFileSync(scoreJson, 'utf8'))) : { error: r.stderr.slice(-500) }) };
  log(`realnews: score.py done (${secs()} s)`);
}

// ---------------------------------------------------------------- the figures
const ok = (xs) => xs.filter((x) => x && !x.error);
const sum = (xs, f) => xs.reduce((a, x) => a + f(x), 0);
const perPage = (xs, f) => (ok(xs).length ? sum(ok(xs), f) / ok(xs).length : null);
const rate = (xs) => (ok(xs).length ? sum(ok(xs), (x) => (x.caught ? 1 : 0)) / ok(xs).length : null);
const byLang = {};
for (const lang of langs) {
  const idx = pages.map((p, i) => (p.lang === lang ? i : -1)).filter((i) => i >= 0);
  const sIdx = slips.map((s, i) => (s.lang === lang ? i : -1)).filter((i) => i >= 0);
  const pick = (xs, is) => (xs ? is.map((i) => xs[i]) : []);
  byLang[lang] = {
    pages: idx.length,
    red_per_page: perPage(pick(extPages, idx), (x) => x.red.length),
    slips: [sum(ok(pick(extSlips, sIdx)), (x) => (x.caught ? 1 : 0)), ok(pick(extSlips, sIdx)).length],
    cli_red_per_page: cliPages ? perPage(pick(cliPages, idx), (x) => x.red) : null,
    cli_slips: cliSlips ? [sum(ok(pick(cliSlips, sIdx)), (x) => (x.caught ? 1 : 0)), ok(pick(cliSlips, sIdx)).length] : null,
  };
}
const failed = [...extPages.filter((x) => x.error).map((x) => `${x.lang}/${x.doc}: ${x.error}`),
  ...extSlips.map((x, i) => (x.error ? `slip ${i} ${slips[i].lang}/${slips[i].doc}: ${x.error}` : null)).filter(Boolean)];
const result = {
  measured: new Date().toISOString(),
  seconds: Math.round((Date.now() - t0) / 1000),
  pages: pages.length, pages_checked: ok(extPages).length, languages: langs.length, slips_planted: slips.length,
  versions_per_page: 5, retries: sum(extPages.concat(extSlips), (x) => (x.attempts || 1) - 1), relaunches, worker_stops: stops,
  failed, foreign_requests: foreign, csp: CSP,
  extension: {
    red_per_page: perPage(extPages, (x) => x.red.length),
    pages_with_red: ok(extPages).filter((x) => x.red.length).length,
    upheld_per_page: perPage(extPages, (x) => x.upheld.length),
    conflicts_per_page: perPage(extPages, (x) => x.conflicts),
    slips_caught: [sum(ok(extSlips), (x) => (x.caught ? 1 : 0)), ok(extSlips).length],
    slip_rate: rate(extSlips),
    ms_per_page: perPage(extPages, (x) => x.ms),
  },
  cli: cliPages && {
    version_flag: VERSION_FLAG,
    red_per_page: perPage(cliPages, (x) => x.red),
    upheld_per_page: perPage(cliPages, (x) => x.upheld),
    conflicts_per_page: perPage(cliPages, (x) => x.conflicts),
    slips_caught: [sum(ok(cliSlips), (x) => (x.caught ? 1 : 0)), ok(cliSlips).length],
    slip_rate: rate(cliSlips),
  },
  score,
  targets: { red_per_page: 0.05, slip_rate: 0.95 },
  by_lang: byLang,
  red_marks: ok(extPages).filter((x) => x.red.length).map((x) => ({ page: `${x.lang}/${x.doc}`, marks: x.red })),
  upheld_marks: ok(extPages).filter((x) => x.upheld.length).map((x) => ({ page: `${x.lang}/${x.doc}`, marks: x.upheld })),
  slips_missed: slips.map((s, i) => ({ s, x: extSlips[i] })).filter(({ x }) => !x.error && !x.caught)
    .map(({ s }) => ({ page: `${s.lang}/${s.doc}`, kind: s.kind, planted: s.planted, was: s.fig, en: s.en })),
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify(result, null, 1)}\n`);

const f2 = (x) => (x === null || x === undefined ? '—' : x.toFixed(2));
const pct = (p) => (p ? `${p[0]}/${p[1]}${p[1] ? ` = ${Math.round((100 * p[0]) / p[1])}%` : ''}` : '—');
log('');
log(`realnews: ${result.pages_checked}/${pages.length} pages checked with 5 versions each, ${slips.length} slips; ${result.retries} retries, ${failed.length} failed; ${result.seconds} s`);
log('| lang | pages | red marks/page (ext) | (CLI) | slips caught (ext) | (CLI) |');
log('|---|---|---|---|---|---|');
for (const [lang, r] of Object.entries(byLang)) {
  if (!r.pages && !r.slips[1]) continue;
  log(`| ${lang} | ${r.pages} | ${f2(r.red_per_page)} | ${f2(r.cli_red_per_page)} | ${pct(r.slips)} | ${pct(r.cli_slips)} |`);
}
log('');
log('| measure | extension | CLI, same pages | score.py | target |');
log('|---|---|---|---|---|');
log(`| red marks a page (conflicts against a version) | ${f2(result.extension.red_per_page)} (on ${result.extension.pages_with_red} pages) | ${f2(result.cli?.red_per_page)} | ${score?.versions_per_100 !== undefined ? `${score.versions_per_100}/100 pairs (against English)` : '—'} | ≤ 0.05 |`);
log(`| amber marks a page (conflicts most versions uphold: the other version differs) | ${f2(result.extension.upheld_per_page)} | ${f2(result.cli?.upheld_per_page)} | — | — |`);
log(`| planted slips caught | ${pct(result.extension.slips_caught)} | ${pct(result.cli?.slips_caught)} | ${score?.slips ? pct(score.slips) : '—'} | ≥ 95% |`);
if (score?.summary) log(`score.py: ${score.summary}`);
if (failed.length) { log(`not measured (${failed.length}):`); for (const f of failed) log(`  ${f}`); }
if (VERBOSE) {
  for (const r of result.red_marks) for (const m of r.marks) log(`  red ${r.page}: ${m}`);
  for (const r of result.upheld_marks) for (const m of r.marks) log(`  amber ${r.page}: ${m}`);
  for (const m of result.slips_missed) log(`  slip missed ${m.page} (${m.kind}): “${m.planted}” (was “${m.was}”, en “${m.en}”)`);
}
log(`realnews: ${path.relative(ROOT, OUT)}`);
