// @ts-check
// Reading the page (and its language versions) through the one visible-text
// reader (js/lib/visible-text.js), in slices of main-thread time.
import { metaDate, pageLang, readText } from '../../../js/lib/visible-text.js';
import { $URL, $now, SLICE_MS, beginSlice, endSlice, state, yieldTask } from './env.js';

/**
 * Reads a document's visible text in slices of at most SLICE_MS; `useStyle`
 * for the live page (what CSS hides is skipped), not for a parsed version.
 * @param {Document} doc @param {boolean} useStyle
 */
export async function readSliced(doc, useStyle) {
  beginSlice();
  let deadline = $now() + SLICE_MS;
  const r = await readText(doc, {
    useStyle,
    skip: state.host,
    due: () => $now() > deadline,
    pause: async () => { await yieldTask(); deadline = $now() + SLICE_MS; },
  });
  endSlice();
  return r;
}

/** The page's address without its fragment. */
export function ownUrl() { const u = new $URL(location.href); u.hash = ''; return u.href; }

/**
 * Reads the page; `keep` makes it the text that marks and pointing refer to.
 * @returns {Promise<import('../protocol.js').PageMessage>}
 */
export async function readPage(keep = true) {
  const r = await readSliced(document, true);
  if (keep) { state.root = r.root; state.text = r.text; state.nodes = r.nodes; state.starts = r.starts; state.index = new Map(); }
  return { text: r.text, url: ownUrl(), title: document.title || '', lang: pageLang(document), date: metaDate(document) };
}

/** The map from the text nodes read to their places (for pointing at a mark), in slices. */
export async function indexNodes() {
  const nodes = state.nodes;
  /** @type {Map<Text, number>} */
  const index = new Map();
  beginSlice();
  let deadline = $now() + SLICE_MS;
  for (let i = 0; i < nodes.length; i += 1) {
    index.set(nodes[i], i);
    if ((i & 1023) === 1023 && $now() > deadline) { await yieldTask(); deadline = $now() + SLICE_MS; }
  }
  endSlice();
  if (state.nodes === nodes) state.index = index;
}
