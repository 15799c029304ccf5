// @ts-check
// Marks on the page: CSS Custom Highlights (::highlight(figcheck-conflict),
// ::highlight(figcheck-upheld), ::highlight(figcheck-agree) in content.css), or boxes in figcheck's own
// overlay where that API is missing or the options page asks for them.
import { $now, $raf, SLICE_MS, beginSlice, endSlice, hasHighlights, state, yieldTask } from './env.js';
import { ensureHost } from './host.js';
import { hidePopover } from './popover.js';
import { liveRange, rangeFor } from './ranges.js';

// What a mark shows, by the engine's code (PageCheck.marks): an agreement, a
// conflict (red), or a conflict upheld by most reports (the others differ: amber).
const KINDS = /** @type {const} */ (['agree', 'conflict', 'upheld']);

function clearMarks() {
  if (hasHighlights) for (const k of KINDS) CSS.highlights.delete(`figcheck-${k}`);
  if (state.layer) state.layer.replaceChildren();
  state.marks = [];
}

/**
 * Paints the background's marks of check `id`: per finding its start, end and its kind's code
 * (0 agreement, 1 conflict, 2 upheld conflict), flat.
 * @param {number[]} flat @param {string} id
 */
export async function paint(flat, id) {
  ensureHost();
  clearMarks();
  hidePopover();
  /** @type {import('./env.js').Mark[]} */
  const marks = [];
  beginSlice();
  let deadline = $now() + SLICE_MS;
  const n = Math.floor(flat.length / 3);
  for (let i = 0; i < n; i += 1) {
    const start = flat[3 * i]; const end = flat[3 * i + 1];
    const range = Number.isInteger(start) && Number.isInteger(end) ? rangeFor(start, end) : null;
    // `index` is the finding's place in the background's kept check `id` (its counterparts, on demand).
    if (range) marks.push({ start, end, kind: KINDS[flat[3 * i + 2]] || 'agree', check: id, index: i, finding: null, range });
    if ((i & 63) === 63 && $now() > deadline) { await yieldTask(); deadline = $now() + SLICE_MS; }
  }
  marks.sort((a, b) => a.start - b.start);
  state.marks = marks;
  const of = (/** @type {string} */ k) => marks.filter((m) => m.kind === k);
  const conflicts = of('conflict'); const upheld = of('upheld'); const agrees = of('agree');
  state.mode = hasHighlights && state.paint !== 'overlay' ? 'highlight' : 'overlay';
  if (state.mode === 'highlight') {
    KINDS.forEach((k, priority) => {
      const h = new Highlight(...of(k).map((m) => m.range)); h.priority = priority + 1;
      CSS.highlights.set(`figcheck-${k}`, h);
    });
  } else {
    drawBoxes();
  }
  state.host.setAttribute('data-figcheck-mode', state.mode);
  state.host.setAttribute('data-figcheck-conflicts', String(conflicts.length));
  state.host.setAttribute('data-figcheck-upheld', String(upheld.length));
  state.host.setAttribute('data-figcheck-agreements', String(agrees.length));
  state.host.setAttribute('data-figcheck-checks', String(state.checks));
  endSlice();
}

function drawBoxes() {
  if (!state.layer || state.mode !== 'overlay') return;
  const sx = globalThis.scrollX; const sy = globalThis.scrollY;
  const boxes = [];
  for (const m of state.marks) {
    const live = liveRange(m);
    if (!live) continue;
    for (const r of live.getClientRects()) {
      const b = document.createElement('div');
      b.className = `box ${m.kind}`;
      b.style.setProperty('left', `${r.left + sx}px`); b.style.setProperty('top', `${r.top + sy}px`);
      b.style.setProperty('width', `${r.width}px`); b.style.setProperty('height', `${r.height}px`);
      boxes.push(b);
    }
  }
  state.layer.replaceChildren(...boxes);
}

/** Redraws the overlay's boxes when the window is resized. */
export function listenToResize() {
  let resizeQueued = false;
  globalThis.addEventListener('resize', () => {
    if (resizeQueued || state.mode !== 'overlay') return;
    resizeQueued = true; $raf(() => { resizeQueued = false; drawBoxes(); });
  }, { passive: true });
}
