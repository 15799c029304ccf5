// @ts-check
// From offsets in the text read back to the page's DOM: the text node at an
// offset, a mark's range, and one live Range to measure a mark with.
import { hasStaticRange, state } from './env.js';

/**
 * The text node at offset `off` of the text read, and the offset in it.
 * @param {number} off @param {boolean} isEnd
 * @returns {{ i: number, node: Text, offset: number } | null}
 */
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
  if (local > node.length) { // in a separator between two text nodes
    if (isEnd) return { i, node, offset: node.length };
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
 * @param {number} start @param {number} end
 * @returns {AbstractRange | null}
 */
export function rangeFor(start, end) {
  const a = nodeAt(start, false); const b = nodeAt(end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const so = Math.min(a.offset, a.node.length); const eo = Math.min(b.offset, b.node.length);
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

/** @type {Range | null} */
let probe = null;
/**
 * A live Range over a mark, for its boxes on screen: the mark's own when
 * it is live, else one Range kept for this and moved from mark to mark
 * (one live range, not one a mark). Null when the page has changed under
 * the mark so that it no longer fits its nodes.
 * @param {import('./env.js').Mark} mark
 * @returns {Range | null}
 */
export function liveRange(mark) {
  const r = mark.range;
  if (typeof (/** @type {Range} */ (r)).getClientRects === 'function') return /** @type {Range} */ (r);
  try {
    probe ||= document.createRange();
    probe.setStart(r.startContainer, r.startOffset);
    probe.setEnd(r.endContainer, r.endOffset);
    return probe;
  } catch { return null; }
}
