// @ts-check
// The popover of a marked figure (its content: popover-view.js), shown when
// the figure is pointed at, its counterparts asked of the background then.
import { $clearTimeout, $raf, $setTimeout, send, state } from './env.js';
import { ensureHost, popHooks } from './host.js';
import { popoverContent } from './popover-view.js';
import { liveRange } from './ranges.js';

/** @typedef {import('./env.js').Mark} Mark */
/** @typedef {import('../protocol.js').ShownFinding} ShownFinding */

/** What the popover needs from the rest of the content script (set by content.js). */
export const hooks = {
  /** Checks the page again (the background lost its findings). @type {() => Promise<unknown>} */
  recheck: () => Promise.resolve(),
};

/** @param {ShownFinding} f */
function fillPopover(f) {
  state.pop.replaceChildren(...popoverContent(f));
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
  state.host.setAttribute('data-figcheck-popover', f.verdict !== 'conflict' ? 'agree' : f.upheld ? 'upheld' : 'conflict');
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
