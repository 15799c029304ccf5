// Pure helpers of the demo page: no DOM, no wasm, so Node can test them.
// Claims and findings are the objects of docs/API.md (UTF-16 offsets).

// The languages themselves are the engine's (`languages()`, one list in the crate).

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The writing direction of a language: "rtl" or "ltr". */
export function direction(lang) {
  return RTL.has(String(lang || '').split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * Splits `text` into plain runs and figures, in order. Claims outside the
 * text, empty, or overlapping an earlier claim are left out of the runs and
 * listed in `skipped` (their indices in `claims`), so the page can still list
 * them in the table.
 * @returns {{parts: Array<{text: string, index?: number}>, skipped: number[]}}
 */
export function segment(text, claims) {
  const order = claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => a.claim.start - b.claim.start || b.claim.end - a.claim.end);
  const parts = [];
  const skipped = [];
  let at = 0;
  for (const { claim, index } of order) {
    const { start, end } = claim;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start < end && end <= text.length;
    if (!valid || start < at) {
      skipped.push(index);
      continue;
    }
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: text.slice(start, end), index });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return { parts, skipped: skipped.sort((a, b) => a - b) };
}

/**
 * The verdict of each claim of a page, from the findings `check` gave for it:
 * "conflict", "upheld" (a conflict more reports agree with than not: the
 * others differ) or "agree" with its finding, or "none" when no report states
 * the same thing.
 * @returns {Array<{verdict: string, finding: object|null}>}
 */
export function verdicts(claims, findings) {
  const byOffsets = new Map();
  for (const finding of findings || []) byOffsets.set(`${finding.start}:${finding.end}`, finding);
  return claims.map((claim) => {
    const finding = byOffsets.get(`${claim.start}:${claim.end}`) || null;
    if (!finding) return { verdict: 'none', finding: null };
    const verdict = finding.verdict !== 'conflict' ? 'agree' : finding.upheld ? 'upheld' : 'conflict';
    return { verdict, finding };
  });
}

/** `name`, or `name (2)`, `name (3)`… so that it is not one of `taken`. */
export function uniqueName(name, taken) {
  const used = new Set(taken);
  const base = String(name || '').trim() || 'report';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate)) return candidate;
  }
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 4 });
const plain = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });
const SI = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

function si(value, unit) {
  const abs = Math.abs(value);
  for (const [factor, prefix] of SI) {
    if (abs >= factor) return `${plain.format(value / factor)} ${prefix}${unit}`;
  }
  return `${plain.format(value)} ${unit}`;
}

function duration(seconds) {
  const day = 86400;
  const month = 30.436875 * day;
  const year = 12 * month;
  if (Math.abs(seconds) >= 3 * year) return `${plain.format(seconds / year)} years`;
  if (Math.abs(seconds) >= 2 * month) return `${plain.format(seconds / month)} months`;
  if (Math.abs(seconds) >= 2 * day) return `${plain.format(seconds / day)} days`;
  return `${plain.format(seconds)} s`;
}

/** One value in its base unit, for people: "150 MW", "USD 50B", "30 months". */
export function formatValue(value, unit) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '∞';
  if (unit === 'W' || unit === 'Wh' || unit === 'm' || unit === 'L') return si(value, unit);
  if (unit === 's') return duration(value);
  if (unit === '%') return `${plain.format(value)}%`;
  if (unit === 'count' || !unit) return compact.format(value);
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${compact.format(value)}`;
  return `${compact.format(value)} ${unit}`;
}

/** A claim's interval, for people: "USD 2B", "10K – 100K", "≥ 3,000". */
export function formatInterval(claim) {
  const { low, high, unit } = claim;
  const hasLow = low !== null && low !== undefined;
  const hasHigh = high !== null && high !== undefined;
  if (!hasLow && !hasHigh) return '?';
  if (!hasLow) return `≤ ${formatValue(high, unit)}`;
  if (!hasHigh) return `≥ ${formatValue(low, unit)}`;
  if (low === high) return formatValue(low, unit);
  const close = claim.qualifier === 'vague' ? ' (excl.)' : '';
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}${close}`;
}

/** The columns of the figures table and of the CSV export, in order. */
export const COLUMNS = [
  ['report', 'Report'],
  ['text', 'Figure'],
  ['low', 'Value'],
  ['unit', 'Unit'],
  ['qualifier', 'Qualifier'],
  ['measure', 'Measure'],
  ['subject', 'Subject'],
  ['lang', 'Language'],
  ['verdict', 'Verdict'],
];

const CSV_FIELDS = [
  'report', 'lang', 'text', 'start', 'end', 'low', 'high', 'unit', 'qualifier',
  'counted', 'measure', 'subject', 'verdict', 'explanation', 'counterparts',
];

/**
 * One row per figure of every report, in report order then text order: the
 * claim's fields plus the report's name, the verdict and the counterparts.
 * @param {Array<{name: string, claims: object[], verdicts: Array<{verdict: string, finding: object|null}>}>} reports
 */
export function figureRows(reports) {
  const rows = [];
  reports.forEach((report, reportIndex) => {
    report.claims.forEach((claim, index) => {
      const { verdict, finding } = report.verdicts[index] || { verdict: 'none', finding: null };
      rows.push({
        ...claim,
        report: report.name,
        reportIndex,
        index,
        low: claim.low ?? null,
        high: claim.high ?? null,
        verdict,
        explanation: finding ? finding.explanation || '' : '',
        others: finding ? finding.others || [] : [],
      });
    });
  });
  return rows;
}

function compareValues(a, b) {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Rows sorted by `key` (`dir` 1 ascending, -1 descending); missing values last
 * either way; ties keep report then text order. Values (`low`) are sorted
 * within their unit, units in alphabetical order, since a count and a sum of
 * dollars do not compare. Does not change `rows`.
 */
export function sortRows(rows, key, dir = 1) {
  const order = key === 'report' ? 'reportIndex' : key;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      if (order === 'low') {
        const byUnit = compareValues(a.row.unit, b.row.unit);
        if (byUnit) return byUnit;
      }
      const av = a.row[order];
      const bv = b.row[order];
      const aMissing = av === null || av === undefined || av === '';
      const bMissing = bv === null || bv === undefined || bv === '';
      if (aMissing !== bMissing) return aMissing ? 1 : -1;
      const c = compareValues(av, bv) * dir;
      return c || a.row.reportIndex - b.row.reportIndex || a.row.start - b.row.start || a.i - b.i;
    })
    .map(({ row }) => row);
}

function csvField(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV (RFC 4180, CRLF line ends, UTF-8 byte order mark for spreadsheets). */
export function toCSV(rows) {
  const lines = [CSV_FIELDS.join(',')];
  for (const row of rows) {
    const counterparts = (row.others || []).map((o) => `${o.file}: ${o.text} (${o.verdict})`).join('; ');
    lines.push(CSV_FIELDS.map((f) => csvField(f === 'counterparts' ? counterparts : row[f])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The export as a JSON document: the reports, and every figure with its verdict and counterparts. */
export function toJSON(rows, reports, version) {
  const figures = rows.map(({ reportIndex, index, ...row }) => row);
  const doc = {
    generator: `figcheck ${version || ''}`.trim(),
    reports: reports.map((r) => ({ name: r.name, lang: r.lang, figures: r.claims.length })),
    figures,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The translation check's links: each figure of the translation with its
 * counterparts in the original, from the findings of the translation checked
 * against the original as a version of its story (`others` naming
 * `originalName`). Findings and counterparts are matched to the claims by
 * their offsets. Each claim's verdict is "conflict" when one of its links is,
 * "agree" when it has links, else "none".
 * @param {Array<{start: number, end: number}>} original the original's claims
 * @param {Array<{start: number, end: number}>} translation the translation's claims
 * @param {Array<object>} findings the translation's findings
 * @param {string} originalName the original's name in the findings' `others`
 * @returns {{pairs: Array<{o: number, t: number, other: object, finding: object}>, original: string[], translation: string[]}}
 *   `pairs` in the original's order (`o`, `t`: claim indexes; `other`: the engine's counterpart),
 *   `original`, `translation`: each claim's verdict
 */
export function translationPairs(original, translation, findings, originalName) {
  const at = (claims) => new Map(claims.map((c, i) => [`${c.start}:${c.end}`, i]));
  const inOriginal = at(original);
  const inTranslation = at(translation);
  const pairs = [];
  for (const finding of findings || []) {
    const t = inTranslation.get(`${finding.start}:${finding.end}`);
    if (t === undefined) continue;
    for (const other of finding.others || []) {
      if (other.file !== originalName) continue;
      const o = inOriginal.get(`${other.start}:${other.end}`);
      if (o !== undefined) pairs.push({ o, t, other, finding });
    }
  }
  pairs.sort((a, b) => a.o - b.o || a.t - b.t);
  const verdictsOf = (n, side) => {
    const v = new Array(n).fill('none');
    for (const p of pairs) {
      const i = p[side];
      v[i] = p.other.verdict === 'conflict' || v[i] === 'conflict' ? 'conflict' : 'agree';
    }
    return v;
  };
  return { pairs, original: verdictsOf(original.length, 'o'), translation: verdictsOf(translation.length, 't') };
}
