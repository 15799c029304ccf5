// Wording shared by the popup and the options page.

/** A ratio (page over other) as people read it: ×10, ×0.1, ×1.5. */
export function fmtRatio(r) {
  if (r === null || r === undefined || !Number.isFinite(r)) return '';
  if (r >= 100) return `×${Math.round(r).toLocaleString('en')}`;
  return `×${Number(r.toPrecision(3))}`;
}

export function describe(claims, conflicts, agrees) {
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  return `${n(claims, 'figure', 'figures')} read: ${n(conflicts, 'conflict', 'conflicts')}, ${n(agrees, 'agreement', 'agreements')}.`;
}
