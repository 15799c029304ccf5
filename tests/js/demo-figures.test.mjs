// Unit tests of the demo page's pure helpers (www/figures.js) and of the
// page's static rules: nothing loaded from elsewhere, no HTML string sinks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  direction, figureRows, formatInterval, formatValue, segment, sortRows,
  toCSV, toJSON, translationPairs, uniqueName, verdicts,
} from '../../www/figures.js';
import { STORY, EXPECTED } from '../../www/story.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = path.join(ROOT, 'www');

const claim = (text, source, extra = {}) => {
  const start = source.indexOf(text);
  return { text, start, end: start + text.length, low: 1, high: 1, unit: 'count', qualifier: 'exact', lang: 'en', ...extra };
};

describe('segment', () => {
  it('splits a text into runs and figures by UTF-16 offsets', () => {
    const text = '😀 spent $2 billion, then 150 MW.';
    const a = claim('$2 billion', text);
    const b = claim('150 MW', text);
    assert.equal(a.start, 9, 'the emoji is two UTF-16 code units');
    const { parts, skipped } = segment(text, [b, a]);
    assert.deepEqual(parts, [
      { text: '😀 spent ' }, { text: '$2 billion', index: 1 }, { text: ', then ' }, { text: '150 MW', index: 0 }, { text: '.' },
    ]);
    assert.deepEqual(skipped, []);
    assert.equal(parts.map((p) => p.text).join(''), text);
  });

  it('skips overlapping, empty and out-of-range claims, keeping the text whole', () => {
    const text = 'about 3,000 jobs';
    const outer = claim('about 3,000 jobs', text);
    const inner = claim('3,000', text);
    const bad = { ...inner, start: 10, end: 99 };
    const empty = { ...inner, start: 4, end: 4 };
    const { parts, skipped } = segment(text, [inner, outer, bad, empty]);
    assert.deepEqual(parts, [{ text, index: 1 }]);
    assert.deepEqual(skipped, [0, 2, 3]);
  });

  it('keeps a text without figures as one run', () => {
    assert.deepEqual(segment('no figures', []), { parts: [{ text: 'no figures' }], skipped: [] });
    assert.deepEqual(segment('', []), { parts: [], skipped: [] });
  });
});

describe('verdicts', () => {
  it('matches findings to claims by offsets; the rest have no counterpart', () => {
    const text = 'a 1 b 2 c 3';
    const claims = [claim('1', text), claim('2', text), claim('3', text)];
    const findings = [
      { ...claims[2], verdict: 'conflict', others: [] },
      { ...claims[0], verdict: 'agree', others: [] },
    ];
    assert.deepEqual(verdicts(claims, findings).map((v) => v.verdict), ['agree', 'none', 'conflict']);
    assert.equal(verdicts(claims, findings)[2].finding, findings[0]);
    assert.deepEqual(verdicts(claims, undefined).map((v) => v.verdict), ['none', 'none', 'none']);
  });
});

describe('names and languages', () => {
  it('makes report names unique', () => {
    assert.equal(uniqueName('a.txt', []), 'a.txt');
    assert.equal(uniqueName('a.txt', ['a.txt']), 'a.txt (2)');
    assert.equal(uniqueName('a.txt', ['a.txt', 'a.txt (2)']), 'a.txt (3)');
    assert.equal(uniqueName('  ', []), 'report');
  });

  it('lays Arabic right to left', () => {
    assert.equal(direction('ar'), 'rtl');
    assert.equal(direction('zh'), 'ltr');
    assert.equal(direction('pt-PT'), 'ltr');
    assert.equal(direction(undefined), 'ltr');
  });
});

describe('formatting', () => {
  it('formats values in their base units for people', () => {
    assert.equal(formatValue(1.5e8, 'W'), '150 MW');
    assert.equal(formatValue(2e12, 'USD'), 'USD 2T');
    assert.equal(formatValue(5e10, 'USD'), 'USD 50B');
    assert.equal(formatValue(3500, 'count'), '3.5K');
    assert.equal(formatValue(12.5, '%'), '12.5%');
    assert.equal(formatValue(30 * 30.436875 * 86400, 's'), '30 months');
    assert.equal(formatValue(null, 'USD'), '∞');
  });

  it('formats intervals and open sides (ratios: js/lib/ratio.js, tests/js/ratio.test.mjs)', () => {
    assert.equal(formatInterval({ low: 3000, high: 4000, unit: 'count', qualifier: 'range' }), '3K – 4K');
    assert.equal(formatInterval({ low: 1e4, high: 1e5, unit: 'count', qualifier: 'vague' }), '10K – 100K (excl.)');
    assert.equal(formatInterval({ low: 5, high: null, unit: 'count', qualifier: 'more_than' }), '≥ 5');
    assert.equal(formatInterval({ low: undefined, high: 5, unit: 'count', qualifier: 'up_to' }), '≤ 5');
    assert.equal(formatInterval({ low: null, high: null, unit: 'count' }), '?');
  });
});

describe('rows, sorting and export', () => {
  const text = 'x $2 billion y 150 MW z';
  const claims = [
    claim('$2 billion', text, { low: 2e9, high: 2e9, unit: 'USD' }),
    claim('150 MW', text, { low: 1.5e8, high: 1.5e8, unit: 'W', measure: 'power' }),
  ];
  const other = { file: 'b, "quoted".txt', text: '2 bilhões', start: 0, end: 9, low: 2e9, high: 2e9, unit: 'USD', ratio: 1, verdict: 'agree', explanation: 'same' };
  const reports = [
    { name: 'a.txt', lang: 'en', claims, verdicts: [{ verdict: 'agree', finding: { explanation: 'They agree.', others: [other] } }, { verdict: 'none', finding: null }] },
    { name: 'c.txt', lang: 'pt', claims: [claim('9', '9', { low: 9, high: 9, lang: 'pt' })], verdicts: [{ verdict: 'none', finding: null }] },
  ];
  const rows = figureRows(reports);

  it('makes one row per figure with report, verdict and counterparts', () => {
    assert.equal(rows.length, 3);
    assert.deepEqual(rows.map((r) => [r.report, r.text, r.verdict]),
      [['a.txt', '$2 billion', 'agree'], ['a.txt', '150 MW', 'none'], ['c.txt', '9', 'none']]);
    assert.equal(rows[0].explanation, 'They agree.');
    assert.deepEqual(rows[0].others, [other]);
  });

  it('sorts by a column either way, missing values last, without changing the rows', () => {
    const copy = [...rows];
    // Values sort within their unit (USD, W, count: alphabetical, case-insensitive).
    assert.deepEqual(sortRows(rows, 'low', 1).map((r) => r.low), [9, 2e9, 1.5e8]);
    assert.deepEqual(sortRows(rows, 'low', -1).map((r) => r.low), [9, 2e9, 1.5e8]);
    const more = [...rows, { ...rows[2], low: 3, index: 1 }];
    assert.deepEqual(sortRows(more, 'low', 1).map((r) => r.low), [3, 9, 2e9, 1.5e8]);
    assert.deepEqual(sortRows(more, 'low', -1).map((r) => r.low), [9, 3, 2e9, 1.5e8]);
    assert.deepEqual(sortRows(rows, 'measure', 1).map((r) => r.measure ?? null), ['power', null, null]);
    assert.deepEqual(sortRows(rows, 'measure', -1).map((r) => r.measure ?? null), ['power', null, null]);
    assert.deepEqual(sortRows(rows, 'report', -1).map((r) => r.report), ['c.txt', 'a.txt', 'a.txt']);
    assert.deepEqual(rows, copy);
  });

  it('writes CSV with quoting, CRLF and a byte order mark', () => {
    const csv = toCSV(rows);
    assert.ok(csv.startsWith('\uFEFFreport,lang,text,start,end,low,high,unit,qualifier,counted,measure,subject,verdict,explanation,counterparts\r\n'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[1], 'a.txt,en,$2 billion,2,12,2000000000,2000000000,USD,exact,,,,agree,They agree.,"b, ""quoted"".txt: 2 bilhões (agree)"');
  });

  it('writes JSON with the reports and every figure', () => {
    const doc = JSON.parse(toJSON(rows, reports, '0.1.0'));
    assert.equal(doc.generator, 'figcheck 0.1.0');
    assert.deepEqual(doc.reports, [{ name: 'a.txt', lang: 'en', figures: 2 }, { name: 'c.txt', lang: 'pt', figures: 1 }]);
    assert.equal(doc.figures.length, 3);
    assert.equal(doc.figures[0].report, 'a.txt');
    assert.ok(!('reportIndex' in doc.figures[0]));
  });
});

describe('the example story', () => {
  it('has at least three reports in three languages, one right to left and one CJK', () => {
    assert.ok(STORY.reports.length >= 3);
    const langs = new Set(STORY.reports.map((r) => r.lang));
    assert.ok(langs.size >= 3);
    assert.ok(STORY.reports.some((r) => direction(r.lang) === 'rtl'));
    assert.ok(STORY.reports.some((r) => /[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]/.test(r.text)));
    assert.equal(new Set(STORY.reports.map((r) => r.name)).size, STORY.reports.length, 'names are unique');
  });

  it('anchors every expected figure once in its report, in reading order', () => {
    assert.deepEqual(Object.keys(EXPECTED), STORY.reports.map((r) => r.name));
    for (const report of STORY.reports) {
      let last = -1;
      for (const [anchor, verdict] of EXPECTED[report.name]) {
        const at = report.text.indexOf(anchor);
        assert.ok(at >= 0, `${report.name}: "${anchor}" not in the text`);
        assert.equal(report.text.indexOf(anchor, at + 1), -1, `${report.name}: "${anchor}" twice`);
        assert.ok(at > last, `${report.name}: "${anchor}" out of order`);
        last = at;
        assert.ok(['conflict', 'upheld', 'agree', 'none'].includes(verdict));
      }
    }
  });

  it('seeds conflicts and look-alike agreements', () => {
    const all = Object.values(EXPECTED).flat();
    assert.ok(['conflict', 'upheld', 'agree', 'none'].every((k) => all.some(([, v]) => v === k)));
  });
});

describe('the page stays self-contained', () => {
  const sinks = ['inner' + 'HTML', 'outer' + 'HTML', 'insertAdjacent' + 'HTML', 'document.' + 'write', 'ev' + 'al('];

  it('loads nothing from elsewhere and writes no HTML strings', async () => {
    const files = (await fs.readdir(WWW)).filter((f) => /\.(html|js|css|svg)$/.test(f));
    assert.ok(files.includes('index.html') && files.includes('app.js'));
    for (const f of files) {
      const src = await fs.readFile(path.join(WWW, f), 'utf8');
      assert.doesNotMatch(src, /(?:src|href)\s*=\s*["'](?:https?:)?\/\//i, `${f} links to another origin`);
      assert.doesNotMatch(src, /@import|url\(\s*["']?(?:https?:)?\/\//i, `${f} imports from another origin`);
      assert.doesNotMatch(src, /\bimport\b[^;]*["']https?:/, `${f} imports a module from another origin`);
      if (f.endsWith('.js')) for (const sink of sinks) assert.ok(!src.includes(sink), `${f} uses ${sink}`);
    }
  });

  it('declares a Content-Security-Policy that only allows this origin', async () => {
    const html = await fs.readFile(path.join(WWW, 'index.html'), 'utf8');
    assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
  });
});

describe('translationPairs', () => {
  const span = (start, end) => ({ start, end });
  const original = [span(0, 5), span(10, 15), span(20, 25)];
  const translation = [span(0, 6), span(12, 18), span(30, 36), span(40, 44)];
  const other = (file, start, end, verdict) => ({ file, start, end, verdict });
  const findings = [
    // The translation's first figure slips against the original's first; a
    // counterpart in another text is not a link of the translation check.
    { start: 0, end: 6, verdict: 'conflict', others: [other('original', 0, 5, 'conflict'), other('translation', 30, 36, 'agree')] },
    { start: 12, end: 18, verdict: 'agree', others: [other('original', 10, 15, 'agree')] },
    // Two figures of the translation on the original's second: a slip wins over an agreement.
    { start: 30, end: 36, verdict: 'conflict', others: [other('original', 10, 15, 'conflict')] },
    // Offsets that are no claim's link nothing.
    { start: 99, end: 100, verdict: 'agree', others: [other('original', 20, 25, 'agree')] },
    { start: 40, end: 44, verdict: 'agree', others: [other('original', 21, 25, 'agree')] },
  ];
  it('links each figure of the translation to its counterparts in the original, in the original\'s order', () => {
    const r = translationPairs(original, translation, findings, 'original');
    assert.deepEqual(r.pairs.map((p) => [p.o, p.t, p.other.verdict]), [[0, 0, 'conflict'], [1, 1, 'agree'], [1, 2, 'conflict']]);
    assert.deepEqual(r.original, ['conflict', 'conflict', 'none']);
    assert.deepEqual(r.translation, ['conflict', 'agree', 'conflict', 'none']);
  });
  it('gives every figure "none" without findings', () => {
    const r = translationPairs(original, translation, [], 'original');
    assert.deepEqual([r.pairs, r.original, r.translation], [[], ['none', 'none', 'none'], ['none', 'none', 'none', 'none']]);
  });
});
