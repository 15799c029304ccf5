// @ts-check
// A check of the page: its text read and sent to the background (which owns
// the engine), the marks painted from the answer; the page's other-language
// versions read when asked; the page saved as a report; and a check again when
// the page changes.
import { metaDate, pageLang } from '../../../js/lib/visible-text.js';
import { isError } from '../protocol.js';
import {
  $AbortController, $DOMParser, $MutationObserver, $URL, $clearTimeout, $fetch, $now, $setTimeout,
  beginSlice, endSlice, nextTask, send, state,
} from './env.js';
import { ensureHost } from './host.js';
import { paint } from './paint.js';
import { indexNodes, ownUrl, readPage, readSliced } from './read.js';

/** @typedef {import('../protocol.js').PageMessage} PageMessage */
/** @typedef {import('../protocol.js').CheckSummary} CheckSummary */

const BIG_TEXT = 200_000;           // above this, the message with the text is sent in a task of its own
const PART_CHARS = 250_000;         // and above this, the text goes ahead in parts of this size (sendParts)
const MAX_ALTERNATES = 12;
const DEBOUNCE_MS = 700;
const MAX_WAIT_MS = 4000;
const MAX_FETCH_CHARS = 8_000_000;

let partSerial = 0;
/**
 * Sends a long page text ahead of its check in parts of PART_CHARS, each
 * message's copy a slice of its own (one message of 5 MB was a 30-70 ms
 * task), never cutting a surrogate pair; returns the page to send without
 * its text.
 * @param {PageMessage} page
 * @returns {Promise<PageMessage>}
 */
async function sendParts(page) {
  const text = page.text;
  partSerial += 1;
  const id = `${$now().toString(36)}-${partSerial}`;
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + PART_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    beginSlice();
    const sent = send({ type: 'figcheck/part', id, at, text: text.slice(at, end) });
    endSlice();
    const r = await sent;
    if (!r || isError(r)) throw new Error(isError(r) ? r.error : 'no answer from the background');
    at = end;
  }
  return { ...page, text: '', parts: { id, length: text.length } };
}

/**
 * A page to send: whole, or its text ahead in parts when it is long.
 * @param {PageMessage} page
 */
const toSend = (page) => (page.text.length > PART_CHARS ? sendParts(page) : Promise.resolve(page));

/**
 * Runs a check, or joins the one under way; `fresh` asks for one more run after it (the page changed).
 * @returns {Promise<CheckSummary>}
 */
export async function runCheck(fresh = true) {
  if (state.running) { if (fresh) state.again = true; return state.running; }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        const page = await readPage();
        state.timing.textRead = $now();
        // A long text's copy into the message is a task of its own (megabytes take tens of ms).
        const big = page.text.length > BIG_TEXT;
        if (big) await nextTask();
        state.timing.sent = performance.timeOrigin + $now();
        const sentPage = await toSend(page);
        // Settled into a value, so that a failure while the nodes are indexed is not an unhandled rejection.
        // The message's copy is figcheck's main-thread work: a slice of its own.
        beginSlice();
        const answer = send({ type: 'figcheck/analyze', page: sentPage, alternates: state.alternates }).then((r) => ({ r, e: null }), (e) => ({ r: null, e }));
        endSlice();
        // The nodes are indexed, and figcheck's host made, while the background works:
        // neither is then on the way from the answer to the marks.
        if (big) await nextTask();
        await indexNodes();
        beginSlice();
        ensureHost();
        endSlice();
        const { r: res, e: failed } = await answer;
        if (failed) throw failed;
        state.timing.got = performance.timeOrigin + $now();
        if (!res || isError(res)) throw new Error(res ? res.error : 'no answer from the background');
        if (!Array.isArray(res.marks)) throw new Error('the background answered without marks');
        if (res.paint === 'auto' || res.paint === 'overlay') state.paint = res.paint;
        state.timing.engineDone = $now();
        state.timing.background = res.timing || null;
        state.checks += 1;
        // The findings themselves stay in the background (id): asked for when pointed at, or by the popup.
        state.last = { id: res.id, conflicts: res.conflicts, upheld: res.upheld, claims: res.claims, lang: res.lang, reports: res.reports,
          alternates: state.alternates.map((a) => a.url), skipped: state.skipped, mode: state.mode, textLength: state.text.length };
        await paint(res.marks, res.id);
        state.timing.painted = $now();
        state.last.mode = state.mode;
      } while (state.again);
      return state.last;
    } finally { state.running = null; }
  })();
  return state.running;
}

/** The page's other-language versions, from its `<link rel="alternate" hreflang>`. */
export function alternateLinks() {
  const own = ownUrl();
  const seen = new Set([own]);
  const out = [];
  for (const l of document.querySelectorAll('link[rel~="alternate" i][hreflang][href]')) {
    let u;
    try { u = new $URL(l.getAttribute('href'), document.baseURI); } catch { continue; }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
    u.hash = '';
    if (seen.has(u.href)) continue;
    seen.add(u.href);
    out.push({ url: u.href, hreflang: l.getAttribute('hreflang') || '', sameOrigin: u.origin === location.origin });
    if (out.length >= MAX_ALTERNATES) break;
  }
  return out;
}

/** @param {string} url */
async function fetchSameOrigin(url) {
  const ctl = new $AbortController();
  const t = $setTimeout(() => ctl.abort(), 15_000);
  try {
    const res = await $fetch(url, { credentials: 'same-origin', redirect: 'follow', signal: ctl.signal });
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    const type = res.headers.get('content-type') || '';
    if (!/html|xml/i.test(type)) throw new Error(`${url} is not an HTML page`);
    const html = await res.text();
    return html.length > MAX_FETCH_CHARS ? html.slice(0, MAX_FETCH_CHARS) : html;
  } finally { $clearTimeout(t); }
}

/** Reads the page's other-language versions, then checks the page against them. */
export async function compareAlternates() {
  /** @type {PageMessage[]} */
  const alts = [];
  /** @type {CheckSummary['skipped']} */
  const skipped = [];
  for (const link of alternateLinks()) {
    try {
      let html;
      if (link.sameOrigin) html = await fetchSameOrigin(link.url);
      else {
        const r = await send({ type: 'figcheck/fetch-page', url: link.url });
        if (!r || isError(r)) { skipped.push({ url: link.url, reason: isError(r) ? r.error : 'no answer', needsPermission: isError(r) ? r.needsPermission : undefined }); continue; }
        html = r.html;
      }
      // DOMParser documents are inert: no script runs, nothing loads.
      const doc = new $DOMParser().parseFromString(html, 'text/html');
      const read = await readSliced(doc, false);
      alts.push({ url: link.url, title: (doc.title || '').slice(0, 1000), lang: pageLang(doc, link.hreflang), date: metaDate(doc), text: read.text });
    } catch (e) {
      skipped.push({ url: link.url, reason: String((e && e.message) || e) });
    }
  }
  state.alternates = alts;
  state.skipped = skipped;
  return runCheck();
}

/** Saves the page as a report (the background reads its figures). */
export async function saveReport() {
  const page = await readPage(false);
  return send({ type: 'figcheck/store-report', page: await toSend(page) });
}

// Debounced: a check 0.7 s after the last change, and at the latest 4 s after the
// first one (a separate timer that later mutations do not push back).
/** @type {number | null} */
let debounce = null;
/** @type {number | null} */
let maxWait = null;
/** @type {MutationObserver | null} */
let observer = null;
function fire() {
  if (debounce !== null) $clearTimeout(debounce);
  if (maxWait !== null) $clearTimeout(maxWait);
  debounce = null; maxWait = null;
  runCheck().catch((e) => { state.lastError = String((e && e.message) || e); });
}
/** @param {MutationRecord[]} records */
function onMutations(records) {
  let relevant = false;
  for (const r of records) {
    const t = r.target;
    if (state.host && (t === state.host || state.host.contains(t))) continue;
    if (t === document.documentElement && r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === state.host)) continue;
    relevant = true; break;
  }
  if (!relevant) return;
  state.mutations = (state.mutations || 0) + 1;
  if (debounce !== null) $clearTimeout(debounce);
  debounce = $setTimeout(fire, DEBOUNCE_MS);
  if (maxWait === null) maxWait = $setTimeout(fire, MAX_WAIT_MS);
}
/** Checks the page again when it changes (debounced). */
export function observe() {
  if (observer) return;
  observer = new $MutationObserver(onMutations);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
