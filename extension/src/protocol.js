// @ts-check
// Every message of the extension in one place: its type, who may send it, what
// it carries and what it answers. The background answers the content scripts
// and the extension's pages (popup, options); the content script answers the
// extension's pages (extension/README.md, "Messages"). `send` and `sendToTab` take only a message of
// this protocol and give its answer's type (tsc checks every call, make test).
// Checks of a message's shape that the receiver must make are here too.

/** @typedef {import('figcheck-wasm').Finding} Finding */
/** @typedef {import('figcheck-wasm').Other} Other */

/** Who sends a message to the background: a content script in a tab, or one of the extension's own pages. */
export const FROM_CONTENT = 'content';
export const FROM_PAGE = 'page';

/**
 * A page as the content script sends it: its visible text (or, for a long
 * text, the id and length of the parts sent ahead of it: `figcheck/part`).
 * @typedef {object} PageMessage
 * @property {string} text
 * @property {string} url
 * @property {string} [title]
 * @property {string} [lang] as the page states it (`<html lang>`)
 * @property {string | null} [date] YYYY-MM-DD
 * @property {{ id: string, length: number }} [parts]
 */

/**
 * A counterpart as the extension shows it: the engine's, with the version's
 * title and address and whether it is this page (`annotate` in the background).
 * `evidence`, `basis` and `lang` come from the engine (docs/claims.md §3): why the two
 * figures were compared, that reason in words, and the language of the counterpart's
 * report; `language` is that language's name.
 * @typedef {Other & {
 *   evidence?: 'aligned' | 'measure_subject',
 *   basis?: string,
 *   lang?: string,
 *   language?: string,
 *   title?: string,
 *   url?: string,
 *   self?: boolean,
 * }} ShownOther
 */

/** @typedef {Omit<Finding, 'others'> & { others: ShownOther[] }} ShownFinding */

/** @typedef {{ error: string, needsPermission?: string }} ErrorAnswer */

/**
 * What the background kept of a check, as the content script holds it.
 * @typedef {object} CheckSummary
 * @property {string} id
 * @property {number} conflicts red: conflicts not upheld
 * @property {number} upheld conflicts most reports uphold (the others differ)
 * @property {number} claims
 * @property {string} lang
 * @property {number} reports
 * @property {string[]} alternates
 * @property {Array<{ url: string, reason: string, needsPermission?: string }>} skipped
 * @property {string} mode
 * @property {number} textLength
 */

/** @typedef {Omit<CheckSummary, 'id' | 'conflicts' | 'upheld'> & { findings: ShownFinding[] }} FindingsAnswer */

/** @typedef {{ url: string, title: string, lang: string, date: string | null, figures: number }} SavedSummary */

/**
 * @typedef {object} StoredReport
 * @property {string} url
 * @property {string} title
 * @property {string} lang
 * @property {string | null} date
 * @property {string} savedAt
 * @property {import('figcheck-wasm').Claim[]} figures
 * @property {import('figcheck-wasm').Outline} [outline] its text's outline (`readReport`), to recognize versions of a page's story by
 */

/** @typedef {{ autoSites: string[], paint: 'auto' | 'overlay' }} Settings */

/**
 * The messages the background answers: type → request and answer.
 * @typedef {{
 *   'figcheck/analyze': { from: 'content', request: { type: 'figcheck/analyze', page: PageMessage, alternates?: PageMessage[] },
 *     answer: { id: string, marks: number[], conflicts: number, upheld: number, claims: number, lang: string, reports: number, paint: Settings['paint'], timing: object } },
 *   'figcheck/part': { from: 'content', request: { type: 'figcheck/part', id: string, at: number, text: string }, answer: { ok: true } },
 *   'figcheck/wake': { from: 'content', request: { type: 'figcheck/wake' }, answer: { ready: true } },
 *   'figcheck/details': { from: 'content', request: { type: 'figcheck/details', id: string, index?: number },
 *     answer: { missing: true } | { finding: ShownFinding } | { findings: ShownFinding[], claims: number, lang: string, reports: number } },
 *   'figcheck/store-report': { from: 'content', request: { type: 'figcheck/store-report', page: PageMessage }, answer: { saved: SavedSummary } },
 *   'figcheck/fetch-page': { from: 'content', request: { type: 'figcheck/fetch-page', url: string },
 *     answer: { html: string, url: string } | ErrorAnswer },
 *   'figcheck/inject': { from: 'page', request: { type: 'figcheck/inject', tabId: number }, answer: { injected: boolean } },
 *   'figcheck/reports': { from: 'page', request: { type: 'figcheck/reports' }, answer: { reports: StoredReport[] } },
 *   'figcheck/delete-report': { from: 'page', request: { type: 'figcheck/delete-report', url: string }, answer: { deleted: string } },
 *   'figcheck/export': { from: 'page', request: { type: 'figcheck/export' }, answer: { json: string } },
 *   'figcheck/import': { from: 'page', request: { type: 'figcheck/import', json: string }, answer: { imported: number } },
 *   'figcheck/settings': { from: 'page', request: { type: 'figcheck/settings' }, answer: Settings },
 *   'figcheck/set-auto': { from: 'page', request: { type: 'figcheck/set-auto', origin: string, on: boolean }, answer: { autoSites: string[], registered: number } },
 *   'figcheck/set-paint': { from: 'page', request: { type: 'figcheck/set-paint', paint: Settings['paint'] }, answer: Settings },
 * }} ToBackground
 */

/**
 * The messages the content script answers (extension/README.md, "Messages"), sent by the extension's pages.
 * @typedef {{
 *   'figcheck/findings': { request: { type: 'figcheck/findings' }, answer: FindingsAnswer },
 *   'figcheck/compare-alternates': { request: { type: 'figcheck/compare-alternates' }, answer: FindingsAnswer },
 *   'figcheck/save-report': { request: { type: 'figcheck/save-report' }, answer: { saved: SavedSummary } },
 *   'figcheck/alternates': { request: { type: 'figcheck/alternates' }, answer: { alternates: Array<{ url: string, hreflang: string, sameOrigin: boolean }> } },
 * }} ToContent
 */

/** Who may send each background message (checked against the sender). */
/** @type {{ [K in keyof ToBackground]: ToBackground[K]['from'] }} */
export const BACKGROUND_SENDERS = {
  'figcheck/analyze': FROM_CONTENT,
  'figcheck/part': FROM_CONTENT,
  'figcheck/wake': FROM_CONTENT,
  'figcheck/details': FROM_CONTENT,
  'figcheck/store-report': FROM_CONTENT,
  'figcheck/fetch-page': FROM_CONTENT,
  'figcheck/inject': FROM_PAGE,
  'figcheck/reports': FROM_PAGE,
  'figcheck/delete-report': FROM_PAGE,
  'figcheck/export': FROM_PAGE,
  'figcheck/import': FROM_PAGE,
  'figcheck/settings': FROM_PAGE,
  'figcheck/set-auto': FROM_PAGE,
  'figcheck/set-paint': FROM_PAGE,
};

/** The content script's messages. @type {ReadonlyArray<keyof ToContent>} */
export const CONTENT_TYPES = ['figcheck/findings', 'figcheck/compare-alternates', 'figcheck/save-report', 'figcheck/alternates'];

/** The browser's extension API: `browser` in Firefox, `chrome` in Chromium. */
export function extensionApi() {
  const b = /** @type {any} */ (globalThis).browser;
  return /** @type {typeof chrome} */ (b && b.runtime && b.runtime.id ? b : globalThis.chrome);
}

/**
 * Sends a message to the background; its answer, or an error answer.
 * @template {keyof ToBackground} K
 * @param {typeof chrome} api
 * @param {{ type: K } & ToBackground[K]['request']} msg
 * @returns {Promise<ToBackground[K]['answer'] | ErrorAnswer>}
 */
export function send(api, msg) {
  return api.runtime.sendMessage(msg);
}

/**
 * Sends a message to the content script of a tab; its answer, or an error answer.
 * @template {keyof ToContent} K
 * @param {typeof chrome} api
 * @param {number} tabId
 * @param {{ type: K } & ToContent[K]['request']} msg
 * @returns {Promise<ToContent[K]['answer'] | ErrorAnswer | undefined>}
 */
export function sendToTab(api, tabId, msg) {
  return api.tabs.sendMessage(tabId, msg);
}

/**
 * Whether an answer is an error answer.
 * @param {unknown} r
 * @returns {r is ErrorAnswer}
 */
export function isError(r) {
  return Boolean(r && typeof r === 'object' && typeof /** @type {any} */ (r).error === 'string');
}

// ---------------------------------------------------------------- shape checks

/** Thrown for a message whose shape is wrong: its message says what, for the sender. */
export class MessageError extends Error {
  /** @param {string} message */
  constructor(message) { super(message); this.name = 'MessageError'; }
}

/** @param {unknown} v @param {number} [max] @returns {v is string} */
export const isStr = (v, max = Infinity) => typeof v === 'string' && v.length <= max;

/** The longest page text a message carries. */
export const MAX_PAGE_CHARS = 12_000_000;
/** The longest part of a page text (`figcheck/part`). */
export const PART_MAX = 300_000;

/**
 * A page of a message, checked: its fields' types and lengths, and an http(s) address.
 * @param {any} p
 * @returns {PageMessage}
 */
export function checkPage(p) {
  if (!p || typeof p !== 'object') throw new MessageError('bad message: no page');
  if (!isStr(p.text, MAX_PAGE_CHARS) || !isStr(p.url, 4096) || !isStr(p.title ?? '', 4000) || !isStr(p.lang ?? '', 40)) throw new MessageError('bad message: page fields');
  if (!(p.date == null || isStr(p.date, 40))) throw new MessageError('bad message: page date');
  httpOrigin(p.url);
  return p;
}

/**
 * The origin of an http(s) address; throws for any other.
 * @param {string} url
 */
export function httpOrigin(url) {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new MessageError('only http and https pages can be read');
  return u.origin;
}
