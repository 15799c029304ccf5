// @ts-check
// figcheck's content script (bundled by scripts/build-js.mjs into a classic
// script: content scripts cannot be modules). It reads the article's visible
// text with a map back to the DOM's text nodes (content/read.js), sends the
// text to the background, which owns the wasm engine (content/check.js), and
// marks the figures that came back with the CSS Custom Highlight API, or with
// boxes in its own shadow-DOM overlay where that API is missing
// (content/paint.js); a figure pointed at shows its counterparts
// (content/popover.js). It never rewrites the page's own nodes and never
// writes page-derived strings as HTML. It answers the extension's pages
// (protocol.js, ToContent).
import { CONTENT_TYPES, isError } from './protocol.js';
import { alternateLinks, compareAlternates, observe, runCheck, saveReport } from './content/check.js';
import { api, send, state } from './content/env.js';
import { listenToResize } from './content/paint.js';
import { hooks, listenToPointer } from './content/popover.js';

/** @typedef {import('./protocol.js').ToContent} ToContent */

/**
 * The last check with its findings (extension/README.md, "Messages"), from the
 * background; checked again if it no longer has them.
 * @returns {Promise<import('./protocol.js').FindingsAnswer>}
 */
async function withFindings() {
  for (let tries = 0; tries < 2; tries += 1) {
    const last = tries === 0 && state.last ? state.last : await runCheck(tries > 0);
    const d = await send({ type: 'figcheck/details', id: last.id });
    if (d && 'findings' in d && Array.isArray(d.findings)) {
      const { id: _id, conflicts: _c, upheld: _u, ...rest } = last;
      return { ...rest, findings: d.findings };
    }
  }
  throw new Error('the background did not keep the findings of this page');
}

/** @type {{ [K in keyof ToContent]: () => Promise<ToContent[K]['answer']> }} */
const HANDLERS = {
  'figcheck/findings': () => withFindings(),
  'figcheck/compare-alternates': async () => { await compareAlternates(); return withFindings(); },
  'figcheck/save-report': async () => {
    const r = await saveReport();
    if (!r || 'error' in r) throw new Error(isError(r) ? r.error : 'no answer from the background');
    return r;
  },
  'figcheck/alternates': async () => ({ alternates: alternateLinks() }),
};

function start() {
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // Only this extension's own pages and background: never a page, never another extension.
    if (!sender || sender.id !== api.runtime.id) return false;
    if (typeof sender.url === 'string' && !sender.url.startsWith(api.runtime.getURL(''))) return false;
    if (!msg || typeof msg !== 'object' || !CONTENT_TYPES.includes(msg.type)) return false;
    /** @type {keyof ToContent} */
    const type = msg.type;
    const handler = /** @type {() => Promise<unknown>} */ (HANDLERS[type]);
    Promise.resolve().then(handler).then(
      (r) => sendResponse(r),
      (e) => sendResponse({ error: String((e && e.message) || e) }),
    );
    return true;
  });
  /** @type {any} */ (globalThis).__figcheck = {
    state,
    popoverText: () => (state.pop && !state.pop.hidden ? state.pop.textContent : null),
    popoverLinks: () => (state.pop ? [...state.pop.querySelectorAll('a')].map((a) => a.getAttribute('href')) : []),
  };
  hooks.recheck = () => runCheck();
  listenToPointer();
  listenToResize();
  observe();
  runCheck().catch((e) => { state.lastError = String((e && e.message) || e); });
}

// Injected twice into the same isolated world: the first one stays.
if (!(/** @type {any} */ (globalThis)).__figcheck) start();
