// @ts-check
// A page's check: the engine reads the page and checks it against the saved
// reports and the page's other-language versions, and keeps the findings (a
// PageCheck); the page is sent only what it paints (offsets and verdicts), and
// asks for a figure's counterparts when the reader points at it (a 100 KB
// page's findings are about 300 KB of JSON, and sending them took longer than
// checking them). Lost when the worker stops; the content script then checks again.
import { detect_language, readReport } from 'figcheck-wasm';
import { pageKey } from '../lib/text.js';
import { engine, engineLang, engineLanguages, warm, warmUp } from './engine.js';
import { savedReports } from './reports.js';

/** @typedef {import('../protocol.js').PageMessage} PageMessage */
/** @typedef {{ name: string, title?: string, url?: string, lang?: string, self?: boolean }} ReportMeta */
/**
 * @typedef {object} Kept
 * @property {import('figcheck-wasm').PageCheck} result
 * @property {Map<string, ReportMeta>} meta each report's title, address and language, by name
 * @property {string} selfName the page's own name
 * @property {number} reports how many reports and versions it was checked against
 * @property {Record<string, unknown>} timing
 */

/**
 * The language to read a text in: its page's, or detected from its start.
 * @param {string} text @param {string | undefined | null} lang
 */
export function languageOf(text, lang) {
  return engineLang(lang) || (text.trim() ? engineLang(detect_language(text.slice(0, 20_000))) : '') || undefined;
}

/**
 * A text read as a report to save: its claims (offsets in UTF-16 code units
 * of `text`, each with its sentence) and its outline, by which a later check
 * recognizes a version of a page's story.
 * @param {string} name @param {string} text @param {string | undefined} lang @param {string | null | undefined} date
 */
export async function reportOf(name, text, lang, date) {
  await engine();
  const language = languageOf(text, lang);
  /** @type {import('figcheck-wasm').ExtractOptions} */
  const opts = {};
  if (language) opts.lang = language;
  if (date) opts.date = date;
  const r = readReport(name, text, opts);
  return { claims: r.claims, outline: r.outline, lang: language || '' };
}

/**
 * Checks a page against the saved reports and the given other-language
 * versions. The engine reads the page and keeps the findings (a PageCheck);
 * the page gets its marks, and asks for a figure's counterparts by index.
 * @param {PageMessage} page
 * @param {PageMessage[]} alternates
 * @returns {Promise<Kept>}
 */
export async function analyze(page, alternates) {
  // Where the background's time goes (ms), returned with the answer for benches/extension-page.mjs.
  const t0 = performance.now();
  /** @type {Record<string, unknown>} */
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
  /** @type {Map<string, ReportMeta>} */
  const meta = new Map(stored.reports.map((r) => [r.name, r]));
  for (const name of exclude) meta.delete(name);
  const versions = [];
  for (const a of alternates || []) {
    const key = pageKey(a.url);
    if (key === own || versions.some((v) => pageKey(v.url) === key)) continue;
    // A saved report of the same address gives way to the version just read: the page names it
    // as a version of its story, which the saved report does not say.
    for (const r of [...meta.values()]) {
      if (pageKey(r.url) === key) { exclude.push(r.name); meta.delete(r.name); }
    }
    // An hreflang alternate is a version of this page's story: the engine aligns its figures.
    const v = { name: a.url, text: a.text, lang: languageOf(a.text, a.lang), date: a.date || undefined, title: a.title || a.url, url: a.url };
    versions.push(v);
    meta.set(v.name, { name: v.name, title: v.title, url: v.url, lang: v.lang || '' });
  }
  t = performance.now();
  const lang = languageOf(page.text, page.lang) || '';
  const result = stored.set.checkText(page.text, { lang: lang || undefined, date: page.date || undefined, page_name: page.url, exclude }, versions);
  timing.engine = performance.now() - t;
  timing.warm = warm.rounds;
  meta.set(page.url, { name: page.url, title: page.title, url: page.url, lang: result.lang, self: true });
  setTimeout(warmUp, 0);
  return { result, meta, selfName: page.url, reports: meta.size - 1, timing };
}

/**
 * Adds to each counterpart its report's title, address, language (code, when
 * the engine did not give it, and name) and whether it is this page.
 * @param {import('figcheck-wasm').Finding} f
 * @param {Kept} kept
 * @returns {import('../protocol.js').ShownFinding}
 */
export function annotate(f, kept) {
  const name = engineLanguages().name;
  for (const other of f.others || []) {
    const o = /** @type {import('../protocol.js').ShownOther} */ (other);
    const r = kept.meta.get(o.file);
    if (r) {
      o.title = r.title; o.url = r.url; o.lang = o.lang || r.lang || '';
      o.self = o.file === kept.selfName;
    }
    if (o.lang) o.language = name(o.lang);
  }
  return f;
}

// Each tab's last check, by `${tabId}:${frameId}`.
const MAX_KEPT = 24;
/** @type {Map<string, Kept & { id: string }>} */
export const kept = new Map();
let checkSerial = 0;
/** Forgets a kept check and frees its findings. @param {string} key */
export function drop(key) {
  const k = kept.get(key);
  if (k) { kept.delete(key); k.result.free(); }
}
/**
 * Keeps a check as the last of the sender's tab and frame; its id.
 * @param {chrome.runtime.MessageSender} sender @param {Kept} out
 */
export function keep(sender, out) {
  const key = `${sender.tab.id}:${sender.frameId ?? 0}`;
  checkSerial += 1;
  const id = `${Date.now().toString(36)}-${checkSerial}`;
  drop(key);
  kept.set(key, { id, ...out });
  while (kept.size > MAX_KEPT) drop(kept.keys().next().value);
  return id;
}
