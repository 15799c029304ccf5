// figcheck's content script (a classic script: content scripts cannot be modules).
// It reads the article's visible text with a map back to the DOM's text nodes,
// sends the text to the background (which owns the wasm engine), and marks the
// figures that came back with the CSS Custom Highlight API, or with boxes in its
// own shadow-DOM overlay where that API is missing. It never rewrites the page's
// own nodes and never writes page-derived strings as HTML.
(() => {
  'use strict';
  if (globalThis.__figcheck) return; // injected twice into the same isolated world

  // Built-ins captured at start. Content scripts run in an isolated world, so a
  // page that overwrites Array.prototype.map or window.fetch does not reach us;
  // capturing them keeps that true if this script is ever run elsewhere.
  const api = (globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id) ? globalThis.browser : globalThis.chrome;
  const $setTimeout = globalThis.setTimeout.bind(globalThis);
  const $clearTimeout = globalThis.clearTimeout.bind(globalThis);
  const $now = globalThis.performance.now.bind(globalThis.performance);
  const startedAt = $now(); // for state.timing (benches/extension-page.mjs)
  const $fetch = globalThis.fetch.bind(globalThis);
  const $DOMParser = globalThis.DOMParser;
  const $MutationObserver = globalThis.MutationObserver;
  const $URL = globalThis.URL;
  const $raf = globalThis.requestAnimationFrame.bind(globalThis);
  const $getComputedStyle = globalThis.getComputedStyle.bind(globalThis);
  const $AbortController = globalThis.AbortController;
  const NF = globalThis.NodeFilter;
  const hasHighlights = typeof CSS !== 'undefined' && CSS.highlights && typeof globalThis.Highlight === 'function';
  const hasStaticRange = typeof globalThis.StaticRange === 'function';

  const SLICE_MS = 8;                 // budget of one main-thread slice (well under 50 ms)
  const MAX_TEXT = 6_000_000;         // characters read from one page
  const BIG_TEXT = 200_000;           // above this, the message with the text is sent in a task of its own
  const PART_CHARS = 250_000;         // and above this, the text goes ahead in parts of this size (sendParts)
  const MAX_ALTERNATES = 12;
  const DEBOUNCE_MS = 700;
  const MAX_WAIT_MS = 4000;
  const MAX_FETCH_CHARS = 8_000_000;
  const ROOT_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS',
    'SVG', 'MATH', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG']);
  const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE',
    'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'PRE', 'BODY', 'FORM', 'FIELDSET', 'ADDRESS', 'HR', 'DETAILS', 'SUMMARY']);

  const state = {
    text: '', nodes: [], starts: [], index: new Map(), root: null,
    last: null, running: null, again: false, alternates: [], skipped: [],
    marks: [], mode: hasHighlights ? 'highlight' : 'overlay', paint: 'auto',
    host: null, shadow: null, layer: null, pop: null, popFor: null, checks: 0,
  };

  // When the last check read the text, got the engine's answer and painted (performance.now()).
  state.timing = { start: startedAt, origin: performance.timeOrigin, textRead: 0, engineDone: 0, painted: 0 };

  // Every sliced loop yields through here, and records how long its slice ran,
  // so that the tests can check the 50 ms budget from inside.
  // `recent`: the first 2000 slices' durations, `at` their starts (performance.now()).
  state.slices = { count: 0, maxMs: 0, recent: [], at: [] };
  let sliceStart = 0;
  const beginSlice = () => { sliceStart = $now(); };
  const endSlice = () => {
    const d = Math.round(($now() - sliceStart) * 10) / 10;
    state.slices.count += 1;
    if (d > state.slices.maxMs) state.slices.maxMs = d;
    if (state.slices.recent.length < 2000) { state.slices.recent.push(d); state.slices.at.push(sliceStart); }
  };
  const nextTask = () => new Promise((r) => $setTimeout(r, 0));
  const yieldTask = async () => { endSlice(); await nextTask(); beginSlice(); };
  const send = (msg) => api.runtime.sendMessage(msg);

  // ---------------------------------------------------------------- reading
  function elementSkipped(el, useStyle) {
    if (el === state.host) return true;
    const tag = el.tagName ? el.tagName.toUpperCase() : '';
    if (SKIP_TAGS.has(tag)) return true;
    if (el.hidden || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'navigation') return true;
    if (el.isContentEditable && el.parentElement && !el.parentElement.isContentEditable) return true;
    if (!useStyle) return false;
    if (typeof el.checkVisibility === 'function') {
      if (el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: false })) return false;
      return $getComputedStyle(el).display !== 'contents';
    }
    const cs = $getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden';
  }

  /** Whether an element has at least `min` characters of text, counted until there are. */
  function hasText(el, min) {
    const w = el.ownerDocument.createTreeWalker(el, NF.SHOW_TEXT);
    let len = 0;
    for (let n = w.nextNode(); n && len < min; n = w.nextNode()) len += n.data.length;
    return len >= min;
  }

  function pickRoot(doc) {
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

  // Strong Maps, one per read, dropped with it: WeakMaps of 100 000 nodes make V8's
  // garbage collector pause for long (ephemeron tables).
  function blockOf(el, root, cache) {
    let e = el;
    const path = [];
    while (e && e !== root && !(e.tagName && BLOCK_TAGS.has(e.tagName.toUpperCase()))) {
      const c = cache.get(e);
      if (c) { e = c; break; }
      path.push(e); e = e.parentNode;
    }
    const block = e || root;
    for (const p of path) cache.set(p, block);
    return block;
  }

  /** Reads the visible text under the article root in slices; returns {text, nodes, starts}. */
  async function readText(doc, useStyle, sliced) {
    if (sliced) beginSlice();
    const root = pickRoot(doc);
    const parts = []; const nodes = []; const starts = [];
    let len = 0; let lastBlock = null; let count = 0;
    const blocks = new Map();
    let deadline = $now() + SLICE_MS;
    const walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT, {
      acceptNode(n) {
        if (n.nodeType === 3) return NF.FILTER_ACCEPT;
        if (elementSkipped(n, useStyle)) return NF.FILTER_REJECT;
        return n.tagName && n.tagName.toUpperCase() === 'BR' ? NF.FILTER_ACCEPT : NF.FILTER_SKIP;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) { // <br>
        parts.push('\n'); len += 1; lastBlock = null;
      } else {
        const data = n.data;
        // Whitespace between blocks is layout, not text: leave it out of the map.
        const between = !/\S/.test(data) && n.parentNode && n.parentNode.tagName && BLOCK_TAGS.has(n.parentNode.tagName.toUpperCase());
        if (data.length && !between) {
          const block = blockOf(n.parentNode, root, blocks);
          if (lastBlock !== null && block !== lastBlock) { parts.push('\n'); len += 1; }
          lastBlock = block;
          nodes.push(n); starts.push(len); parts.push(data); len += data.length;
          if (len > MAX_TEXT) break;
        }
      }
      count += 1;
      if (sliced && (count & 31) === 0 && $now() > deadline) { await yieldTask(); deadline = $now() + SLICE_MS; }
    }
    const text = parts.join('');
    if (sliced) endSlice();
    return { root, text, nodes, starts };
  }

  function metaDate(doc) {
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

  function pageLang(doc, fallback) {
    const l = (doc.documentElement && doc.documentElement.getAttribute('lang')) || '';
    if (l.trim()) return l.trim();
    const m = doc.querySelector('meta[http-equiv="content-language" i]');
    return (m && m.getAttribute('content')) || fallback || '';
  }

  function ownUrl() { const u = new $URL(location.href); u.hash = ''; return u.href; }

  /** Reads the page; `keep` makes it the text that marks and pointing refer to. */
  async function readPage(keep = true) {
    const r = await readText(document, true, true);
    if (keep) { state.root = r.root; state.text = r.text; state.nodes = r.nodes; state.starts = r.starts; state.index = new Map(); }
    return { text: r.text, url: ownUrl(), title: document.title || '', lang: pageLang(document), date: metaDate(document) };
  }

  /** The map from the text nodes read to their places (for pointing at a mark), in slices. */
  async function indexNodes() {
    const nodes = state.nodes;
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

  // ------------------------------------------------------------- offsets
  function nodeAt(off, isEnd) {
    const s = state.starts;
    let lo = 0; let hi = s.length - 1; let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (isEnd ? s[mid] < off : s[mid] <= off) { i = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (i < 0) return null;
    const node = state.nodes[i];
    const local = off - s[i];
    if (local > node.data.length) { // in a separator between two text nodes
      if (isEnd) return { i, node, offset: node.data.length };
      const next = state.nodes[i + 1];
      return next ? { i: i + 1, node: next, offset: 0 } : null;
    }
    return { i, node, offset: local };
  }

  /**
   * A mark's place in the page: a StaticRange where there is one. A live
   * Range is kept up to date by the page at each change of its DOM: with a
   * page's 415 marks held as live ranges, inserting and removing a node
   * elsewhere on the page took 8 times as long (20 000 of them: 183-250 ms
   * against 19-31). A static one costs the page nothing; a check follows
   * the page's changes anyway (observe).
   */
  function rangeFor(start, end) {
    const a = nodeAt(start, false); const b = nodeAt(end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    const so = Math.min(a.offset, a.node.data.length); const eo = Math.min(b.offset, b.node.data.length);
    // Text nodes are in the page's order: nothing to mark when the end is not after the start.
    if (a.i > b.i || (a.i === b.i && so >= eo)) return null;
    try {
      if (hasStaticRange) return new StaticRange({ startContainer: a.node, startOffset: so, endContainer: b.node, endOffset: eo });
      const r = document.createRange();
      r.setStart(a.node, so);
      r.setEnd(b.node, eo);
      return r.collapsed ? null : r;
    } catch { return null; }
  }

  /**
   * A live Range over a mark, for its boxes on screen: the mark's own when
   * it is live, else one Range kept for this and moved from mark to mark
   * (one live range, not one a mark). Null when the page has changed under
   * the mark so that it no longer fits its nodes.
   */
  let probe = null;
  function liveRange(mark) {
    const r = mark.range;
    if (typeof r.getClientRects === 'function') return r;
    try {
      probe ||= document.createRange();
      probe.setStart(r.startContainer, r.startOffset);
      probe.setEnd(r.endContainer, r.endOffset);
      return probe;
    } catch { return null; }
  }

  // ------------------------------------------------------------- painting
  const SHEET = `
    :host { all: initial; }
    .layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
    .box { position: absolute; pointer-events: none; border-radius: 2px; }
    .box.conflict { background: rgba(229, 57, 53, 0.28); border-bottom: 2px solid #c62828; }
    .box.agree { border-bottom: 1px dotted rgba(46, 125, 50, 0.7); }
    .pop { position: fixed; z-index: 2147483647; max-width: min(28rem, 90vw); max-height: 60vh; overflow: auto;
      box-sizing: border-box; padding: 0.6rem 0.75rem; background: #fff; color: #1a1a1a; pointer-events: auto;
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start;
      border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,0.18); }
    .pop[hidden] { display: none; }
    .head { font-weight: 600; margin: 0 0 0.4rem; }
    .verdict { display: inline-block; font-size: 11px; padding: 0 0.35rem; border-radius: 3px; margin-inline-end: 0.35rem; }
    .verdict.conflict { background: #c62828; color: #fff; }
    .verdict.agree { background: #e8f5e9; color: #1b5e20; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { border-top: 1px solid #eee; padding: 0.4rem 0; }
    .fig { font-weight: 600; }
    .ratio { color: #555; margin-inline-start: 0.35rem; }
    .quote { margin: 0.2rem 0; color: #333; font-style: italic; }
    .src a { color: #0b57d0; text-decoration: underline; }
    .why { color: #555; font-size: 12px; }
  `;

  function ensureHost() {
    if (state.host && state.host.isConnected) return;
    const host = document.createElement('div');
    host.setAttribute('data-figcheck-host', '');
    const st = host.style;
    for (const [k, v] of [['position', 'absolute'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['margin', '0'],
      ['padding', '0'], ['border', '0'], ['z-index', '2147483647'], ['pointer-events', 'none'], ['display', 'block'], ['overflow', 'visible']]) {
      st.setProperty(k, v, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(SHEET);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = SHEET;
      shadow.appendChild(style);
    }
    const layer = document.createElement('div'); layer.className = 'layer';
    const pop = document.createElement('div'); pop.className = 'pop'; pop.hidden = true;
    pop.setAttribute('role', 'dialog'); pop.setAttribute('aria-label', 'figcheck: counterparts of this figure');
    pop.addEventListener('mouseleave', () => schedulePopHide());
    pop.addEventListener('mouseenter', () => cancelPopHide());
    shadow.append(layer, pop);
    // After <body>, as the last child of <html>: the page's own subtree is left as it was.
    document.documentElement.appendChild(host);
    Object.assign(state, { host, shadow, layer, pop });
  }

  function clearMarks() {
    if (hasHighlights) { CSS.highlights.delete('figcheck-conflict'); CSS.highlights.delete('figcheck-agree'); }
    if (state.layer) state.layer.replaceChildren();
    state.marks = [];
  }

  /** Paints the background's marks of check `id`: per finding its start, end and 1 for a conflict, flat. */
  async function paint(flat, id) {
    ensureHost();
    clearMarks();
    hidePopover();
    const marks = [];
    beginSlice();
    let deadline = $now() + SLICE_MS;
    const n = Math.floor(flat.length / 3);
    for (let i = 0; i < n; i += 1) {
      const start = flat[3 * i]; const end = flat[3 * i + 1];
      const range = Number.isInteger(start) && Number.isInteger(end) ? rangeFor(start, end) : null;
      // `index` is the finding's place in the background's kept check `id` (its counterparts, on demand).
      if (range) marks.push({ start, end, conflict: flat[3 * i + 2] === 1, check: id, index: i, finding: null, range });
      if ((i & 63) === 63 && $now() > deadline) { await yieldTask(); deadline = $now() + SLICE_MS; }
    }
    marks.sort((a, b) => a.start - b.start);
    state.marks = marks;
    const conflicts = marks.filter((m) => m.conflict);
    const agrees = marks.filter((m) => !m.conflict);
    state.mode = hasHighlights && state.paint !== 'overlay' ? 'highlight' : 'overlay';
    if (state.mode === 'highlight') {
      const hc = new Highlight(...conflicts.map((m) => m.range)); hc.priority = 2;
      const ha = new Highlight(...agrees.map((m) => m.range)); ha.priority = 1;
      CSS.highlights.set('figcheck-conflict', hc);
      CSS.highlights.set('figcheck-agree', ha);
    } else {
      drawBoxes();
    }
    state.host.setAttribute('data-figcheck-mode', state.mode);
    state.host.setAttribute('data-figcheck-conflicts', String(conflicts.length));
    state.host.setAttribute('data-figcheck-agreements', String(agrees.length));
    state.host.setAttribute('data-figcheck-checks', String(state.checks));
    endSlice();
  }

  function drawBoxes() {
    if (!state.layer || state.mode !== 'overlay') return;
    const sx = globalThis.scrollX; const sy = globalThis.scrollY;
    const boxes = [];
    for (const m of state.marks) {
      const kind = m.conflict ? 'conflict' : 'agree';
      const live = liveRange(m);
      if (!live) continue;
      for (const r of live.getClientRects()) {
        const b = document.createElement('div');
        b.className = `box ${kind}`;
        b.style.setProperty('left', `${r.left + sx}px`); b.style.setProperty('top', `${r.top + sy}px`);
        b.style.setProperty('width', `${r.width}px`); b.style.setProperty('height', `${r.height}px`);
        boxes.push(b);
      }
    }
    state.layer.replaceChildren(...boxes);
  }
  let resizeQueued = false;
  globalThis.addEventListener('resize', () => {
    if (resizeQueued || state.mode !== 'overlay') return;
    resizeQueued = true; $raf(() => { resizeQueued = false; drawBoxes(); });
  }, { passive: true });

  // ------------------------------------------------------------- popover
  function fmtRatio(r) {
    if (r === null || r === undefined || !Number.isFinite(r)) return '';
    if (r >= 1) return `×${r >= 100 ? Math.round(r).toLocaleString('en') : Number(r.toPrecision(3))}`;
    return `×${Number(r.toPrecision(3))}`;
  }

  function safeHref(u) {
    try { const p = new $URL(u); return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null; } catch { return null; }
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function fillPopover(f) {
    const pop = state.pop;
    const head = el('p', 'head');
    head.append(el('span', `verdict ${f.verdict === 'conflict' ? 'conflict' : 'agree'}`, f.verdict === 'conflict' ? 'conflict' : 'agrees'), el('span', 'fig', f.text));
    const list = el('ul');
    for (const o of f.others || []) {
      const li = el('li');
      li.setAttribute('data-verdict', o.verdict === 'conflict' ? 'conflict' : 'agree');
      const top = el('div');
      top.append(el('span', `verdict ${o.verdict === 'conflict' ? 'conflict' : 'agree'}`, o.verdict === 'conflict' ? 'conflict' : 'agrees'),
        el('span', 'fig', o.text));
      const ratio = fmtRatio(o.ratio);
      if (ratio) top.append(el('span', 'ratio', ratio));
      li.append(top);
      if (o.quote) li.append(el('p', 'quote', `“${o.quote}”`));
      const src = el('div', 'src');
      const href = safeHref(o.url);
      const label = o.self ? `this page${o.title ? ` (${o.title})` : ''}` : (o.title || o.url || o.file || '');
      if (href && !o.self) { const a = el('a', null, label); a.setAttribute('href', href); a.setAttribute('target', '_blank'); a.setAttribute('rel', 'noopener noreferrer'); src.append(a); } else src.append(el('span', null, label));
      if (o.lang) src.append(el('span', 'why', ` · ${o.lang}`));
      li.append(src);
      const why = o.explanation || '';
      if (why) li.append(el('div', 'why', why));
      if (o.reading) li.append(el('div', 'why', o.reading));
      list.append(li);
    }
    const nodes = [head];
    if (f.explanation && !(f.others || []).some((o) => o.explanation === f.explanation)) nodes.push(el('div', 'why', f.explanation));
    nodes.push(list);
    pop.replaceChildren(...nodes);
  }

  let hideTimer = null;
  function cancelPopHide() { if (hideTimer !== null) { $clearTimeout(hideTimer); hideTimer = null; } }
  function schedulePopHide() { cancelPopHide(); hideTimer = $setTimeout(hidePopover, 400); }
  function hidePopover() { cancelPopHide(); if (state.pop) state.pop.hidden = true; state.popFor = null; state.popWant = null; if (state.host) state.host.removeAttribute('data-figcheck-popover'); }

  /** A mark's finding with its counterparts, asked of the background once. */
  function detailsOf(mark) {
    if (!mark.finding) {
      mark.finding = send({ type: 'figcheck/details', id: mark.check, index: mark.index }).then((r) => {
        if (!r || !r.finding) {
          mark.finding = null;
          // The background no longer has this check (its worker was stopped): check
          // again, then open the popover of the figure still under the pointer.
          if (r && r.missing) {
            runCheck().then(() => { const m = markAtPoint(lastX, lastY); if (m) showPopover(m); }, () => {});
          }
          return null;
        }
        mark.finding = r.finding;
        return r.finding;
      }, () => { mark.finding = null; return null; });
    }
    return mark.finding;
  }

  function showPopover(mark) {
    ensureHost();
    cancelPopHide();
    const f = detailsOf(mark);
    if (typeof f.then === 'function') {
      // Shown when the counterparts arrive, if the reader is still on this figure.
      state.popWant = mark;
      f.then((got) => { if (got && state.popWant === mark && state.marks.includes(mark)) showPopover(mark); });
      return;
    }
    // The page changed under the mark: no place to show it at (a check follows the change).
    const live = liveRange(mark);
    if (!live) { hidePopover(); return; }
    if (state.popFor !== mark) { fillPopover(f); state.popFor = mark; }
    const pop = state.pop;
    pop.hidden = false;
    const r = live.getBoundingClientRect();
    const vw = document.documentElement.clientWidth; const vh = document.documentElement.clientHeight;
    const pw = pop.offsetWidth; const ph = pop.offsetHeight;
    const left = Math.max(4, Math.min(r.left, vw - pw - 4));
    const below = r.bottom + 6;
    const top = below + ph > vh && r.top - ph - 6 > 0 ? r.top - ph - 6 : below;
    pop.style.setProperty('left', `${left}px`); pop.style.setProperty('top', `${top}px`);
    state.host.setAttribute('data-figcheck-popover', f.verdict === 'conflict' ? 'conflict' : 'agree');
  }

  function markAtPoint(x, y) {
    if (!state.marks.length) return null;
    let node = null; let offset = 0;
    if (typeof document.caretPositionFromPoint === 'function') {
      const p = document.caretPositionFromPoint(x, y);
      if (p) { node = p.offsetNode; offset = p.offset; }
    } else if (typeof document.caretRangeFromPoint === 'function') {
      const r = document.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    if (!node || node.nodeType !== 3) return null;
    const i = state.index.get(node);
    if (i === undefined) return null;
    const off = state.starts[i] + offset;
    for (const m of state.marks) {
      if (m.start > off) break;
      const live = off >= m.start && off <= m.end ? liveRange(m) : null;
      if (live) {
        for (const rect of live.getClientRects()) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return m;
        }
      }
    }
    return null;
  }

  let moveQueued = false; let lastX = 0; let lastY = 0;
  document.addEventListener('mousemove', (e) => {
    lastX = e.clientX; lastY = e.clientY;
    if (moveQueued || !state.marks.length) return;
    moveQueued = true;
    $raf(() => {
      moveQueued = false;
      const m = markAtPoint(lastX, lastY);
      if (m) showPopover(m);
      else { state.popWant = null; if (state.popFor) schedulePopHide(); }
    });
  }, { passive: true, capture: true });
  document.addEventListener('click', (e) => {
    const m = markAtPoint(e.clientX, e.clientY);
    if (m) showPopover(m);
  }, { passive: true, capture: true });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hidePopover(); }, { passive: true, capture: true });
  globalThis.addEventListener('scroll', () => { if (state.popFor) showPopover(state.popFor); }, { passive: true });

  // ------------------------------------------------------------- checking
  /**
   * Sends a long page text ahead of its check in parts of PART_CHARS, each
   * message's copy a slice of its own (one message of 5 MB was a 30-70 ms
   * task), never cutting a surrogate pair; returns the page to send without
   * its text.
   */
  let partSerial = 0;
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
      if (!r || r.error) throw new Error(r ? r.error : 'no answer from the background');
      at = end;
    }
    return { ...page, text: '', parts: { id, length: text.length } };
  }

  /** Runs a check, or joins the one under way; `fresh` asks for one more run after it (the page changed). */
  async function runCheck(fresh = true) {
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
          const sentPage = page.text.length > PART_CHARS ? await sendParts(page) : page;
          // Settled into a value, so that a failure while the nodes are indexed is not an unhandled rejection.
          // The message's copy is figcheck's main-thread work: a slice of its own.
          beginSlice();
          const answer = send({ type: 'figcheck/analyze', page: sentPage, alternates: state.alternates }).then((r) => ({ r }), (e) => ({ e }));
          endSlice();
          // The nodes are indexed while the background works.
          if (big) await nextTask();
          await indexNodes();
          const { r: res, e: failed } = await answer;
          if (failed) throw failed;
          state.timing.got = performance.timeOrigin + $now();
          if (!res || res.error) throw new Error(res ? res.error : 'no answer from the background');
          if (!Array.isArray(res.marks)) throw new Error('the background answered without marks');
          if (res.paint === 'auto' || res.paint === 'overlay') state.paint = res.paint;
          state.timing.engineDone = $now();
          state.timing.background = res.timing || null;
          state.checks += 1;
          // The findings themselves stay in the background (id): asked for when pointed at, or by the popup.
          state.last = { id: res.id, conflicts: res.conflicts, claims: res.claims, lang: res.lang, reports: res.reports,
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

  function alternateLinks() {
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

  async function compareAlternates() {
    const alts = []; const skipped = [];
    for (const link of alternateLinks()) {
      try {
        let html;
        if (link.sameOrigin) html = await fetchSameOrigin(link.url);
        else {
          const r = await send({ type: 'figcheck/fetch-page', url: link.url });
          if (!r || r.error) { skipped.push({ url: link.url, reason: r ? r.error : 'no answer', needsPermission: r && r.needsPermission }); continue; }
          html = r.html;
        }
        // DOMParser documents are inert: no script runs, nothing loads.
        const doc = new $DOMParser().parseFromString(html, 'text/html');
        const read = await readText(doc, false, true);
        alts.push({ url: link.url, title: (doc.title || '').slice(0, 1000), lang: pageLang(doc, link.hreflang), date: metaDate(doc), text: read.text });
      } catch (e) {
        skipped.push({ url: link.url, reason: String((e && e.message) || e) });
      }
    }
    state.alternates = alts;
    state.skipped = skipped;
    return runCheck();
  }

  async function saveReport() {
    const page = await readPage(false);
    const sentPage = page.text.length > PART_CHARS ? await sendParts(page) : page;
    return send({ type: 'figcheck/store-report', page: sentPage });
  }

  // ------------------------------------------------------------- dynamic pages
  // Debounced: a check 0.7 s after the last change, and at the latest 4 s after the
  // first one (a separate timer that later mutations do not push back).
  let debounce = null; let maxWait = null; let observer = null;
  function fire() {
    if (debounce !== null) $clearTimeout(debounce);
    if (maxWait !== null) $clearTimeout(maxWait);
    debounce = null; maxWait = null;
    runCheck().catch((e) => { state.lastError = String((e && e.message) || e); });
  }
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
  function observe() {
    if (observer) return;
    observer = new $MutationObserver(onMutations);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  // ------------------------------------------------------------- messages
  /** The last check with its findings (extension/README.md, "Messages"), from the background; checked again if it no longer has them. */
  async function withFindings() {
    for (let tries = 0; tries < 2; tries += 1) {
      const last = tries === 0 && state.last ? state.last : await runCheck(tries > 0);
      const d = await send({ type: 'figcheck/details', id: last.id });
      if (d && Array.isArray(d.findings)) {
        const { id: _id, conflicts: _c, ...rest } = last;
        return { ...rest, findings: d.findings };
      }
    }
    throw new Error('the background did not keep the findings of this page');
  }

  const CONTENT_HANDLERS = {
    'figcheck/findings': () => withFindings(),
    'figcheck/compare-alternates': async () => { await compareAlternates(); return withFindings(); },
    'figcheck/save-report': () => saveReport(),
    'figcheck/alternates': async () => ({ alternates: alternateLinks() }),
  };
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // Only this extension's own pages and background: never a page, never another extension.
    if (!sender || sender.id !== api.runtime.id) return false;
    if (typeof sender.url === 'string' && !sender.url.startsWith(api.runtime.getURL(''))) return false;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !Object.hasOwn(CONTENT_HANDLERS, msg.type)) return false;
    Promise.resolve().then(() => CONTENT_HANDLERS[msg.type]()).then(
      (r) => sendResponse(r),
      (e) => sendResponse({ error: String((e && e.message) || e) }),
    );
    return true;
  });

  globalThis.__figcheck = {
    state,
    popoverText: () => (state.pop && !state.pop.hidden ? state.pop.textContent : null),
    popoverLinks: () => (state.pop ? [...state.pop.querySelectorAll('a')].map((a) => a.getAttribute('href')) : []),
  };
  observe();
  runCheck().catch((e) => { state.lastError = String(e && e.message || e); });
})();
