// Small text helpers shared by the background and the Node tests.

export const LANGS = new Set(['en', 'pt', 'pt-PT', 'es', 'fr', 'de', 'it', 'ar', 'zh', 'ja', 'ko', 'ru', 'uk', 'vi', 'id', 'tr', 'hi']);

/** A BCP 47 tag ("pt-BR", "fr_FR", "zh-Hans") as one of figcheck's languages, or "". */
export function normLang(tag) {
  if (typeof tag !== 'string') return '';
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!t) return '';
  if (t === 'pt-pt') return 'pt-PT';
  const primary = t.split('-')[0];
  if (primary === 'in') return 'id';
  return LANGS.has(primary) ? primary : '';
}

/** A page's URL without its fragment, to tell whether two reports are the same page. */
export function pageKey(url) {
  try { const u = new URL(url); u.hash = ''; return u.href; } catch { return String(url); }
}
