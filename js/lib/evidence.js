// @ts-check
// Why two figures were compared, in words, for the extension's popover and the
// demo's details: the engine says on each counterpart which evidence it had
// (docs/claims.md §3) — `aligned`, the same place in a version of the story, or
// `measure_subject`, the same measure of the same subject — and this says it
// as a reader reads it: "the same place in the French version", "both are
// xAI's valuation". The verdict is the engine's: nothing here makes one.

/**
 * Measure names (language-independent, docs/claims.md §1) that read differently in a
 * sentence; any other is its name with spaces for underscores ("deal_value").
 * @type {Readonly<Record<string, string>>}
 */
export const MEASURE_WORDS = Object.freeze({
  market_cap: 'market value',
  deal_value: 'deal value',
  employees: 'staff',
  deaths: 'death toll',
  injured: 'number of injured',
  missing: 'number of missing',
  evacuated: 'number of evacuated',
  arrested: 'number of arrests',
  gdp: 'GDP',
  buyback: 'share buyback',
  water: 'water use',
  funding: 'funding raised',
  growth: 'growth rate',
});

/**
 * A measure's name in words: "valuation", "market value".
 * @param {string | undefined | null} measure
 */
export function measureWords(measure) {
  if (!measure) return '';
  return Object.hasOwn(MEASURE_WORDS, measure) ? MEASURE_WORDS[measure] : measure.replace(/_/g, ' ');
}

/**
 * Why a page figure and one of its counterparts were compared, in words; ""
 * when the engine gave no evidence.
 * @param {{ measure?: string, subject?: string }} finding the page figure (its claim's measure and subject)
 * @param {{ evidence?: string, lang?: string, language?: string }} other the counterpart (`language`: its language's name, when known)
 * @param {(code: string) => string} [nameOf] a language's name from its code
 */
export function whyCompared(finding, other, nameOf) {
  if (other.evidence === 'aligned') {
    const name = other.language || (other.lang && nameOf ? nameOf(other.lang) : '') || other.lang || '';
    return name ? `the same place in the ${name} version` : 'the same place in another version of the story';
  }
  if (other.evidence === 'measure_subject') {
    const m = measureWords(finding.measure);
    if (m && finding.subject) return `both are ${finding.subject}'s ${m}`;
    if (m) return `both are the ${m}`;
    return 'the same measure of the same subject';
  }
  return '';
}

/**
 * The same, as a sentence of its own: "The same place in the French version."
 * @param {Parameters<typeof whyCompared>[0]} finding
 * @param {Parameters<typeof whyCompared>[1]} other
 * @param {Parameters<typeof whyCompared>[2]} [nameOf]
 */
export function whyComparedSentence(finding, other, nameOf) {
  const w = whyCompared(finding, other, nameOf);
  return w ? `${w[0].toUpperCase()}${w.slice(1)}.` : '';
}
