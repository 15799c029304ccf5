// @ts-check
// Wording shared by the popup and the options page.

/**
 * "4 figures read: 3 conflicts, 1 agreement."
 * @param {number} claims @param {number} conflicts @param {number} agrees
 */
export function describe(claims, conflicts, agrees) {
  /** @param {number} k @param {string} one @param {string} many */
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  return `${n(claims, 'figure', 'figures')} read: ${n(conflicts, 'conflict', 'conflicts')}, ${n(agrees, 'agreement', 'agreements')}.`;
}
