// @ts-check
// The background's answers to the messages of the protocol (../protocol.js):
// one handler per type, each checking its message's shape; only messages of
// this extension, from the sender the protocol names, are answered.
import { BACKGROUND_SENDERS, FROM_PAGE, MessageError, PART_MAX, MAX_PAGE_CHARS, checkPage, extensionApi, httpOrigin, isStr } from '../protocol.js';
import { PartsInbox } from '../lib/text.js';
import { analyze, annotate, keep, kept, reportOf } from './check.js';
import { boot, stamp, warm, warmUp, whileChecking } from './engine.js';
import { prepare, settingsNow, store, storeReady } from './reports.js';
import { ensureInjected, fetchPage, setBadge, syncAutoSites } from './sites.js';

/** @typedef {import('../protocol.js').ToBackground} ToBackground */
/** @typedef {import('../protocol.js').PageMessage} PageMessage */
/** @typedef {chrome.runtime.MessageSender & { tab: chrome.tabs.Tab }} TabSender */

const api = extensionApi();

// Long page texts, in parts (content.js sendParts).
const inbox = new PartsInbox({ maxChars: MAX_PAGE_CHARS, maxTexts: 8 });
/** @param {TabSender} s @param {string} id */
const partKey = (s, id) => `${s.tab.id}:${s.frameId ?? 0}:${id}`;
/**
 * The page of a message: its text joined from the parts sent ahead of it, when it came so.
 * @param {any} p @param {TabSender} s
 * @returns {unknown}
 */
function joinedPage(p, s) {
  if (!p || typeof p !== 'object' || p.parts == null) return p;
  const { id, length } = p.parts;
  if (!isStr(id, 100) || !Number.isInteger(length) || length < 0) throw new MessageError('bad message: page parts');
  let text;
  try { text = inbox.take(partKey(s, id), length); } catch (e) { throw new MessageError(`bad message: ${e.message}`); }
  const { parts: _parts, ...page } = p;
  return { ...page, text };
}

/**
 * The handler of each message type, given the message and its sender.
 * @type {{ [K in keyof ToBackground]: (m: ToBackground[K]['request'], s: TabSender) => Promise<ToBackground[K]['answer']> | ToBackground[K]['answer'] }}
 */
const HANDLERS = {
  'figcheck/analyze': (m, s) => whileChecking(async () => {
    const received = performance.timeOrigin + performance.now();
    stamp('analyze');
    const warmBefore = warm.ms;
    const page = checkPage(joinedPage(m.page, s));
    const alts = Array.isArray(m.alternates) ? m.alternates.slice(0, 16).map(checkPage) : [];
    const out = await analyze(page, alts);
    const { result } = out;
    // Red conflicts; those most reports uphold (the others differ) are counted apart.
    const upheld = result.upheld;
    const conflicts = result.conflicts - upheld;
    // The badge is set after the answer has gone: the marks need not wait for it.
    setTimeout(() => { setBadge(s.tab && s.tab.id, conflicts, upheld).catch(() => {}); }, 0);
    // The paint setting rides with the answer (one message less per check).
    const { paint } = await settingsNow();
    const id = keep(s, out);
    const answer = { id, marks: Array.from(result.marks()), conflicts, upheld, claims: result.claims, lang: result.lang, reports: out.reports, paint, timing: out.timing };
    out.timing.received = received;
    out.timing.boot = boot;
    out.timing.warmDuring = warm.ms - warmBefore;
    out.timing.replied = performance.timeOrigin + performance.now();
    return answer;
  }),
  // One part of a long page text, ahead of the check that joins them.
  'figcheck/part': (m, s) => {
    if (!isStr(m.id, 100) || !Number.isInteger(m.at) || m.at < 0 || !isStr(m.text, PART_MAX)) throw new MessageError('bad message: part');
    try { inbox.add(partKey(s, m.id), m.at, m.text); } catch (e) { throw new MessageError(`bad message: ${e.message}`); }
    return { ok: true };
  },
  // A page of a site switched on is loading (wake.js): get the engine and the saved reports ready.
  'figcheck/wake': async () => {
    stamp('wake');
    await prepare();
    // Then the warm-up runs while the page loads, in short tasks.
    warmUp();
    return { ready: true };
  },
  // A kept check's findings: one (`index`) for a popover, or all of them.
  'figcheck/details': async (m, s) => {
    if (!isStr(m.id, 100) || !(m.index === undefined || Number.isInteger(m.index))) throw new MessageError('bad message: details');
    const got = kept.get(`${s.tab.id}:${s.frameId ?? 0}`);
    if (!got || got.id !== m.id) return { missing: true };
    if (m.index === undefined) {
      /** @type {import('figcheck-wasm').Finding[]} */
      const all = got.result.findings();
      const findings = all.map((f) => annotate(f, got));
      return { findings, claims: got.result.claims, lang: got.result.lang, reports: got.reports };
    }
    const finding = m.index >= 0 ? got.result.finding(m.index) : undefined;
    return finding ? { finding: annotate(finding, got) } : { missing: true };
  },
  'figcheck/store-report': async (m, s) => {
    const page = checkPage(joinedPage(m.page, s));
    await storeReady();
    const url = page.url.split('#')[0];
    const { claims, outline, lang } = await reportOf(url, page.text, page.lang, page.date);
    /** @type {import('../protocol.js').StoredReport} */
    const report = { url, title: page.title || page.url, lang, date: page.date || null, savedAt: new Date().toISOString(), figures: claims };
    if (outline) report.outline = outline;
    const saved = await store.put(report);
    return { saved: { url: saved.url, title: saved.title, lang: saved.lang, date: saved.date, figures: saved.figures.length } };
  },
  'figcheck/fetch-page': async (m) => {
    if (!isStr(m.url, 4096)) throw new MessageError('bad message: url');
    return fetchPage(m.url);
  },
  'figcheck/inject': async (m) => {
    if (!Number.isInteger(m.tabId)) throw new MessageError('bad message: tabId');
    return { injected: await ensureInjected(m.tabId) };
  },
  'figcheck/reports': async () => { await storeReady(); return { reports: await store.list() }; },
  'figcheck/delete-report': async (m) => {
    if (!isStr(m.url, 4096)) throw new MessageError('bad message: url');
    await storeReady(); await store.remove(m.url); return { deleted: m.url };
  },
  'figcheck/export': async () => { await storeReady(); return { json: await store.exportJson() }; },
  'figcheck/import': async (m) => {
    if (typeof m.json !== 'string') throw new MessageError('bad message: json');
    await storeReady(); return { imported: await store.importJson(m.json) };
  },
  'figcheck/settings': async () => store.settings(),
  'figcheck/set-auto': async (m) => {
    const origin = httpOrigin(String(m.origin));
    const s = await store.settings();
    const sites = new Set(s.autoSites);
    if (m.on) sites.add(origin); else sites.delete(origin);
    await store.setSettings({ autoSites: [...sites].sort() });
    return { autoSites: [...sites].sort(), registered: await syncAutoSites() };
  },
  'figcheck/set-paint': async (m) => {
    if (m.paint !== 'auto' && m.paint !== 'overlay') throw new MessageError('bad message: paint');
    return store.setSettings({ paint: m.paint });
  },
};

/**
 * Answers a message of this extension from the sender its type allows; ignores any other.
 * @param {any} msg @param {chrome.runtime.MessageSender} sender @param {(answer: unknown) => void} sendResponse
 */
export function onMessage(msg, sender, sendResponse) {
  if (!sender || sender.id !== api.runtime.id) return false;
  if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !Object.hasOwn(HANDLERS, msg.type)) return false;
  /** @type {keyof ToBackground} */
  const type = msg.type;
  const own = api.runtime.getURL('');
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(own);
  const ok = BACKGROUND_SENDERS[type] === FROM_PAGE ? fromPage : (!fromPage && sender.tab && Number.isInteger(sender.tab.id));
  if (!ok) return false;
  const handler = /** @type {(m: unknown, s: TabSender) => unknown} */ (HANDLERS[type]);
  Promise.resolve().then(() => handler(msg, /** @type {TabSender} */ (sender))).then(
    (r) => sendResponse(r),
    (e) => sendResponse({ error: String((e && e.message) || e) }),
  );
  return true;
}
