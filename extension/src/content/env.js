// @ts-check
// What every part of the content script shares: the built-ins it captured at
// start, its state, and the main-thread slices it works in.
//
// Content scripts run in an isolated world, so a page that overwrites
// Array.prototype.map or window.fetch does not reach us; capturing the
// built-ins keeps that true if this script is ever run elsewhere.
import { extensionApi, send as sendProtocol } from '../protocol.js';

export const api = extensionApi();
export const $setTimeout = globalThis.setTimeout.bind(globalThis);
export const $clearTimeout = globalThis.clearTimeout.bind(globalThis);
export const $now = globalThis.performance.now.bind(globalThis.performance);
export const startedAt = $now(); // for state.timing (benches/extension-page.mjs)
export const $fetch = globalThis.fetch.bind(globalThis);
export const $DOMParser = globalThis.DOMParser;
export const $MutationObserver = globalThis.MutationObserver;
export const $URL = globalThis.URL;
export const $raf = globalThis.requestAnimationFrame.bind(globalThis);
export const $AbortController = globalThis.AbortController;
export const hasHighlights = typeof CSS !== 'undefined' && Boolean(CSS.highlights) && typeof globalThis.Highlight === 'function';
export const hasStaticRange = typeof globalThis.StaticRange === 'function';

export const SLICE_MS = 8;                 // budget of one main-thread slice (well under 50 ms)

/**
 * A mark: one finding's figure on the page.
 * @typedef {object} Mark
 * @property {number} start
 * @property {number} end
 * @property {'agree' | 'conflict' | 'upheld'} kind a conflict is upheld when more reports agree with the figure than not
 * @property {string} check the background's kept check it belongs to
 * @property {number} index the finding's place in that check
 * @property {import('../protocol.js').ShownFinding | Promise<import('../protocol.js').ShownFinding | null> | null} finding
 * @property {AbstractRange} range
 */

/**
 * The content script's state (read by the tests and benches through globalThis.__figcheck).
 * @type {{
 *   text: string, nodes: Text[], starts: number[], index: Map<Text, number>, root: Element | null,
 *   last: import('../protocol.js').CheckSummary | null, running: Promise<import('../protocol.js').CheckSummary> | null, again: boolean,
 *   alternates: import('../protocol.js').PageMessage[], skipped: Array<{ url: string, reason: string, needsPermission?: string }>,
 *   marks: Mark[], mode: 'highlight' | 'overlay', paint: 'auto' | 'overlay',
 *   host: HTMLElement | null, shadow: ShadowRoot | null, layer: HTMLElement | null, pop: HTMLElement | null,
 *   popFor: Mark | null, popWant: Mark | null, checks: number, mutations: number, lastError: string,
 *   timing: Record<string, any>, slices: { count: number, maxMs: number, recent: number[], at: number[] },
 * }}
 */
export const state = {
  text: '', nodes: [], starts: [], index: new Map(), root: null,
  last: null, running: null, again: false, alternates: [], skipped: [],
  marks: [], mode: hasHighlights ? 'highlight' : 'overlay', paint: 'auto',
  host: null, shadow: null, layer: null, pop: null, popFor: null, popWant: null, checks: 0, mutations: 0, lastError: '',
  // When the last check read the text, got the engine's answer and painted (performance.now()).
  timing: { start: startedAt, origin: performance.timeOrigin, textRead: 0, engineDone: 0, painted: 0 },
  // Every sliced loop yields through here, and records how long its slice ran,
  // so that the tests can check the 50 ms budget from inside.
  // `recent`: the first 2000 slices' durations, `at` their starts (performance.now()).
  slices: { count: 0, maxMs: 0, recent: [], at: [] },
};

let sliceStart = 0;
export const beginSlice = () => { sliceStart = $now(); };
export const endSlice = () => {
  const d = Math.round(($now() - sliceStart) * 10) / 10;
  state.slices.count += 1;
  if (d > state.slices.maxMs) state.slices.maxMs = d;
  if (state.slices.recent.length < 2000) { state.slices.recent.push(d); state.slices.at.push(sliceStart); }
};
/** @returns {Promise<void>} */
export const nextTask = () => new Promise((r) => $setTimeout(r, 0));
export const yieldTask = async () => { endSlice(); await nextTask(); beginSlice(); };

/**
 * A message to the background (protocol.js); its answer, or an error answer.
 * @template {keyof import('../protocol.js').ToBackground} K
 * @param {{ type: K } & import('../protocol.js').ToBackground[K]['request']} msg
 * @returns {Promise<import('../protocol.js').ToBackground[K]['answer'] | import('../protocol.js').ErrorAnswer>}
 */
export function send(msg) {
  return sendProtocol(api, /** @type {any} */ (msg));
}
