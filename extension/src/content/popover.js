// @ts-check
// The popover of a marked figure: its counterparts, each with its verdict,
// ratio, sentence, source and why the two were compared. Built with
// createElement/textContent only; asked of the background when pointed at.
import { ratioText } from '../../../js/lib/ratio.js';
import { whyComparedSentence } from '../../../js/lib/evidence.js';
import { $URL, $clearTimeout, $raf, $setTimeout, send, state } from './env.js';
import { ensureHost, popHooks } from './host.js';
import { liveRange } from './ranges.js';

/** @typedef {import('./env.js').Mark} Mark */
/** @typedef {import('../protocol.js').ShownFinding} ShownFinding */

/** What the popover needs from the rest of the content script (set by content.js). */
export const hooks = {
  /** Checks the page again (the background lost its findings). @type {() => Promise<unknown>} */
  recheck: () => Promise.resolve(),
};

/** @param {string | undefined} u */
function safeHref(u) {
  try { const p = new $URL(u); return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null; } catch { return null; }
}

/**
 * @param {string} tag @param {string | null} [cls] @param {unknown} [text]
 * @returns {HTMLElement}
 */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** @param {string} verdict */
const verdictBadge = (verdict) => el('span', `verdict ${verdict === 'conflict' ? 'conflict' : 'agree'}`, verdict === 'conflict' ? 'conflict' : 'agrees');

/** @param {ShownFinding} f */
function fillPopover(f) {
  const pop = state.pop;
  const head = el('p', 'head');
  head.append(verdictBadge(f.verdict), el('span', 'fig', f.text));
  const list = el('ul');
  for (const o of f.others || []) {
    const li = el('li');
    li.setAttribute('data-verdict', o.verdict === 'conflict' ? 'conflict' : 'agree');
    const top = el('div');
    top.append(verdictBadge(o.verdict), el('span', 'fig', o.text));
    const ratio = ratioText(o.ratio);
    if (ratio) top.append(el('span', 'ratio', ratio));
    li.append(top);
    // Why these two were compared (the engine's evidence), for agreements as for conflicts.
    const why = whyComparedSentence(f, o);
    if (why) {
      const e = el('div', 'evidence', why);
      e.setAttribute('data-evidence', o.evidence || '');
      li.append(e);
    }
    if (o.quote) li.append(el('p', 'quote', `“${o.quote}”`));
    const src = el('div', 'src');
    const href = safeHref(o.url);
    const label = o.self ? `this page${o.title ? ` (${o.title})` : ''}` : (o.title || o.url || o.file || '');
    if (href && !o.self) { const a = el('a', null, label); a.setAttribute('href', href); a.setAttribute('target', '_blank'); a.setAttribute('rel', 'noopener noreferrer'); src.append(a); } else src.append(el('span', null, label));
    if (o.language || o.lang) src.append(el('span', 'why', ` · ${o.language || o.lang}`));
    li.append(src);
    if (o.explanation) li.append(el('div', 'why', o.explanation));
    if (o.reading) li.append(el('div', 'why', o.reading));
    list.append(li);
  }
  const nodes = [head];
  if (f.explanation && !(f.others || []).some((o) => o.explanation === f.explanation)) nodes.push(el('div', 'why', f.explanation));
  nodes.push(list);
  pop.replaceChildren(...nodes);
}

/** @type {number | null} */
let hideTimer = null;
function cancelPopHide() { if (hideTimer !== null) { $clearTimeout(hideTimer); hideTimer = null; } }
function schedulePopHide() { cancelPopHide(); hideTimer = $setTimeout(hidePopover, 400); }
export function hidePopover() { cancelPopHide(); if (state.pop) state.pop.hidden = true; state.popFor = null; state.popWant = null; if (state.host) state.host.removeAttribute('data-figcheck-popover'); }
popHooks.enter = cancelPopHide;
popHooks.leave = schedulePopHide;

let lastX = 0; let lastY = 0;

/**
 * A mark's finding with its counterparts, asked of the background once.
 * @param {Mark} mark
 * @returns {ShownFinding | Promise<ShownFinding | null>}
 */
function detailsOf(mark) {
  if (!mark.finding) {
    mark.finding = send({ type: 'figcheck/details', id: mark.check, index: mark.index }).then((r) => {
      if (!r || !('finding' in r)) {
        mark.finding = null;
        // The background no longer has this check (its worker was stopped): check
        // again, then open the popover of the figure still under the pointer.
        if (r && 'missing' in r) {
          hooks.recheck().then(() => { const m = markAtPoint(lastX, lastY); if (m) showPopover(m); }, () => {});
        }
        return null;
      }
      mark.finding = r.finding;
      return r.finding;
    }, () => { mark.finding = null; return null; });
  }
  return mark.finding;
}

/** @param {Mark} mark */
function showPopover(mark) {
  ensureHost();
  cancelPopHide();
  const d = detailsOf(mark);
  if (typeof (/** @type {any} */ (d)).then === 'function') {
    // Shown when the counterparts arrive, if the reader is still on this figure.
    state.popWant = mark;
    /** @type {Promise<ShownFinding | null>} */ (d).then((got) => { if (got && state.popWant === mark && state.marks.includes(mark)) showPopover(mark); });
    return;
  }
  const f = /** @type {ShownFinding} */ (d);
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

/**
 * The mark under the point (x, y) of the viewport, or null.
 * @param {number} x @param {number} y
 */
function markAtPoint(x, y) {
  if (!state.marks.length) return null;
  /** @type {Node | null} */
  let node = null; let offset = 0;
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y);
    if (p) { node = p.offsetNode; offset = p.offset; }
  } else if (typeof document.caretRangeFromPoint === 'function') {
    const r = document.caretRangeFromPoint(x, y);
    if (r) { node = r.startContainer; offset = r.startOffset; }
  }
  if (!node || node.nodeType !== 3) return null;
  const i = state.index.get(/** @type {Text} */ (node));
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

/** Opens the popover of the figure pointed at, hovered or clicked; Escape closes it. */
export function listenToPointer() {
  let moveQueued = false;
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
}
