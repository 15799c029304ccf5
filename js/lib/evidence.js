// @ts-check
// Why two figures were compared, for the extension's popover and the demo's
// details. The engine says it on each counterpart (docs/claims.md §3):
// `evidence` is `aligned` (the same place in a version of the story) or
// `measure_subject` (the same measure of the same subject), and `basis` says
// it for people, from the engine's own tables of language names and measure
// words ("the same place in the French version", "both are xAI's
// valuation"). Nothing here keeps a table or makes a verdict: it shows the
// engine's words as a sentence.

/**
 * The engine's reason for comparing a counterpart, as a sentence ("The same
 * place in the French version."); "" when it gave none.
 * @param {{ basis?: string }} other
 */
export function evidenceSentence(other) {
  const b = typeof other.basis === 'string' ? other.basis.trim() : '';
  if (!b) return '';
  const s = `${b[0].toUpperCase()}${b.slice(1)}`;
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
