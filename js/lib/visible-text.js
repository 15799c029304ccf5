// @ts-check
// A page's visible text: the one reader of the extension and the demo. The
// extension walks the live page (skipping what CSS hides, in slices of main-
// thread time, keeping a map from text offsets back to the DOM's text nodes);
// the demo gives it a document parsed by the browser's own DOMParser (inert:
// no script runs, nothing loads). Either way the same article root, the same
// elements skipped and the same line breaks: one page, one text.

/** Where an article's text is, most specific first; else the body. */
export const ROOT_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];

/** Elements whose content is never read: code, media, form fields, navigation, the head. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SVG', 'MATH', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG']);

/** Elements whose text stands on lines of its own. */
export const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE',
  'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'PRE', 'BODY', 'FORM', 'FIELDSET', 'ADDRESS', 'HR', 'DETAILS', 'SUMMARY']);

/** The most text a page is read for. */
export const MAX_TEXT = 6_000_000;

// NodeFilter.SHOW_TEXT, written out: a DOMParser document has no window to take it from.
const SHOW_TEXT = 4;

/** @param {Element} el */
const tagOf = (el) => (el.tagName ? el.tagName.toUpperCase() : '');

/**
 * Whether an element's content is left out of the text.
 * @param {Element} el
 * @param {boolean} useStyle skip what CSS hides (a live page; a parsed document has no styles)
 * @param {Element | null} [skip] one more element to leave out (the extension's own overlay)
 */
export function elementSkipped(el, useStyle, skip = null) {
  if (el === skip) return true;
  if (SKIP_TAGS.has(tagOf(el))) return true;
  const h = /** @type {HTMLElement} */ (el);
  if (h.hidden || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'navigation') return true;
  if (h.isContentEditable && el.parentElement && !el.parentElement.isContentEditable) return true;
  if (!useStyle) return false;
  if (typeof el.checkVisibility === 'function') {
    if (el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: false })) return false;
    const v = el.ownerDocument.defaultView;
    return !v || v.getComputedStyle(el).display !== 'contents';
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const cs = view.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden';
}

/**
 * Whether an element has at least `min` characters of text, counted until there are.
 * @param {Element} el
 * @param {number} min
 */
function hasText(el, min) {
  const w = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let len = 0;
  for (let n = w.nextNode(); n && len < min; n = w.nextNode()) len += /** @type {Text} */ (n).data.length;
  return len >= min;
}

/**
 * The element that holds the article: the first of ROOT_SELECTORS that matches
 * an element with some text (the longest of several), else the body.
 * @param {Document} doc
 * @returns {Element}
 */
export function pickRoot(doc) {
  for (const sel of ROOT_SELECTORS) {
    const found = doc.querySelectorAll(sel);
    // One candidate (an article page's one <article>): enough text is all
    // there is to know, without building its text (milliseconds on a big page).
    if (found.length === 1) {
      if (hasText(found[0], 80)) return found[0];
      continue;
    }
    let best = null; let bestLen = 0;
    for (let i = 0; i < found.length && i < 30; i += 1) {
      // textContent: native, faster than walking 100 000 text nodes in JS.
      const len = (found[i].textContent || '').length;
      if (len > bestLen) { best = found[i]; bestLen = len; }
    }
    if (best && bestLen >= 80) return best;
  }
  return doc.body || doc.documentElement;
}

/**
 * The block element a node's text stands in (for line breaks), cached along the path.
 * Strong Maps, one per read, dropped with it: WeakMaps of 100 000 nodes make V8's
 * garbage collector pause for long (ephemeron tables).
 * @param {Node} el
 * @param {Node} root
 * @param {Map<Node, Node>} cache
 */
function blockOf(el, root, cache) {
  let e = el;
  const path = [];
  while (e && e !== root && !(/** @type {Element} */ (e).tagName && BLOCK_TAGS.has(tagOf(/** @type {Element} */ (e))))) {
    const c = cache.get(e);
    if (c) { e = c; break; }
    path.push(e); e = e.parentNode;
  }
  const block = e || root;
  for (const p of path) cache.set(p, block);
  return block;
}

/**
 * @typedef {object} ReadOptions
 * @property {boolean} [useStyle] skip what CSS hides (a live page)
 * @property {Element | null} [skip] one more element to leave out
 * @property {Element} [root] where to read (default: pickRoot)
 * @property {number} [maxChars] stop after this many characters (default MAX_TEXT)
 * @property {() => boolean} [due] asked every 32 nodes: whether to pause now
 * @property {() => Promise<void>} [pause] awaited when `due` says so (a task boundary)
 */

/**
 * @typedef {object} ReadText
 * @property {Element} root the element read
 * @property {string} text its visible text: one line per block, `<br>` a line break
 * @property {Text[]} nodes the text nodes read, in order
 * @property {number[]} starts where each node's text starts in `text` (UTF-16)
 */

/**
 * Reads the visible text under the article root of `doc`, with the text nodes
 * it came from; pauses when `due()` says so.
 * @param {Document} doc
 * @param {ReadOptions} [opts]
 * @returns {Promise<ReadText>}
 */
export async function readText(doc, opts = {}) {
  const { useStyle = false, skip = null, maxChars = MAX_TEXT, due = null, pause = null } = opts;
  const root = opts.root || pickRoot(doc);
  /** @type {string[]} */ const parts = [];
  /** @type {Text[]} */ const nodes = [];
  /** @type {number[]} */ const starts = [];
  let len = 0; let lastBlock = null; let count = 0;
  const blocks = new Map();
  // The tree walked by hand, in document order, into what is read and past
  // what is skipped (a TreeWalker with a filter would call back into script
  // for every node: on a 100 KB page, 1 500 calls from the browser).
  /** @type {Node | null} */
  let n = root.firstChild;
  while (n) {
    let inside = false;
    if (n.nodeType === 3) {
      const t = /** @type {Text} */ (n);
      const data = t.data;
      // Whitespace between blocks is layout, not text: leave it out of the map.
      const parent = /** @type {Element | null} */ (t.parentNode);
      const between = !/\S/.test(data) && parent && parent.tagName && BLOCK_TAGS.has(tagOf(parent));
      if (data.length && !between) {
        const block = blockOf(parent, root, blocks);
        if (lastBlock !== null && block !== lastBlock) { parts.push('\n'); len += 1; }
        lastBlock = block;
        nodes.push(t); starts.push(len); parts.push(data); len += data.length;
        if (len > maxChars) break;
      }
      count += 1;
      if (due && pause && (count & 31) === 0 && due()) await pause();
    } else if (n.nodeType === 1 && !elementSkipped(/** @type {Element} */ (n), useStyle, skip)) {
      inside = true;
      if (tagOf(/** @type {Element} */ (n)) === 'BR') {
        parts.push('\n'); len += 1; lastBlock = null;
        count += 1;
        if (due && pause && (count & 31) === 0 && due()) await pause();
      }
    } else if (n.nodeType !== 1) {
      inside = true; // neither text nor element (a comment, say): nothing to read, but what it holds
    }
    // The next node: the first child, else the next sibling of the node or of its nearest ancestor under root.
    if (inside && n.firstChild) { n = n.firstChild; continue; }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/**
 * The visible text of an HTML document given as a string, parsed by the
 * browser's own DOMParser (inert: no script runs, nothing loads).
 * @param {string} html
 * @param {{ DOMParser: typeof DOMParser }} [env] where to find DOMParser (default: globalThis)
 */
export async function htmlText(html, env = globalThis) {
  const doc = new env.DOMParser().parseFromString(html, 'text/html');
  const { text } = await readText(doc);
  return { text, doc };
}

/**
 * The page's date (YYYY-MM-DD) from the usual meta tags and <time> elements, or null.
 * @param {Document} doc
 */
export function metaDate(doc) {
  const sels = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[property="og:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
    'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
    'time[itemprop="datePublished"]', 'article time[datetime]', 'time[datetime]'];
  for (const s of sels) {
    const el = doc.querySelector(s);
    if (!el) continue;
    const v = el.getAttribute('content') || el.getAttribute('datetime') || '';
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
    if (m) return m[1];
  }
  return null;
}

/**
 * The page's language tag as it states it (`<html lang>`, else the
 * content-language meta), else `fallback`, else "".
 * @param {Document} doc
 * @param {string} [fallback]
 */
export function pageLang(doc, fallback) {
  const l = (doc.documentElement && doc.documentElement.getAttribute('lang')) || '';
  if (l.trim()) return l.trim();
  const m = doc.querySelector('meta[http-equiv="content-language" i]');
  return (m && m.getAttribute('content')) || fallback || '';
}
