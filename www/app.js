// The figcheck demo page: reports in, figures marked, conflicts explained.
// Builds its DOM with createElement and textContent only; every call into
// the wasm engine is guarded, and its errors are shown in the page.

import { STORY } from './story.js';
import {
  COLUMNS, direction, figureRows, formatInterval,
  segment, sortRows, toCSV, toJSON, uniqueName, verdicts,
} from './figures.js';
// Shared with the extension (js/lib/, copied to www/lib/ by make www): one visible-text
// reader, one ratio formatter, one wording of the evidence, the engine's one language list.
import { htmlText, pageLang } from './lib/visible-text.js';
import { ratioText } from './lib/ratio.js';
import { evidenceSentence } from './lib/evidence.js';
import { languageNamer, normLang } from './lib/languages.js';
import { el } from './dom.js';
import { initTranslation } from './translation.js';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const VERDICT_LABEL = { conflict: 'conflict', upheld: 'others differ', agree: 'agree', none: 'no counterpart' };

const state = {
  engine: null,
  version: '',
  languages: [], // the engine's: {code, name}
  languageName: (code) => String(code || '?'),
  parser: null, // a promise of the window whose DOMParser reads dropped HTML files
  reports: [], // {id, name, text, lang, langSource: 'story'|'detected'|'stated'|'chosen'}
  results: new Map(), // report id -> {claims, verdicts, skipped, error}
  extractCache: new Map(), // `${lang}\u0000${text}` -> {claims, outline}
  nextId: 1,
  selected: null, // {reportId, index}
  sort: { key: 'report', dir: 1 },
  rows: [],
};

const $ = (id) => document.getElementById(id);

function message(err) {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** Shows an error in the page, with a button to dismiss it. */
function showError(text) {
  const box = $('errors');
  const item = el('p', { className: 'error' }, el('span', {}, text), ' ');
  const close = el('button', { type: 'button', className: 'link', textContent: 'Dismiss' });
  close.addEventListener('click', () => item.remove());
  item.append(close);
  box.append(item);
}

// ---------------------------------------------------------------- engine

async function loadEngine() {
  const mod = await import('./pkg/figcheck.js');
  await mod.default({ module_or_path: new URL('./pkg/figcheck_bg.wasm', import.meta.url) });
  state.engine = mod;
  try {
    state.version = mod.version();
  } catch {
    state.version = '';
  }
  state.languages = mod.languages();
  state.languageName = languageNamer(state.languages);
}

/**
 * A report's figures (each with its sentence) and its text's outline, by
 * which the engine aligns it with the other versions of the story (readReport).
 */
function readText(report) {
  const key = `${report.lang}\u0000${report.text}`;
  if (state.extractCache.has(key)) return state.extractCache.get(key);
  const read = state.engine.readReport(report.name, report.text, { lang: report.lang });
  if (!read || !Array.isArray(read.claims)) throw new Error('readReport did not return a list of figures');
  const out = { claims: read.claims, outline: read.outline };
  if (state.extractCache.size > 200) state.extractCache.clear();
  state.extractCache.set(key, out);
  return out;
}

function detectLanguage(text) {
  try {
    const lang = state.engine.detect_language(text);
    return typeof lang === 'string' && lang ? lang : 'en';
  } catch (err) {
    showError(`Could not detect the language: ${message(err)}. Using English; choose another in the menu.`);
    return 'en';
  }
}

/** Extracts every report's figures, then checks each report against all the others. */
function analyse() {
  state.results = new Map();
  if (!state.engine) return;
  const extracted = state.reports.map((report) => {
    try {
      const { claims, outline } = readText(report);
      return { report, claims, outline, error: null };
    } catch (err) {
      return { report, claims: [], outline: undefined, error: `Could not read the figures: ${message(err)}` };
    }
  });
  for (const { report, claims, error } of extracted) {
    let findings = [];
    let checkError = null;
    if (!error && claims.length) {
      const others = extracted
        .filter((o) => o.report !== report && !o.error)
        .map((o) => ({ name: o.report.name, lang: o.report.lang, claims: o.claims, outline: o.outline }));
      try {
        // The reports on the page are versions of one story: align their figures.
        findings = state.engine.check(claims, others, { page_name: report.name, versions: true });
        if (!Array.isArray(findings)) throw new Error('check did not return a list of findings');
      } catch (err) {
        findings = [];
        checkError = `Could not check the figures: ${message(err)}`;
      }
    }
    const { skipped } = segment(report.text, claims);
    state.results.set(report.id, { claims, verdicts: verdicts(claims, findings), skipped, error: error || checkError });
  }
}

// ---------------------------------------------------------------- reports

function addReport({ name, text, lang, langSource }) {
  const taken = state.reports.map((r) => r.name);
  const report = { id: state.nextId++, name: uniqueName(name, taken), text, lang, langSource };
  state.reports.push(report);
  return report;
}

function languageSelect(value, { auto = false } = {}) {
  const select = el('select');
  if (auto) select.append(el('option', { value: '', textContent: 'Detect automatically' }));
  const known = state.languages.some((l) => l.code === value);
  if (value && !known) select.append(el('option', { value, textContent: `${value}` }));
  for (const { code, name } of state.languages) select.append(el('option', { value: code, textContent: `${name} (${code})` }));
  select.value = value || '';
  return select;
}

function counts(result) {
  const c = { conflict: 0, upheld: 0, agree: 0, none: 0 };
  for (const v of result.verdicts) c[v.verdict] += 1;
  return c;
}

function renderReport(report, position) {
  const result = state.results.get(report.id) || { claims: [], verdicts: [], skipped: [], error: null };
  const c = counts(result);
  const nameId = `report-${report.id}-name`;

  const select = languageSelect(report.lang);
  select.setAttribute('aria-label', `Language of ${report.name}`);
  select.className = 'lang-select';
  select.addEventListener('change', () => {
    report.lang = select.value;
    report.langSource = 'chosen';
    update({ focus: { id: report.id, action: 'lang' } });
  });

  const up = el('button', { type: 'button', className: 'icon', textContent: '↑', title: 'Move up', disabled: position === 0,
    attrs: { 'aria-label': `Move ${report.name} up` }, dataset: { action: 'up' } });
  const down = el('button', { type: 'button', className: 'icon', textContent: '↓', title: 'Move down',
    disabled: position === state.reports.length - 1, attrs: { 'aria-label': `Move ${report.name} down` }, dataset: { action: 'down' } });
  const remove = el('button', { type: 'button', className: 'icon', textContent: '✕', title: 'Remove',
    attrs: { 'aria-label': `Remove ${report.name}` }, dataset: { action: 'remove' } });
  up.addEventListener('click', () => moveReport(report.id, -1));
  down.addEventListener('click', () => moveReport(report.id, 1));
  remove.addEventListener('click', () => removeReport(report.id));

  const source = { detected: 'detected', chosen: 'chosen', stated: 'as the page states it' }[report.langSource] || '';
  const stats = result.claims.length
    ? `${result.claims.length} figure${result.claims.length === 1 ? '' : 's'} · ${c.conflict} conflict${c.upheld ? ` · ${c.upheld} others differ` : ''} · ${c.agree} agree · ${c.none} no counterpart`
    : 'no figures found';

  const body = el('div', {
    className: 'report-text',
    lang: report.lang,
    dir: direction(report.lang),
  });
  const { parts } = segment(report.text, result.claims);
  for (const part of parts) {
    if (part.index === undefined) {
      body.append(part.text);
      continue;
    }
    const claim = result.claims[part.index];
    const { verdict } = result.verdicts[part.index];
    body.append(el('mark', {
      className: 'figure',
      textContent: part.text,
      tabIndex: 0,
      title: `${VERDICT_LABEL[verdict]}: ${formatInterval(claim)}. Click for details.`,
      attrs: { role: 'button', 'aria-pressed': 'false' },
      dataset: { verdict, index: String(part.index), start: String(claim.start), end: String(claim.end), reportId: String(report.id) },
    }));
  }

  const card = el('article', {
    className: 'report',
    attrs: { 'aria-labelledby': nameId },
    dataset: { reportId: String(report.id), reportName: report.name, lang: report.lang },
  },
  el('header', { className: 'report-head' },
    el('h3', { id: nameId, className: 'report-name', textContent: report.name }),
    el('span', { className: 'report-tools' }, up, down, remove),
    el('div', { className: 'report-meta' },
      select,
      source ? el('span', { className: 'muted small', textContent: source }) : null,
      el('span', { className: 'stats small', textContent: stats }))),
  body);
  if (result.error) card.append(el('p', { className: 'report-error', textContent: result.error }));
  if (result.skipped.length) {
    card.append(el('p', { className: 'muted small', textContent:
      `${result.skipped.length} figure(s) overlap another and are listed in the table only.` }));
  }
  return card;
}

function moveReport(id, delta) {
  const i = state.reports.findIndex((r) => r.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= state.reports.length) return;
  [state.reports[i], state.reports[j]] = [state.reports[j], state.reports[i]];
  update({ reanalyse: true, focus: { id, action: delta < 0 ? 'up' : 'down' } });
}

function removeReport(id) {
  state.reports = state.reports.filter((r) => r.id !== id);
  if (state.selected && state.selected.reportId === id) state.selected = null;
  update();
}

// ---------------------------------------------------------------- details

function reportByName(name) {
  return state.reports.find((r) => r.name === name) || null;
}

function claimIndexAt(reportId, start, end) {
  const result = state.results.get(reportId);
  if (!result) return -1;
  return result.claims.findIndex((c) => c.start === start && c.end === end);
}

function select(reportId, index, { scroll = false } = {}) {
  state.selected = { reportId, index };
  paintSelection();
  renderDetails();
  if (scroll) {
    const mark = markFor(reportId, index);
    if (mark) {
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
    }
  }
}

function markFor(reportId, index) {
  return document.querySelector(`mark.figure[data-report-id="${reportId}"][data-index="${index}"]`);
}

/** Outlines the selected figure and its counterparts in the reports. */
function paintSelection() {
  for (const m of document.querySelectorAll('#reports mark.figure')) {
    m.classList.remove('selected', 'linked');
    m.setAttribute('aria-pressed', 'false');
  }
  for (const tr of document.querySelectorAll('#figures-body tr.selected')) tr.classList.remove('selected');
  const sel = state.selected;
  if (!sel) return;
  const mark = markFor(sel.reportId, sel.index);
  if (mark) {
    mark.classList.add('selected');
    mark.setAttribute('aria-pressed', 'true');
  }
  const row = document.querySelector(`#figures-body tr[data-report-id="${sel.reportId}"][data-index="${sel.index}"]`);
  if (row) row.classList.add('selected');
  const result = state.results.get(sel.reportId);
  const finding = result && result.verdicts[sel.index] && result.verdicts[sel.index].finding;
  for (const other of (finding && finding.others) || []) {
    const report = reportByName(other.file);
    if (!report) continue;
    const m = markFor(report.id, claimIndexAt(report.id, other.start, other.end));
    if (m) m.classList.add('linked');
  }
}

function badge(verdict) {
  return el('span', { className: `badge ${verdict}`, textContent: VERDICT_LABEL[verdict] || verdict });
}

function field(label, value) {
  if (value === undefined || value === null || value === '') return [];
  return [el('dt', { textContent: label }), el('dd', {}, value)];
}

function renderDetails() {
  const box = $('details-body');
  box.replaceChildren();
  const sel = state.selected;
  const report = sel && state.reports.find((r) => r.id === sel.reportId);
  const result = report && state.results.get(report.id);
  const claim = result && result.claims[sel.index];
  if (!claim) {
    box.append(el('p', { className: 'empty', textContent: 'Click a marked figure.' }));
    return;
  }
  const { verdict, finding } = result.verdicts[sel.index];
  box.append(
    el('p', { className: 'detail-figure' },
      el('q', { lang: report.lang, dir: direction(report.lang), textContent: claim.text }), ' ', badge(verdict)),
    el('p', { className: 'muted small', textContent: `in ${report.name} (${state.languageName(report.lang)})` }),
    el('dl', { className: 'facts' },
      ...field('Value', formatInterval(claim)),
      ...field('Unit', claim.unit),
      ...field('Qualifier', claim.qualifier),
      ...field('Counted', claim.counted),
      ...field('Measure', claim.measure),
      ...field('Subject', claim.subject),
      ...field('Date', claim.date),
      ...field('Scale', claim.alt ? `also readable as ${formatInterval({ ...claim, ...claim.alt })}: ${claim.alt.note || ''}` : '')),
  );
  if (!finding) {
    box.append(el('p', { className: 'explanation', textContent: 'No other report states this figure.' }));
    return;
  }
  if (finding.explanation) box.append(el('p', { className: 'explanation', textContent: finding.explanation }));
  const others = finding.others || [];
  box.append(el('h3', { textContent: `Counterparts (${others.length})` }));
  const list = el('ol', { className: 'others' });
  for (const other of others) {
    const target = reportByName(other.file);
    const targetIndex = target ? claimIndexAt(target.id, other.start, other.end) : -1;
    const lang = target ? target.lang : '';
    const item = el('li', { className: `other ${other.verdict}`, dataset: { verdict: other.verdict, file: other.file } },
      el('div', { className: 'other-head' },
        el('span', { className: 'other-file', textContent: other.file }),
        badge(other.verdict === 'conflict' ? 'conflict' : 'agree'),
        el('span', { className: 'ratio', title: 'this figure over the counterpart', textContent: ratioText(other.ratio) || '—' })),
      // Why the two were compared (the engine's evidence), for agreements as for conflicts.
      evidenceSentence(other)
        ? el('p', { className: 'evidence small', textContent: evidenceSentence(other), dataset: { evidence: other.evidence || '' } })
        : null,
      el('div', {},
        el('q', { lang, dir: 'auto', textContent: other.text }),
        ' ',
        el('span', { className: 'muted small', textContent: formatInterval(other) })),
      other.explanation && other.explanation !== finding.explanation
        ? el('p', { className: 'small', textContent: other.explanation }) : null,
      other.reading ? el('p', { className: 'muted small', textContent: `Reading used: ${other.reading}` }) : null);
    if (target && targetIndex >= 0) {
      const go = el('button', { type: 'button', className: 'link small', textContent: 'Show in report' });
      go.addEventListener('click', () => select(target.id, targetIndex, { scroll: true }));
      item.append(go);
    }
    list.append(item);
  }
  box.append(list);
}

// ---------------------------------------------------------------- table

function renderTableHead() {
  const head = $('figures-head');
  head.replaceChildren();
  for (const [key, label] of COLUMNS) {
    const active = state.sort.key === key;
    const th = el('th', { attrs: { scope: 'col', 'aria-sort': active ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none' } });
    const title = key === 'low' ? 'Sort by value, within each unit' : `Sort by ${label.toLowerCase()}`;
    const button = el('button', { type: 'button', className: 'sort', title, dataset: { key } },
      label, el('span', { className: 'arrow', attrs: { 'aria-hidden': 'true' }, textContent: active ? (state.sort.dir > 0 ? ' ▲' : ' ▼') : '' }));
    button.addEventListener('click', () => {
      state.sort = { key, dir: active ? -state.sort.dir : 1 };
      renderTable();
    });
    th.append(button);
    head.append(th);
  }
}

function renderTable() {
  renderTableHead();
  const body = $('figures-body');
  body.replaceChildren();
  const rows = sortRows(state.rows, state.sort.key, state.sort.dir);
  for (const row of rows) {
    const report = state.reports[row.reportIndex];
    const tr = el('tr', { dataset: {
      reportId: String(report.id), index: String(row.index), verdict: row.verdict,
      low: row.low === null ? '' : String(row.low), lang: row.lang || '',
    } },
      el('td', { textContent: row.report }),
      el('td', { className: 'fig', lang: row.lang || report.lang, dir: 'auto', textContent: row.text }),
      el('td', { className: 'num', textContent: formatInterval(row), title: `${row.low ?? ''} – ${row.high ?? ''}` }),
      el('td', { textContent: row.unit || '' }),
      el('td', { textContent: row.qualifier || '' }),
      el('td', { textContent: row.measure || '' }),
      el('td', { textContent: row.subject || '' }),
      el('td', { textContent: row.lang || '' }),
      el('td', {}, badge(row.verdict)));
    tr.addEventListener('click', () => select(report.id, row.index, { scroll: true }));
    body.append(tr);
  }
  $('table-count').textContent = `${rows.length} figure${rows.length === 1 ? '' : 's'}`;
  paintSelection();
}

function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportRows(kind) {
  try {
    const rows = sortRows(state.rows, state.sort.key, state.sort.dir);
    if (kind === 'json') {
      const reports = state.reports.map((r) => ({ name: r.name, lang: r.lang, claims: (state.results.get(r.id) || { claims: [] }).claims }));
      download('figcheck-figures.json', 'application/json', toJSON(rows, reports, state.version));
    } else {
      download('figcheck-figures.csv', 'text/csv;charset=utf-8', toCSV(rows));
    }
  } catch (err) {
    showError(`Could not export: ${message(err)}`);
  }
}

// ---------------------------------------------------------------- page

function renderSummary() {
  const all = state.reports.map((r) => state.results.get(r.id)).filter(Boolean);
  const c = { conflict: 0, upheld: 0, agree: 0, none: 0 };
  let figures = 0;
  for (const result of all) {
    const rc = counts(result);
    figures += result.claims.length;
    for (const k of Object.keys(c)) c[k] += rc[k];
  }
  const langs = new Set(state.reports.map((r) => r.lang));
  $('summary').textContent = state.reports.length
    ? `${state.reports.length} report${state.reports.length === 1 ? '' : 's'} in ${langs.size} language${langs.size === 1 ? '' : 's'}: ` +
      `${figures} figures, ${c.conflict} in conflict, ${c.upheld ? `${c.upheld} where other reports differ, ` : ''}${c.agree} in agreement, ${c.none} without counterpart.`
    : 'No reports yet.';
  $('summary').dataset.conflicts = String(c.conflict);
}

/** Re-reads and re-checks the reports (unless told not to) and redraws the page. */
function update({ reanalyse = true, focus = null } = {}) {
  if (reanalyse) analyse();
  const box = $('reports');
  box.replaceChildren(...state.reports.map((r, i) => renderReport(r, i)));
  $('no-reports').hidden = state.reports.length > 0;
  state.rows = figureRows(state.reports.map((r) => ({ name: r.name, ...(state.results.get(r.id) || { claims: [], verdicts: [] }) })));
  if (state.selected) {
    const result = state.results.get(state.selected.reportId);
    if (!result || !result.claims[state.selected.index]) state.selected = null;
  }
  renderSummary();
  renderTable();
  renderDetails();
  if (focus) {
    const card = box.querySelector(`[data-report-id="${focus.id}"]`);
    // The cards are drawn anew: give the focus back to the control that had it.
    const button = card && card.querySelector(`button[data-action="${focus.action}"]`);
    if (button && !button.disabled) button.focus();
    else if (card) card.querySelector('select')?.focus();
  }
}

function loadStory() {
  state.reports = [];
  state.selected = null;
  for (const r of STORY.reports) addReport({ ...r, langSource: 'story' });
  $('story-title').textContent = `Example story: ${STORY.title}`;
  $('story-notes-list').replaceChildren(...(STORY.notes || []).map((note) => el('li', { textContent: note })));
}

function selectFirstConflict() {
  for (const report of state.reports) {
    const result = state.results.get(report.id);
    const i = result ? result.verdicts.findIndex((v) => v.verdict === 'conflict') : -1;
    if (i >= 0) {
      select(report.id, i);
      return;
    }
  }
}

/**
 * The window whose DOMParser reads dropped HTML files: a hidden frame of this
 * origin (parse.html) whose own CSP lets a parsed file's inline styles be
 * parsed without a report against this page's style-src (nothing is applied
 * or run: a DOMParser document is inert).
 */
function parserWindow() {
  if (!state.parser) {
    state.parser = new Promise((resolve, reject) => {
      const frame = el('iframe', { hidden: true, title: 'figcheck HTML reader', attrs: { src: 'parse.html', 'aria-hidden': 'true', tabindex: '-1' } });
      frame.addEventListener('load', () => resolve(frame.contentWindow), { once: true });
      frame.addEventListener('error', () => { state.parser = null; reject(new Error('the HTML reader did not load')); }, { once: true });
      document.body.append(frame);
    });
  }
  return state.parser;
}

async function addFiles(files) {
  const added = [];
  for (const file of files) {
    const lower = file.name.toLowerCase();
    const isHtml = lower.endsWith('.html') || lower.endsWith('.htm') || file.type === 'text/html';
    const isText = lower.endsWith('.txt') || lower.endsWith('.text') || file.type === 'text/plain';
    if (!isHtml && !isText) {
      showError(`Skipped ${file.name}: only .txt and .html files can be added.`);
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      showError(`Skipped ${file.name}: larger than 2 MB.`);
      continue;
    }
    try {
      let text = await file.text();
      let stated = '';
      if (isHtml) {
        // The extension's reader, on the browser's own parse of the file (inert: no script runs).
        const read = await htmlText(text, await parserWindow());
        text = read.text;
        stated = normLang(pageLang(read.doc), state.languages.map((l) => l.code));
      }
      text = text.trim();
      if (!text) {
        showError(`Skipped ${file.name}: no text in it.`);
        continue;
      }
      added.push(addReport({ name: file.name, text, lang: stated || detectLanguage(text), langSource: stated ? 'stated' : 'detected' }));
    } catch (err) {
      showError(`Could not read ${file.name}: ${message(err)}`);
    }
  }
  if (added.length) {
    update();
    document.querySelector(`#reports [data-report-id="${added[0].id}"]`)?.scrollIntoView({ block: 'nearest' });
  }
}

/** The paste form's language menu: the engine's languages, once it has loaded. */
function fillPasteLanguages() {
  $('paste-lang').replaceWith(Object.assign(languageSelect('', { auto: true }), { id: 'paste-lang', name: 'lang' }));
}

function wire() {

  const text = $('paste-text');
  let timer = 0;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const value = text.value.trim();
      $('paste-detected').textContent = value && state.engine ? `Detected: ${state.languageName(detectLanguage(value))}` : '';
    }, 250);
  });

  $('paste-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = text.value.trim();
    if (!value) {
      showError('Paste the text of a report first.');
      return;
    }
    if (!state.engine) {
      showError('The figcheck engine is not loaded.');
      return;
    }
    const chosen = $('paste-lang').value;
    const name = $('paste-name').value.trim() || `pasted-${state.nextId}.txt`;
    const report = addReport({ name, text: value, lang: chosen || detectLanguage(value), langSource: chosen ? 'chosen' : 'detected' });
    text.value = '';
    $('paste-name').value = '';
    $('paste-detected').textContent = '';
    update();
    document.querySelector(`#reports [data-report-id="${report.id}"]`)?.scrollIntoView({ block: 'nearest' });
  });

  $('restore').addEventListener('click', () => {
    loadStory();
    update();
    selectFirstConflict();
  });
  $('clear').addEventListener('click', () => {
    state.reports = [];
    state.selected = null;
    update();
  });

  $('file-input').addEventListener('change', async (event) => {
    const input = event.target;
    await addFiles([...input.files]);
    input.value = '';
  });

  // Dropping a file anywhere must not navigate away from the page.
  const zone = $('dropzone');
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) zone.classList.remove('over');
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const files = [...((event.dataTransfer && event.dataTransfer.files) || [])];
    if (files.length) addFiles(files);
  });

  $('reports').addEventListener('click', (event) => {
    const mark = event.target.closest('mark.figure');
    if (mark) select(Number(mark.dataset.reportId), Number(mark.dataset.index));
  });
  $('reports').addEventListener('keydown', (event) => {
    const mark = event.target.closest('mark.figure');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(Number(mark.dataset.reportId), Number(mark.dataset.index));
    }
  });

  $('export-json').addEventListener('click', () => exportRows('json'));
  $('export-csv').addEventListener('click', () => exportRows('csv'));
}

async function main() {
  window.addEventListener('unhandledrejection', (event) => showError(`Unexpected error: ${message(event.reason)}`));
  wire();
  const translation = initTranslation({
    engine: () => state.engine,
    languageSelect,
    languageName: (code) => state.languageName(code),
    detectLanguage,
    showError,
    stories: STORY.reports,
  });
  loadStory();
  try {
    await loadEngine();
    fillPasteLanguages();
    translation.ready();
    $('engine').textContent = `figcheck ${state.version} · runs in your browser`;
  } catch (err) {
    $('engine').textContent = 'Engine not loaded';
    showError(`Could not load the figcheck engine (pkg/figcheck_bg.wasm): ${message(err)}. Build it with "make www".`);
    document.body.dataset.state = 'error';
    update();
    return;
  }
  const loaded = performance.now();
  update();
  selectFirstConflict();
  // How long the engine took to load and the story to be checked, for the tests.
  document.body.dataset.engineMs = String(Math.round(loaded));
  document.body.dataset.checkMs = String(Math.round(performance.now() - loaded));
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.state = 'ready';
}

main().catch((err) => {
  showError(`The page failed to start: ${message(err)}`);
  document.body.dataset.state = 'error';
});
