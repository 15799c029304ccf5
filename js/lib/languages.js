// @ts-check
// Helpers around figcheck's one list of languages: the wasm `languages()`
// (the codes of `lang::ALL` with their English names, from `Lang::name`).
// Nothing here lists a language: callers pass the list the engine gives.

/** @typedef {{ code: string, name: string }} Language */

/**
 * A BCP 47 tag ("pt-BR", "fr_FR", "zh-Hans", "in") as one of `codes`, or "".
 * @param {unknown} tag
 * @param {Iterable<string>} codes the engine's language codes
 */
export function normLang(tag, codes) {
  if (typeof tag !== 'string') return '';
  const known = codes instanceof Set ? codes : new Set(codes);
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!t) return '';
  // A region that is a language of its own in figcheck's list ("pt-PT").
  for (const code of known) if (code.includes('-') && code.toLowerCase() === t) return code;
  const primary = t.split('-')[0];
  if (primary === 'in') return known.has('id') ? 'id' : ''; // Indonesian's old code
  return known.has(primary) ? primary : '';
}

/**
 * The name of each language, by code; a code not in the list is its own name.
 * @param {Language[]} list
 * @returns {(code: string | undefined | null) => string}
 */
export function languageNamer(list) {
  const names = new Map(list.map((l) => [l.code, l.name]));
  return (code) => names.get(code || '') || String(code || '');
}
