// The realnews articles (../shared/realnews/ntrex/<lang>/<doc>.txt, one
// sentence a line, line-aligned across 16 languages) as a multilingual news
// site, and the rules `make realnews` measures by (benches/realnews.mjs).
// Pure functions, no browser: tests/js/realnews-site.test.mjs tests them on
// sentences of its own. The texts are CC BY-SA: the pages are written under
// target/ at run time and never enter the repository.
import fs from 'node:fs';
import path from 'node:path';

/** The site's Content-Security-Policy: nothing inline, nothing from elsewhere. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** How many other-language versions each page names. */
export const VERSIONS = 5;

/** The corpus at `root`: its languages (sorted, English among them) and documents (sorted names). */
export function loadCorpus(root) {
  if (!fs.existsSync(path.join(root, 'en'))) throw new Error(`no realnews corpus at ${root} (looked for ${path.join(root, 'en')})`);
  const langs = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()).sort();
  const docs = fs.readdirSync(path.join(root, 'en')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const cache = new Map();
  /** The lines of `doc` in `lang`. */
  const lines = (lang, doc) => {
    const k = `${lang}/${doc}`;
    if (!cache.has(k)) cache.set(k, fs.readFileSync(path.join(root, lang, `${doc}.txt`), 'utf8').replace(/\n+$/, '').split('\n'));
    return cache.get(k);
  };
  return { root, langs, docs, lines, file: (lang, doc) => path.join(root, lang, `${doc}.txt`) };
}

/**
 * The five other-language versions page (`doc` number `d`, language `lang`)
 * names, rotated with the document and the language so that, over the site,
 * every language is named by pages of every other: the 15 other languages in
 * order, taken five at a time from an offset that moves by five a document.
 */
export function versionsOf(langs, lang, d, n = VERSIONS) {
  const others = langs.filter((l) => l !== lang);
  const at = (d * n + langs.indexOf(lang)) % others.length;
  return Array.from({ length: Math.min(n, others.length) }, (_, j) => others[(at + j) % others.length]);
}

/** A slipped page's versions: English first (the slip is caught against it), then four of its usual ones. */
export function slipVersionsOf(langs, lang, d, n = VERSIONS) {
  return ['en', ...versionsOf(langs, lang, d, n).filter((l) => l !== 'en')].slice(0, n);
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/**
 * One article page: the first line as its title and heading, each other line a
 * paragraph, its versions as `<link rel="alternate" hreflang>` (and itself, as
 * sites do), a site header and footer outside the article. No inline script or style.
 * @param {{lang: string, lines: string[], self: string, versions: Array<{lang: string, href: string}>, names?: Record<string, string>}} p
 */
export function articleHtml({ lang, lines, self, versions, names = {} }) {
  const [head = '', ...body] = lines;
  const links = [{ lang, href: self }, ...versions]
    .map((v) => `<link rel="alternate" hreflang="${escapeAttr(v.lang)}" href="${escapeAttr(v.href)}">`).join('\n');
  const nav = versions.map((v) => `<a href="${escapeAttr(v.href)}" hreflang="${escapeAttr(v.lang)}">${escapeText(names[v.lang] || v.lang)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="${escapeAttr(lang)}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(head)}</title>
<link rel="stylesheet" href="/site.css">
${links}
</head>
<body>
<header class="site"><a href="/">realnews</a><nav>${nav}</nav></header>
<main>
<article>
<h1>${escapeText(head)}</h1>
${body.map((l) => `<p>${escapeText(l)}</p>`).join('\n')}
</article>
</main>
<footer class="site"><p>Text: NTREX-128 (WMT 2019 news test set), CC BY-SA 4.0. Served locally for figcheck's measures.</p></footer>
</body>
</html>
`;
}

export const SITE_CSS = `body { font: 17px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; color: #222; }
header.site, footer.site { font-size: 13px; color: #666; }
header.site nav { display: inline; margin-inline-start: 1rem; }
`;

// ---------------------------------------------------------------- slips (score.py's `plant`)

/** One step up the scale in each language's own words (score.py's MAG_UP). */
export const MAG_UP = {
  pt: [['milhões', 'bilhões'], ['milhão', 'bilhão']], es: [['millones', 'miles de millones'], ['millón', 'mil millones']],
  fr: [['millions', 'milliards'], ['million', 'milliard']], de: [['Millionen', 'Milliarden'], ['Million', 'Milliarde']],
  it: [['milioni', 'miliardi'], ['milione', 'miliardo']], ar: [['ملايين', 'مليارات'], ['مليون', 'مليار']],
  zh: [['万', '亿']], ja: [['万', '億']], ko: [['만', '억']],
  ru: [['миллионов', 'миллиардов'], ['миллиона', 'миллиарда'], ['млн', 'млрд']],
  uk: [['мільйонів', 'мільярдів'], ['мільйона', 'мільярда'], ['млн', 'млрд']],
  vi: [['triệu', 'tỷ']], id: [['juta', 'miliar']], tr: [['milyon', 'milyar']], hi: [['लाख', 'करोड़']],
};

export const SLIP_KINDS = ['magnitude', 'digits', 'swap'];

/**
 * The figure's text with one slip of `kind` planted, or null where that kind
 * does not apply (score.py's `plant`): magnitude, its magnitude word one step
 * up; digits, a plain run of digits ×10; swap, two adjacent different digits
 * swapped (35 → 53), a slip that is no power of ten.
 */
export function plant(fig, lang, kind) {
  if (kind === 'magnitude') {
    for (const [a, b] of MAG_UP[lang] || []) if (fig.includes(a)) return fig.replace(a, b);
    return null;
  }
  // Python's \d, as score.py's pattern reads it: any decimal digit (Arabic-Indic, full-width…).
  const m = /(?<![\p{Nd}.,])(\p{Nd}+)(?![\p{Nd}.,]\p{Nd})/u.exec(fig);
  if (!m) return null;
  const d = m[1];
  const end = m.index + d.length;
  if (kind === 'digits') return `${fig.slice(0, end)}0${fig.slice(end)}`;
  let i = -1;
  for (let k = 0; k < d.length - 1; k += 1) if (d[k] !== d[k + 1] && !(k === 0 && d[1] === '0')) { i = k; break; }
  if (i < 0) return null;
  return fig.slice(0, m.index + i) + d[i + 1] + d[i] + fig.slice(m.index + i + 2);
}

/** Whether two claims state the same value (score.py's `meets`: same unit, intervals within 2%). */
export function meets(a, b) {
  if (a.unit !== b.unit) return false;
  const lo = (x) => (x === null || x === undefined ? -1e308 : x >= 0 ? x * 0.98 : x * 1.02);
  const hi = (x) => (x === null || x === undefined ? 1e308 : x >= 0 ? x * 1.02 : x * 0.98);
  return lo(a.low) <= hi(b.high) && lo(b.low) <= hi(a.high);
}

/** A small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(list, random) {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Chooses `n` slips among `spots` ({lang, key, kind, ...}), languages in
 * turn, and in each half magnitude words and a quarter each other kind (as
 * score.py does), one slip at most per figure.
 */
export function chooseSlips(spots, langs, n, random) {
  const queues = new Map();
  for (const s of shuffle(spots, random)) {
    if (!queues.has(s.lang)) queues.set(s.lang, { magnitude: [], digits: [], swap: [] });
    queues.get(s.lang)[s.kind].push(s);
  }
  const chosen = []; const used = new Set(); const turn = new Map();
  const order = ['magnitude', 'magnitude', 'digits', 'swap'];
  for (let progress = true; chosen.length < n && progress;) {
    progress = false;
    for (const lang of langs) {
      const q = queues.get(lang);
      if (!q || chosen.length >= n) continue;
      // This language's next kind that still has a spot, in the order above.
      for (let t = 0; t < order.length; t += 1) {
        const k = (turn.get(lang) || 0) + t;
        const list = q[order[k % order.length]];
        while (list.length && used.has(list[0].key)) list.shift();
        if (!list.length) continue;
        const s = list.shift();
        used.add(s.key); chosen.push(s); turn.set(lang, k + 1); progress = true;
        break;
      }
    }
  }
  return chosen;
}

// ---------------------------------------------------------------- counting

/**
 * The red marks of a page's findings that a version stands behind: findings in
 * conflict with a counterpart in one of `versions` (file names or URLs). With
 * `upheld`, the amber ones instead: conflicts more reports agree with than not
 * (the engine's `upheld`: the others differ), which a page does not show in red.
 */
export function versionConflicts(findings, versions, upheld = false) {
  const vs = new Set(versions);
  return findings.filter((f) => f.verdict === 'conflict' && Boolean(f.upheld) === upheld
    && (f.others || []).some((o) => o.verdict === 'conflict' && vs.has(o.file)));
}

/** Whether the slip at [start, end) of the page came back in conflict with a counterpart in `en` (a file name or URL). */
export function slipCaught(findings, start, end, en) {
  return findings.some((f) => f.verdict === 'conflict' && !f.upheld && f.start < end && f.end > start
    && (f.others || []).some((o) => o.verdict === 'conflict' && o.file === en));
}

/** The UTF-16 length of the first `bytes` bytes of `s` (UTF-8). */
export function utf16At(s, bytes) {
  return Buffer.from(s, 'utf8').subarray(0, bytes).toString('utf8').length;
}
