// figcheck's background (a module service worker in Chromium, an event page in
// Firefox). It owns the wasm engine — content scripts cannot compile wasm on
// pages whose CSP lacks 'wasm-unsafe-eval' — and the store of known reports.
// It answers only messages from this extension's own content scripts and pages.

import init, { extract, check, detect_language } from './wasm/figcheck.js';
import { Store, StoreError } from './lib/store.js';
import { normLang, sentenceAround, pageKey } from './lib/text.js';

const api = globalThis.browser ?? globalThis.chrome;
const store = new Store(api.storage.local);
const AUTO_SCRIPT_ID = 'figcheck-auto';
const MENU_SAVE = 'figcheck-save-report';
const CHUNK = 200_000;            // characters handed to extract() at a time
const MAX_FETCH_CHARS = 8_000_000;

let ready = null;
function engine() {
  if (!ready) {
    ready = init({ module_or_path: new URL('./wasm/figcheck_bg.wasm', import.meta.url) })
      .catch((e) => { ready = null; throw new Error(`the figcheck engine did not load: ${e.message}`); });
  }
  return ready;
}

// The engine's hot paths run first from the browser's baseline wasm compiler
// and are optimised in the background once they have run enough. A few
// rounds on a short text of our own, once per worker and after its first
// answer (so that no page waits for it), get them there before the next
// pages (40-100 ms of background work).
const WARM_UP = [
  'A empresa foi avaliada em 2 trilhões de dólares e opera dezenas de milhares de GPUs, com cerca de 1.200 funcionários.',
  'Le centre consommera environ 300 mégawatts et coûtera 200 milliards de dollars, soit 15 % de plus.',
  'The plant will draw up to 858 MW and use about 291,786 gallons of water a day, between 2 and 3 years.',
].join('\n');
let warmed = false;
function warmUp() {
  if (warmed) return;
  warmed = true;
  try {
    const claims = extract(WARM_UP, { quotes: true });
    const again = extract(WARM_UP.replace('2 trilhões', '200 bilhões'), { quotes: true });
    for (let i = 0; i < 30; i += 1) check(claims, [{ name: 'warm-up', claims: again, version: true }], { page_name: 'warm-up' });
  } catch { /* only a warm-up */ }
}

// The saved reports, read once and kept until storage changes (a page check
// should not pay for reading and cloning every report again).
let reportsCache = null;
let storeGeneration = 0;
api.storage.onChanged.addListener((_changes, area) => { if (area === 'local') { storeGeneration += 1; reportsCache = null; } });
async function storedReports() {
  if (reportsCache && reportsCache.generation === storeGeneration) return reportsCache.list;
  const generation = storeGeneration;
  const list = await store.list();
  if (generation === storeGeneration) reportsCache = { generation, list };
  return list;
}

let migrated = null;
function storeReady() {
  if (!migrated) migrated = store.migrate().catch((e) => { migrated = null; throw e; });
  return migrated;
}

/** Extracts the claims of a long text in slices cut at line ends; offsets stay UTF-16 into `text`. */
async function claimsOf(text, lang, date) {
  await engine();
  const language = normLang(lang) || (text.trim() ? normLang(detect_language(text.slice(0, 20_000))) : '') || undefined;
  const out = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > at + CHUNK / 2) end = nl + 1;
    }
    const piece = text.slice(at, end);
    const opts = { quotes: true };
    if (language) opts.lang = language;
    if (date) opts.date = date;
    for (const c of extract(piece, opts)) {
      c.start += at; c.end += at;
      if (!c.quote) c.quote = sentenceAround(text, c.start, c.end);
      out.push(c);
    }
    at = end;
  }
  return { claims: out, lang: language || '' };
}

function reportFor(meta, claims) {
  return { name: meta.url, url: meta.url, title: meta.title || meta.url, lang: meta.lang || '', date: meta.date || undefined, claims };
}

/** Checks a page against the saved reports and the given other-language versions. */
async function analyze(page, alternates) {
  // Where the background's time goes (ms), returned with the answer for benches/extension-page.mjs.
  const t0 = performance.now();
  const timing = {};
  await storeReady();
  await engine();
  timing.ready = performance.now() - t0;
  let t = performance.now();
  const { claims, lang } = await claimsOf(page.text, page.lang, page.date);
  timing.extract = performance.now() - t;
  t = performance.now();
  const own = pageKey(page.url);
  const reports = [];
  const stored = await storedReports();
  timing.store = performance.now() - t;
  for (const r of stored) {
    if (pageKey(r.url) === own) continue;
    reports.push(reportFor(r, r.figures));
  }
  for (const a of alternates || []) {
    if (pageKey(a.url) === own || reports.some((r) => pageKey(r.url) === pageKey(a.url))) continue;
    const got = await claimsOf(a.text, a.lang, a.date);
    // An hreflang alternate is a version of this page's story: figcheck aligns its figures.
    reports.push({ ...reportFor({ ...a, lang: got.lang }, got.claims), version: true });
  }
  const byName = new Map(reports.map((r) => [r.name, r]));
  const selfName = page.url;
  byName.set(selfName, { title: page.title, url: page.url, lang, claims });
  t = performance.now();
  const findings = check(claims, reports.map(({ name, claims: c, lang: l, date, title, url, version }) => ({ name, claims: c, lang: l, date, title, url, version: version === true })), { page_name: selfName });
  timing.check = performance.now() - t;
  t = performance.now();
  for (const f of findings) {
    if (!f.quote) f.quote = sentenceAround(page.text, f.start, f.end);
    for (const o of f.others || []) {
      const r = byName.get(o.file);
      if (!r) continue;
      o.title = r.title; o.url = r.url; o.lang = r.lang;
      o.self = o.file === selfName;
      if (!o.quote) {
        const twin = r.claims.find((c) => c.start === o.start && c.end === o.end);
        if (twin && twin.quote) o.quote = twin.quote;
      }
    }
  }
  timing.annotate = performance.now() - t;
  if (!warmed) setTimeout(warmUp, 0);
  return { findings, claims: claims.length, lang, reports: reports.length, timing };
}

// The findings of each tab's last check, kept here: the page is sent only what
// it paints (offsets and verdicts), and asks for a figure's counterparts when
// the reader points at it (a 100 KB page's findings are about 300 KB, and
// sending them took longer than checking them). Lost when the worker stops;
// the content script then checks again.
const MAX_KEPT = 64;
const kept = new Map(); // `${tabId}:${frameId}` → { id, findings, claims, lang, reports }
let checkSerial = 0;
function keepFindings(sender, out) {
  const key = `${sender.tab.id}:${sender.frameId ?? 0}`;
  checkSerial += 1;
  const id = `${Date.now().toString(36)}-${checkSerial}`;
  kept.delete(key);
  kept.set(key, { id, findings: out.findings, claims: out.claims, lang: out.lang, reports: out.reports });
  while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value);
  return id;
}

/** What the page paints: per finding its start, end and 1 for a conflict (0 for an agreement), flat. */
function marksOf(findings) {
  const marks = new Array(findings.length * 3);
  for (let i = 0; i < findings.length; i += 1) {
    const f = findings[i];
    marks[3 * i] = f.start; marks[3 * i + 1] = f.end; marks[3 * i + 2] = f.verdict === 'conflict' ? 1 : 0;
  }
  return marks;
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
  try { await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] }); } catch { /* none registered */ }
  if (granted.length) {
    await api.scripting.registerContentScripts([{ id: AUTO_SCRIPT_ID, matches: granted, js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true }]);
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

const FROM_CONTENT = 'content';
const FROM_PAGE = 'page';
const HANDLERS = {
  'figcheck/analyze': [FROM_CONTENT, async (m, s) => {
    const received = performance.timeOrigin + performance.now();
    const page = checkPage(m.page);
    const alts = Array.isArray(m.alternates) ? m.alternates.slice(0, 16).map(checkPage) : [];
    const out = await analyze(page, alts);
    const conflicts = out.findings.filter((f) => f.verdict === 'conflict').length;
    // The badge is set beside the answer, not before it: the marks need not wait for it.
    setBadge(s.tab && s.tab.id, conflicts).catch(() => {});
    const id = keepFindings(s, out);
    const answer = { id, marks: marksOf(out.findings), conflicts, claims: out.claims, lang: out.lang, reports: out.reports, timing: out.timing };
    out.timing.received = received;
    out.timing.replied = performance.timeOrigin + performance.now();
    return answer;
  }],
  // A kept check's findings: one (`index`) for a popover, or all of them.
  'figcheck/details': [FROM_CONTENT, async (m, s) => {
    if (!isStr(m.id, 100) || !(m.index === undefined || Number.isInteger(m.index))) throw new StoreError('bad message: details');
    const got = kept.get(`${s.tab.id}:${s.frameId ?? 0}`);
    if (!got || got.id !== m.id) return { missing: true };
    if (m.index === undefined) return { findings: got.findings, claims: got.claims, lang: got.lang, reports: got.reports };
    const finding = got.findings[m.index];
    return finding ? { finding } : { missing: true };
  }],
  'figcheck/store-report': [FROM_CONTENT, async (m) => {
    const page = checkPage(m.page);
    await storeReady();
    const { claims, lang } = await claimsOf(page.text, page.lang, page.date);
    const saved = await store.put({
      url: page.url.split('#')[0], title: page.title || page.url, lang, date: page.date || null,
      savedAt: new Date().toISOString(), figures: claims,
    });
    return { saved: { url: saved.url, title: saved.title, lang: saved.lang, date: saved.date, figures: saved.figures.length } };
  }],
  'figcheck/content-settings': [FROM_CONTENT, async () => {
    const { paint } = await store.settings();
    return { paint };
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
  api.tabs.onRemoved.addListener((tabId) => { for (const k of [...kept.keys()]) if (k.startsWith(`${tabId}:`)) kept.delete(k); });
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
