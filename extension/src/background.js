// figcheck's background (a module service worker in Chromium, an event page in
// Firefox). It owns the wasm engine — content scripts cannot compile wasm on
// pages whose CSP lacks 'wasm-unsafe-eval' — and the store of known reports.
// It answers only messages from this extension's own content scripts and pages.

import init, { extract, detect_language, ReportSet } from './wasm/figcheck.js';
import { Store, StoreError } from './lib/store.js';
import { normLang, pageKey, PartsInbox } from './lib/text.js';

const api = globalThis.browser ?? globalThis.chrome;
const store = new Store(api.storage.local);
const AUTO_SCRIPT_ID = 'figcheck-auto';
const WAKE_SCRIPT_ID = 'figcheck-wake';
const MENU_SAVE = 'figcheck-save-report';
const MAX_FETCH_CHARS = 8_000_000;

// When this worker's steps first happened (epoch ms), for benches/extension-page.mjs:
// on a stopped worker, where the time before a page's check went.
const boot = { worker: performance.timeOrigin };
const stamp = (k) => { if (!(k in boot)) boot[k] = performance.timeOrigin + performance.now(); };

let ready = null;
function engine() {
  if (!ready) {
    stamp('engineAsked');
    ready = init({ module_or_path: new URL('./wasm/figcheck_bg.wasm', import.meta.url) })
      .then((x) => {
        stamp('engine');
        // The first call builds the lexicons' index, which every check needs:
        // now, while the saved reports are read (prepare).
        extract('1', { lang: 'en' });
        stamp('lexicons');
        return x;
      })
      .catch((e) => { ready = null; throw new Error(`the figcheck engine did not load: ${e.message}`); });
  }
  return ready;
}

// The engine's hot paths run first from the browser's baseline wasm compiler,
// and are optimised in the background only once they have run enough. In a
// new worker (engine driven directly, five workers each), a 100 KB page's
// first check took 70-140 ms (median 114 ms), and 20-80 ms (median 36 ms)
// after the warm-up below; optimised, 5-10 ms. In benches/extension-page.mjs
// the first page after the warm-up was checked in 6-16 ms, against 20-24 ms
// with the old 30 short rounds. So once per worker, as soon as a page of a
// site switched on starts loading (figcheck/wake) or after the first answer,
// the engine checks a short text of our own against a version of it, again
// and again, in tasks of at most WARM_TASK_MS (a page's message is answered
// in between, and first; no round runs while a page is being checked), until
// WARM_ROUNDS rounds or WARM_BUDGET_MS of work.
const WARM_UP = [
  'A empresa foi avaliada em 2 trilhões de dólares e opera dezenas de milhares de GPUs, com cerca de 1.200 funcionários em 14 países.',
  'O novo centro de dados em Campinas terá até 850 megawatts, custará entre R$ 3 e 4 bilhões e ficará pronto em 18 meses, segundo a diretora Ana Ribeiro.',
  'Em 2023, as vendas subiram 12,5% e o lucro líquido chegou a quase 740 milhões de reais; a dívida caiu para 1,3 bilhão.',
  'Le centre consommera environ 300 mégawatts et coûtera 200 milliards de dollars, soit 15 % de plus que prévu, a indiqué la société Nordvolt.',
  'Plus de 4 000 personnes y travaillent déjà et la ville prévoit 2,5 millions de mètres cubes d’eau par an.',
  'The plant will draw up to 858 MW and use about 291,786 gallons of water a day for two to three years, Helix Power said on Monday.',
  'Revenue rose to $4.2 billion in the third quarter, up 9 percent, while the firm cut some 1,500 jobs, or nearly a tenth of its staff.',
  'La planta producirá unos 120.000 barriles diarios y empleará a cientos de trabajadores, con una inversión de 3.500 millones de euros.',
  'Das Unternehmen investiert rund 2,4 Milliarden Euro und will bis 2030 etwa 5 Gigawatt Leistung aufbauen, sagte Vorstand Jens Keller.',
].join('\n');
// The same story with some magnitudes one step off, as a translation slip would have them.
const WARM_UP_SLIP = WARM_UP.replace('2 trilhões', '200 bilhões').replace('300 mégawatts', '30 mégawatts')
  .replace('$4.2 billion', '$42 billion').replace('2,4 Milliarden', '2,4 Billionen');
const WARM_ROUNDS = 60;
const WARM_BUDGET_MS = 100;
const WARM_TASK_MS = 8;
let warming = null;
// Page checks in flight: the warm-up waits for none, so that its rounds never
// run between a page's message and its answer (on a stopped worker they had
// taken 28 ms of that time in benches/extension-page.mjs).
let checking = 0;
const checksDone = [];
/** Resolves when no page check is in flight. */
async function noPageCheck() {
  while (checking > 0) await new Promise((r) => checksDone.push(r));
}
async function whileChecking(f) {
  checking += 1;
  try { return await f(); } finally {
    checking -= 1;
    if (checking === 0) for (const r of checksDone.splice(0)) r();
  }
}
let warmRounds = 0; // rounds run so far (reported with each check's timing)
let warmMs = 0; // time the warm-up has run so far (likewise)
/** Warms the engine once per worker (see above). */
function warmUp() {
  if (!warming) {
    warming = (async () => {
      await engine();
      let set = null;
      try {
        // A task boundary first, so that a page's message that came meanwhile
        // is checked before the warm-up's own set is built.
        await new Promise((r) => setTimeout(r, 0));
        await noPageCheck();
        const t = performance.now();
        set = new ReportSet([{ name: 'warm-up', claims: extract(WARM_UP_SLIP, { quotes: true }), version: true }]);
        warmMs += performance.now() - t;
        let spent = 0;
        while (warmRounds < WARM_ROUNDS && spent < WARM_BUDGET_MS) {
          // A task of its own, so that a page's message is answered in between,
          // and none while a page is being checked.
          await new Promise((r) => setTimeout(r, 0));
          await noPageCheck();
          const task = performance.now();
          do {
            set.checkText(WARM_UP, { page_name: 'warm-up' }).free();
            warmRounds += 1;
          } while (warmRounds < WARM_ROUNDS && performance.now() - task < WARM_TASK_MS);
          spent += performance.now() - task;
          warmMs += performance.now() - task;
        }
      } catch { /* only a warm-up */ } finally { if (set) set.free(); }
    })().catch(() => { /* no engine: the page's own check says so */ });
  }
  return warming;
}

// The saved reports, read and indexed in the engine once, and kept until
// storage changes: a page's check does not read, clone or send them again.
let setCache = null; // { generation, set: ReportSet, reports: [report without claims] }
let storeGeneration = 0;     // changes of the saved reports (and migrations)
let settingsGeneration = 0;  // changes of the settings
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  const keys = Object.keys(changes);
  if (keys.some((k) => k !== 'settings')) storeGeneration += 1;
  if (keys.includes('settings')) settingsGeneration += 1;
});
/** The settings, read once per change of storage. */
let settingsCache = null;
async function settingsNow() {
  if (settingsCache && settingsCache.generation === settingsGeneration) return settingsCache.settings;
  const generation = settingsGeneration;
  const settings = await store.settings();
  if (generation === settingsGeneration) settingsCache = { generation, settings };
  return settings;
}

/**
 * The saved reports' set, built once per change of them; callers use it at
 * once (no await in between), since the next build frees it. Concurrent
 * callers share one build.
 */
let setBuilding = null;
async function storedSet() {
  if (setCache && setCache.generation === storeGeneration) return setCache;
  if (!setBuilding) {
    setBuilding = (async () => {
      for (let tries = 0; ; tries += 1) {
        const generation = storeGeneration;
        const r0 = performance.now();
        const list = await store.list();
        const readMs = performance.now() - r0;
        stamp('read');
        await engine();
        // Changed while being read: read again (a few times at most).
        if (generation !== storeGeneration && tries < 4) continue;
        const reports = list.map((r) => reportFor(r, r.figures));
        const i0 = performance.now();
        const entry = { generation, set: new ReportSet(reports), reports: reports.map(({ claims: _c, ...meta }) => meta) };
        // For benches/extension-page.mjs: the build's two parts, and when it ended.
        entry.readMs = readMs; entry.indexMs = performance.now() - i0; entry.builtAt = performance.now();
        if (setCache) setCache.set.free();
        setCache = entry;
        stamp('set');
        return entry;
      }
    })().finally(() => { setBuilding = null; });
  }
  return setBuilding;
}

/**
 * What a page's check needs, side by side rather than one after the other:
 * the engine loads (and builds its lexicon index) while the browser reads the
 * storage, first the schema, then the saved reports, and the settings.
 */
function prepare() {
  return Promise.all([engine(), savedReports(), settingsNow()]);
}

/** The saved reports' set, once the store's schema is current. */
function savedReports() {
  return storeReady().then(storedSet);
}

let migrated = null;
function storeReady() {
  if (!migrated) migrated = store.migrate().then((x) => { stamp('migrated'); return x; }).catch((e) => { migrated = null; throw e; });
  return migrated;
}

/** The language to read a text in: its page's, or detected from its start. */
function languageOf(text, lang) {
  return normLang(lang) || (text.trim() ? normLang(detect_language(text.slice(0, 20_000))) : '') || undefined;
}

/** The claims of a text (offsets in UTF-16 code units of `text`, each with its sentence). */
async function claimsOf(text, lang, date) {
  await engine();
  const language = languageOf(text, lang);
  const opts = { quotes: true };
  if (language) opts.lang = language;
  if (date) opts.date = date;
  return { claims: extract(text, opts), lang: language || '' };
}

function reportFor(meta, claims) {
  return { name: meta.url, url: meta.url, title: meta.title || meta.url, lang: meta.lang || '', date: meta.date || undefined, claims };
}

/**
 * Checks a page against the saved reports and the given other-language
 * versions. The engine reads the page and keeps the findings (a PageCheck);
 * the page gets its marks, and asks for a figure's counterparts by index.
 */
async function analyze(page, alternates) {
  // Where the background's time goes (ms), returned with the answer for benches/extension-page.mjs.
  const t0 = performance.now();
  const timing = {};
  // The saved reports are read while the engine loads (see prepare).
  const storedNow = savedReports();
  storedNow.catch(() => {}); // awaited below; not unhandled when the engine fails first
  await engine();
  timing.ready = performance.now() - t0;
  let t = performance.now();
  const stored = await storedNow;
  timing.store = performance.now() - t;
  // Built while this check waited: how long reading the storage and indexing took.
  const builtNow = stored.builtAt >= t;
  timing.storeRead = builtNow ? stored.readMs : 0;
  timing.storeIndex = builtNow ? stored.indexMs : 0;
  const own = pageKey(page.url);
  const exclude = stored.reports.filter((r) => pageKey(r.url) === own).map((r) => r.name);
  const meta = new Map(stored.reports.map((r) => [r.name, r]));
  for (const name of exclude) meta.delete(name);
  const versions = [];
  for (const a of alternates || []) {
    const key = pageKey(a.url);
    if (key === own || [...meta.values()].some((r) => pageKey(r.url) === key)) continue;
    // An hreflang alternate is a version of this page's story: the engine aligns its figures.
    const v = { name: a.url, text: a.text, lang: languageOf(a.text, a.lang), date: a.date || undefined, title: a.title || a.url, url: a.url };
    versions.push(v);
    meta.set(v.name, { name: v.name, title: v.title, url: v.url, lang: v.lang || '' });
  }
  t = performance.now();
  const lang = languageOf(page.text, page.lang) || '';
  const result = stored.set.checkText(page.text, { lang: lang || undefined, date: page.date || undefined, page_name: page.url, exclude }, versions);
  timing.engine = performance.now() - t;
  timing.warm = warmRounds;
  meta.set(page.url, { name: page.url, title: page.title, url: page.url, lang: result.lang, self: true });
  setTimeout(warmUp, 0);
  return { result, meta, selfName: page.url, reports: meta.size - 1, timing };
}

/** Adds each counterpart's title, address, language and whether it is this page. */
function annotate(f, kept) {
  for (const o of f.others || []) {
    const r = kept.meta.get(o.file);
    if (!r) continue;
    o.title = r.title; o.url = r.url; o.lang = r.lang || '';
    o.self = o.file === kept.selfName;
  }
  return f;
}

// The findings of each tab's last check, kept in the engine: the page is sent
// only what it paints (offsets and verdicts), and asks for a figure's
// counterparts when the reader points at it (a 100 KB page's findings are
// about 300 KB of JSON, and sending them took longer than checking them).
// Lost when the worker stops; the content script then checks again.
const MAX_KEPT = 24;
const kept = new Map(); // `${tabId}:${frameId}` → { id, result: PageCheck, meta, selfName, reports }
let checkSerial = 0;
function drop(key) {
  const k = kept.get(key);
  if (k) { kept.delete(key); k.result.free(); }
}
function keep(sender, out) {
  const key = `${sender.tab.id}:${sender.frameId ?? 0}`;
  checkSerial += 1;
  const id = `${Date.now().toString(36)}-${checkSerial}`;
  drop(key);
  kept.set(key, { id, ...out });
  while (kept.size > MAX_KEPT) drop(kept.keys().next().value);
  return id;
}

async function setBadge(tabId, conflicts) {
  if (tabId === undefined) return;
  try {
    await api.action.setBadgeBackgroundColor({ tabId, color: conflicts > 0 ? '#c62828' : '#607d8b' });
    await api.action.setBadgeText({ tabId, text: String(conflicts) });
  } catch { /* the tab went away */ }
}

async function ensureInjected(tabId) {
  const [probe] = await api.scripting.executeScript({ target: { tabId }, func: () => Boolean(globalThis.__figcheck) });
  if (probe && probe.result) return false;
  await api.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  return true;
}

/** Keeps the registered content script in step with the sites switched on and the permissions held. */
async function syncAutoSites() {
  const { autoSites } = await store.settings();
  const granted = [];
  for (const origin of autoSites) {
    if (await api.permissions.contains({ origins: [`${origin}/*`] })) granted.push(`${origin}/*`);
  }
  for (const id of [AUTO_SCRIPT_ID, WAKE_SCRIPT_ID]) {
    try { await api.scripting.unregisterContentScripts({ ids: [id] }); } catch { /* none registered */ }
  }
  if (granted.length) {
    await api.scripting.registerContentScripts([
      { id: AUTO_SCRIPT_ID, matches: granted, js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true },
      // Wakes the engine while the page loads (wake.js).
      { id: WAKE_SCRIPT_ID, matches: granted, js: ['wake.js'], runAt: 'document_start', persistAcrossSessions: true },
    ]);
  }
  return granted.length;
}

function originOf(url) {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new StoreError('only http and https pages can be read');
  return u.origin;
}

async function fetchPage(url) {
  const origin = originOf(url);
  if (!(await api.permissions.contains({ origins: [`${origin}/*`] }))) {
    return { error: `figcheck may not read ${origin} yet: allow it from the popup`, needsPermission: origin };
  }
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 15_000);
  try {
    const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: ctl.signal });
    if (!res.ok) return { error: `${url} answered ${res.status}` };
    const type = res.headers.get('content-type') || '';
    if (!/html|xml/i.test(type)) return { error: `${url} is not an HTML page (${type || 'no type'})` };
    let html = await res.text();
    if (html.length > MAX_FETCH_CHARS) html = html.slice(0, MAX_FETCH_CHARS);
    return { html, url: res.url || url };
  } finally { clearTimeout(timer); }
}

// --- message shape checks ------------------------------------------------
const isStr = (v, max = Infinity) => typeof v === 'string' && v.length <= max;
function checkPage(p) {
  if (!p || typeof p !== 'object') throw new StoreError('bad message: no page');
  if (!isStr(p.text, 12_000_000) || !isStr(p.url, 4096) || !isStr(p.title ?? '', 4000) || !isStr(p.lang ?? '', 40)) throw new StoreError('bad message: page fields');
  if (!(p.date == null || isStr(p.date, 40))) throw new StoreError('bad message: page date');
  originOf(p.url);
  return p;
}

// Long page texts, in parts (content.js sendParts); a part is at most this long.
const PART_MAX = 300_000;
const inbox = new PartsInbox({ maxChars: 12_000_000, maxTexts: 8 });
const partKey = (s, id) => `${s.tab.id}:${s.frameId ?? 0}:${id}`;
/** The page of a message: its text joined from the parts sent ahead of it, when it came so. */
function joinedPage(p, s) {
  if (!p || typeof p !== 'object' || p.parts == null) return p;
  const { id, length } = p.parts;
  if (!isStr(id, 100) || !Number.isInteger(length) || length < 0) throw new StoreError('bad message: page parts');
  let text;
  try { text = inbox.take(partKey(s, id), length); } catch (e) { throw new StoreError(`bad message: ${e.message}`); }
  const { parts: _parts, ...page } = p;
  return { ...page, text };
}

const FROM_CONTENT = 'content';
const FROM_PAGE = 'page';
const HANDLERS = {
  'figcheck/analyze': [FROM_CONTENT, (m, s) => whileChecking(async () => {
    const received = performance.timeOrigin + performance.now();
    stamp('analyze');
    const warmBefore = warmMs;
    const page = checkPage(joinedPage(m.page, s));
    const alts = Array.isArray(m.alternates) ? m.alternates.slice(0, 16).map(checkPage) : [];
    const out = await analyze(page, alts);
    const { result } = out;
    const conflicts = result.conflicts;
    // The badge is set after the answer has gone: the marks need not wait for it.
    setTimeout(() => { setBadge(s.tab && s.tab.id, conflicts).catch(() => {}); }, 0);
    // The paint setting rides with the answer (one message less per check).
    const { paint } = await settingsNow();
    const answer = { marks: Array.from(result.marks()), conflicts, claims: result.claims, lang: result.lang, reports: out.reports, paint, timing: out.timing };
    answer.id = keep(s, out);
    out.timing.received = received;
    out.timing.boot = boot;
    out.timing.warmDuring = warmMs - warmBefore;
    out.timing.replied = performance.timeOrigin + performance.now();
    return answer;
  })],
  // One part of a long page text, ahead of the check that joins them.
  'figcheck/part': [FROM_CONTENT, (m, s) => {
    if (!isStr(m.id, 100) || !Number.isInteger(m.at) || m.at < 0 || !isStr(m.text, PART_MAX)) throw new StoreError('bad message: part');
    try { inbox.add(partKey(s, m.id), m.at, m.text); } catch (e) { throw new StoreError(`bad message: ${e.message}`); }
    return { ok: true };
  }],
  // A page of a site switched on is loading (wake.js): get the engine and the saved reports ready.
  'figcheck/wake': [FROM_CONTENT, async () => {
    stamp('wake');
    await prepare();
    // Then the warm-up runs while the page loads, in short tasks.
    warmUp();
    return { ready: true };
  }],
  // A kept check's findings: one (`index`) for a popover, or all of them.
  'figcheck/details': [FROM_CONTENT, async (m, s) => {
    if (!isStr(m.id, 100) || !(m.index === undefined || Number.isInteger(m.index))) throw new StoreError('bad message: details');
    const got = kept.get(`${s.tab.id}:${s.frameId ?? 0}`);
    if (!got || got.id !== m.id) return { missing: true };
    if (m.index === undefined) {
      const findings = got.result.findings().map((f) => annotate(f, got));
      return { findings, claims: got.result.claims, lang: got.result.lang, reports: got.reports };
    }
    const finding = m.index >= 0 ? got.result.finding(m.index) : undefined;
    return finding ? { finding: annotate(finding, got) } : { missing: true };
  }],
  'figcheck/store-report': [FROM_CONTENT, async (m, s) => {
    const page = checkPage(joinedPage(m.page, s));
    await storeReady();
    const { claims, lang } = await claimsOf(page.text, page.lang, page.date);
    const saved = await store.put({
      url: page.url.split('#')[0], title: page.title || page.url, lang, date: page.date || null,
      savedAt: new Date().toISOString(), figures: claims,
    });
    return { saved: { url: saved.url, title: saved.title, lang: saved.lang, date: saved.date, figures: saved.figures.length } };
  }],
  'figcheck/fetch-page': [FROM_CONTENT, async (m) => {
    if (!isStr(m.url, 4096)) throw new StoreError('bad message: url');
    return fetchPage(m.url);
  }],
  'figcheck/inject': [FROM_PAGE, async (m) => {
    if (!Number.isInteger(m.tabId)) throw new StoreError('bad message: tabId');
    return { injected: await ensureInjected(m.tabId) };
  }],
  'figcheck/reports': [FROM_PAGE, async () => { await storeReady(); return { reports: await store.list() }; }],
  'figcheck/delete-report': [FROM_PAGE, async (m) => {
    if (!isStr(m.url, 4096)) throw new StoreError('bad message: url');
    await storeReady(); await store.remove(m.url); return { deleted: m.url };
  }],
  'figcheck/export': [FROM_PAGE, async () => { await storeReady(); return { json: await store.exportJson() }; }],
  'figcheck/import': [FROM_PAGE, async (m) => {
    if (typeof m.json !== 'string') throw new StoreError('bad message: json');
    await storeReady(); return { imported: await store.importJson(m.json) };
  }],
  'figcheck/settings': [FROM_PAGE, async () => store.settings()],
  'figcheck/set-auto': [FROM_PAGE, async (m) => {
    const origin = originOf(String(m.origin));
    const s = await store.settings();
    const sites = new Set(s.autoSites);
    if (m.on) sites.add(origin); else sites.delete(origin);
    await store.setSettings({ autoSites: [...sites].sort() });
    return { autoSites: [...sites].sort(), registered: await syncAutoSites() };
  }],
  'figcheck/set-paint': [FROM_PAGE, async (m) => {
    if (m.paint !== 'auto' && m.paint !== 'overlay') throw new StoreError('bad message: paint');
    return store.setSettings({ paint: m.paint });
  }],
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!sender || sender.id !== api.runtime.id) return false;
  if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !Object.hasOwn(HANDLERS, msg.type)) return false;
  const [from, handler] = HANDLERS[msg.type];
  const own = api.runtime.getURL('');
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(own);
  const ok = from === FROM_PAGE ? fromPage : (!fromPage && sender.tab && Number.isInteger(sender.tab.id));
  if (!ok) return false;
  Promise.resolve().then(() => handler(msg, sender)).then(
    (r) => sendResponse(r),
    (e) => sendResponse({ error: String((e && e.message) || e) }),
  );
  return true;
});

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({ id: MENU_SAVE, title: 'Save this page as a figcheck report', contexts: ['page', 'selection'] });
  });
  storeReady().then(syncAutoSites).catch(() => {});
});
api.runtime.onStartup.addListener(() => { storeReady().then(syncAutoSites).catch(() => {}); });
if (api.tabs && api.tabs.onRemoved) {
  api.tabs.onRemoved.addListener((tabId) => { for (const k of [...kept.keys()]) if (k.startsWith(`${tabId}:`)) drop(k); });
}
api.permissions.onRemoved.addListener(() => { syncAutoSites().catch(() => {}); });

api.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_SAVE || !tab || tab.id === undefined) return;
  try {
    await ensureInjected(tab.id);
    const r = await api.tabs.sendMessage(tab.id, { type: 'figcheck/save-report' });
    await api.action.setTitle({ tabId: tab.id, title: r && r.saved ? `figcheck: saved "${r.saved.title}" (${r.saved.figures} figures)` : `figcheck: not saved: ${r && r.error}` });
  } catch (e) {
    await api.action.setTitle({ tabId: tab.id, title: `figcheck: not saved: ${e.message}` });
  }
});
stamp('evaluated');
