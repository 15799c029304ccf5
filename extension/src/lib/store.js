// @ts-check
// The store of known reports in chrome.storage.local: schema, migration,
// validation of imports, export. Shared by the background, the options page and
// the Node tests (which pass a fake storage area), so it touches no browser
// global except through the `area` it is given.
//
// Layout (schema 2):
//   "schemaVersion": 2
//   "report:<url>":  one report, written alone in one set() call (atomic per report)
//   "settings":      { autoSites: [origin...], paint: "auto"|"overlay" }
// Schema 1 (the first prototype) kept every report in one array under "reports",
// with `claims` instead of `figures` and `savedAt` as a number; migrate() turns it
// into schema 2 in one set()+remove().

export const SCHEMA_VERSION = 2;
export const REPORT_PREFIX = 'report:';
export const FORMAT = 'figcheck-reports';

/** Limits that imports and saved reports must respect. */
export const LIMITS = Object.freeze({
  importBytes: 5 * 1024 * 1024,
  reports: 2000,
  figuresPerReport: 5000,
  text: 400,
  quote: 2000,
  title: 1000,
  url: 2048,
  outlineSentences: 20_000,
  anchorsPerSentence: 2_000,
});

const QUALIFIERS = new Set(['exact', 'about', 'more_than', 'at_least', 'less_than', 'at_most', 'up_to', 'range', 'vague']);
const LANG_RE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Thrown for any input the store refuses; `message` says why, for people. */
export class StoreError extends Error {
  constructor(message) { super(message); this.name = 'StoreError'; }
}

function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
function num(v) { return v === null || (typeof v === 'number' && Number.isFinite(v)); }
function str(v, max) { return typeof v === 'string' && v.length <= max; }

function httpUrl(u) {
  if (!str(u, LIMITS.url)) return false;
  try { const p = new URL(u).protocol; return p === 'http:' || p === 'https:'; } catch { return false; }
}

/** Checks one figure of a report; returns a clean copy or throws StoreError. */
export function validateFigure(f, where) {
  if (!isObj(f)) throw new StoreError(`${where}: a figure must be an object`);
  if (!str(f.text, LIMITS.text) || f.text.length === 0) throw new StoreError(`${where}: "text" must be a non-empty string of at most ${LIMITS.text} characters`);
  for (const k of ['start', 'end']) {
    if (!Number.isInteger(f[k]) || f[k] < 0) throw new StoreError(`${where}: "${k}" must be a non-negative integer`);
  }
  if (f.end < f.start) throw new StoreError(`${where}: "end" is before "start"`);
  for (const k of ['low', 'high']) {
    if (!(k in f) || !num(f[k])) throw new StoreError(`${where}: "${k}" must be a finite number or null`);
  }
  if (!str(f.unit, 40) || f.unit.length === 0) throw new StoreError(`${where}: "unit" must be a short string`);
  if (!QUALIFIERS.has(f.qualifier)) throw new StoreError(`${where}: unknown qualifier ${JSON.stringify(String(f.qualifier)).slice(0, 40)}`);
  if (!str(f.lang, 20)) throw new StoreError(`${where}: "lang" must be a string`);
  const out = { text: f.text, start: f.start, end: f.end, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit, lang: f.lang };
  for (const k of ['counted', 'measure', 'subject', 'date']) {
    if (f[k] === undefined || f[k] === null) continue;
    if (!str(f[k], 200)) throw new StoreError(`${where}: "${k}" must be a string of at most 200 characters`);
    out[k] = f[k];
  }
  if (f.quote !== undefined && f.quote !== null) {
    if (!str(f.quote, LIMITS.quote)) throw new StoreError(`${where}: "quote" must be a string of at most ${LIMITS.quote} characters`);
    out.quote = f.quote;
  }
  if (f.rounding !== undefined) {
    if (!num(f.rounding)) throw new StoreError(`${where}: "rounding" must be a number`);
    out.rounding = f.rounding;
  }
  if (f.alt !== undefined && f.alt !== null) {
    if (!isObj(f.alt) || !num(f.alt.low) || !num(f.alt.high) || !str(f.alt.note ?? '', 400)) throw new StoreError(`${where}: "alt" must be {low, high, note}`);
    out.alt = { low: f.alt.low, high: f.alt.high, note: f.alt.note ?? '' };
  }
  for (const k of ['entities', 'scale_words']) {
    if (f[k] === undefined) continue;
    if (!Array.isArray(f[k]) || f[k].length > 50 || !f[k].every((s) => str(s, 200))) throw new StoreError(`${where}: "${k}" must be a list of short strings`);
    out[k] = f[k].slice();
  }
  return out;
}

const u32 = (v) => Number.isInteger(v) && v >= 0 && v <= 0xFFFF_FFFF;

/**
 * Checks a report's outline (the engine's `readReport`: its sentences' lengths,
 * figures and anchors, and its topic), by which a later check recognizes a
 * version of a page's story; returns a clean copy or throws StoreError.
 */
export function validateOutline(o, where) {
  if (!isObj(o) || !Array.isArray(o.sentences)) throw new StoreError(`${where}: "outline" must be {sentences: [...]}`);
  if (o.sentences.length > LIMITS.outlineSentences) throw new StoreError(`${where}: more than ${LIMITS.outlineSentences} sentences in "outline"`);
  const sentences = o.sentences.map((x, i) => {
    if (!isObj(x) || !u32(x.len) || !u32(x.figures) || !Array.isArray(x.anchors) || x.anchors.length > LIMITS.anchorsPerSentence || !x.anchors.every(u32)) {
      throw new StoreError(`${where}: "outline" sentence ${i + 1} must be {len, figures, anchors} of non-negative integers`);
    }
    if (x.sounds !== undefined && (!Array.isArray(x.sounds) || x.sounds.length > LIMITS.anchorsPerSentence || !x.sounds.every(u32))) {
      throw new StoreError(`${where}: "outline" sentence ${i + 1} sounds must be non-negative integers`);
    }
    const s = { len: x.len, figures: x.figures, anchors: x.anchors.slice() };
    if (x.sounds !== undefined && x.sounds.length) s.sounds = x.sounds.slice();
    return s;
  });
  const out = { sentences };
  if (o.topic !== undefined && o.topic !== null) {
    if (!str(o.topic, 200)) throw new StoreError(`${where}: "outline" topic must be a string of at most 200 characters`);
    out.topic = o.topic;
  }
  return out;
}

/** Checks one report (schema 2 shape; `outline` optional); returns a clean copy or throws StoreError. */
export function validateReport(r, where = 'report') {
  if (!isObj(r)) throw new StoreError(`${where}: a report must be an object`);
  if (!httpUrl(r.url)) throw new StoreError(`${where}: "url" must be an http(s) URL of at most ${LIMITS.url} characters`);
  if (!str(r.title, LIMITS.title)) throw new StoreError(`${where}: "title" must be a string of at most ${LIMITS.title} characters`);
  if (!(r.lang === '' || (typeof r.lang === 'string' && LANG_RE.test(r.lang)))) throw new StoreError(`${where}: "lang" must be a language tag such as "pt" or "pt-BR"`);
  if (!(r.date === null || (typeof r.date === 'string' && DATE_RE.test(r.date)))) throw new StoreError(`${where}: "date" must be null or YYYY-MM-DD`);
  if (!(typeof r.savedAt === 'string' && !Number.isNaN(Date.parse(r.savedAt)))) throw new StoreError(`${where}: "savedAt" must be an ISO date-time`);
  if (!Array.isArray(r.figures)) throw new StoreError(`${where}: "figures" must be a list`);
  if (r.figures.length > LIMITS.figuresPerReport) throw new StoreError(`${where}: more than ${LIMITS.figuresPerReport} figures`);
  const figures = r.figures.map((f, i) => validateFigure(f, `${where}, figure ${i + 1}`));
  const clean = { url: r.url, title: r.title, lang: r.lang, date: r.date, savedAt: r.savedAt, figures };
  // Saved before the engine outlined reports, a report has none: the engine makes one from its figures' sentences.
  if (r.outline !== undefined && r.outline !== null) clean.outline = validateOutline(r.outline, where);
  return clean;
}

/** Turns a schema-1 report into schema 2. */
export function upgradeV1Report(r) {
  if (!isObj(r)) return r;
  return {
    url: r.url,
    title: typeof r.title === 'string' ? r.title : '',
    lang: typeof r.lang === 'string' ? r.lang : '',
    date: typeof r.date === 'string' ? r.date : null,
    savedAt: typeof r.savedAt === 'number' ? new Date(r.savedAt).toISOString() : r.savedAt,
    figures: r.claims,
  };
}

/**
 * Parses and validates an export file (a string). All or nothing: returns the
 * clean list of reports, or throws StoreError saying what is wrong.
 */
export function parseImport(textOrBytes) {
  const text = String(textOrBytes);
  if (text.length > LIMITS.importBytes) throw new StoreError(`the file is larger than ${LIMITS.importBytes / 1024 / 1024} MB`);
  let data;
  try { data = JSON.parse(text); } catch (e) { throw new StoreError(`the file is not JSON (${e.message})`); }
  if (!isObj(data)) throw new StoreError('the file must hold a JSON object');
  if (data.format !== FORMAT) throw new StoreError(`the file is not a figcheck export ("format" must be "${FORMAT}")`);
  if (data.schemaVersion !== 1 && data.schemaVersion !== SCHEMA_VERSION) throw new StoreError(`unknown schema version ${JSON.stringify(data.schemaVersion)}; this version reads 1 and ${SCHEMA_VERSION}`);
  if (!Array.isArray(data.reports)) throw new StoreError('"reports" must be a list');
  if (data.reports.length > LIMITS.reports) throw new StoreError(`more than ${LIMITS.reports} reports`);
  const list = data.schemaVersion === 1 ? data.reports.map(upgradeV1Report) : data.reports;
  const seen = new Set();
  const out = [];
  list.forEach((r, i) => {
    const clean = validateReport(r, `report ${i + 1}`);
    if (seen.has(clean.url)) throw new StoreError(`report ${i + 1}: the URL ${clean.url} appears twice`);
    seen.add(clean.url);
    out.push(clean);
  });
  return out;
}

/** The store, over a chrome.storage.local-like area (get/set/remove returning promises). */
export class Store {
  constructor(area) { this.area = area; }

  /** Brings an older layout to the current schema; returns what it did. */
  async migrate() {
    // Only the two keys that tell the schema: the whole store (every saved
    // report) is not read to learn that it is current (on a stopped worker,
    // that read was 12 ms of a page's first check, for one number).
    const all = await this.area.get(['schemaVersion', 'reports']);
    const v = all.schemaVersion ?? (Array.isArray(all.reports) ? 1 : 0);
    if (v === SCHEMA_VERSION) return { from: v, migrated: 0 };
    if (v > SCHEMA_VERSION) throw new StoreError(`the store has schema ${v}, newer than this extension (${SCHEMA_VERSION})`);
    const items = { schemaVersion: SCHEMA_VERSION };
    let migrated = 0;
    const dropped = [];
    if (v === 1) {
      for (const [i, r] of (all.reports || []).entries()) {
        try {
          const clean = validateReport(upgradeV1Report(r), `report ${i + 1}`);
          items[REPORT_PREFIX + clean.url] = clean;
          migrated += 1;
        } catch (e) { dropped.push(e.message); }
      }
    }
    await this.area.set(items);
    if (v === 1) await this.area.remove('reports');
    return { from: v, migrated, dropped };
  }

  /**
   * The saved reports, oldest first.
   * @returns {Promise<import('../protocol.js').StoredReport[]>}
   */
  async list() {
    const all = await this.area.get(null);
    return Object.keys(all).filter((k) => k.startsWith(REPORT_PREFIX)).map((k) => all[k])
      .sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.url < b.url ? -1 : 1));
  }

  /**
   * Saves one report in a single write; quota errors are rethrown with a clear message.
   * @param {import('../protocol.js').StoredReport} report
   * @returns {Promise<import('../protocol.js').StoredReport>}
   */
  async put(report) {
    const clean = validateReport(report);
    await this.write({ [REPORT_PREFIX + clean.url]: clean });
    return clean;
  }

  async remove(url) { await this.area.remove(REPORT_PREFIX + url); }

  async write(items) {
    try {
      await this.area.set(items);
    } catch (e) {
      const m = String(e && e.message || e);
      if (/quota/i.test(m)) throw new StoreError(`the browser's storage for figcheck is full (${m}); delete some reports`);
      throw new StoreError(`could not write to the browser's storage: ${m}`);
    }
  }

  async exportJson() {
    const reports = await this.list();
    return JSON.stringify({ format: FORMAT, schemaVersion: SCHEMA_VERSION, reports }, null, 2);
  }

  /**
   * Validates the whole file first, then writes every report in one set() call; how many.
   * @param {string | Uint8Array} text
   * @returns {Promise<number>}
   */
  async importJson(text) {
    const reports = parseImport(text);
    const items = {};
    for (const r of reports) items[REPORT_PREFIX + r.url] = r;
    await this.write(items);
    return reports.length;
  }

  /** @returns {Promise<import('../protocol.js').Settings>} */
  async settings() {
    const { settings } = await this.area.get('settings');
    return { autoSites: [], paint: 'auto', ...(isObj(settings) ? settings : {}) };
  }

  /**
   * @param {Partial<import('../protocol.js').Settings>} patch
   * @returns {Promise<import('../protocol.js').Settings>}
   */
  async setSettings(patch) {
    const s = { ...(await this.settings()), ...patch };
    await this.write({ settings: s });
    return s;
  }
}
