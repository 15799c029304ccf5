// @ts-check
// Wording shared by the popup and the options page.

/**
 * "4 figures read: 3 conflicts, 1 agreement." — with `upheld` conflicts (most
 * reports agree with the page's figure): "…, 1 where other reports differ, …".
 * @param {number} claims @param {number} conflicts @param {number} agrees @param {number} [upheld]
 */
export function describe(claims, conflicts, agrees, upheld = 0) {
  /** @param {number} k @param {string} one @param {string} many */
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  const others = upheld > 0 ? `, ${upheld} where another report differs` : '';
  return `${n(claims, 'figure', 'figures')} read: ${n(conflicts, 'conflict', 'conflicts')}${others}, ${n(agrees, 'agreement', 'agreements')}.`;
}
