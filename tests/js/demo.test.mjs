// The demo page end to end: serves www/ on 127.0.0.1, opens it in headless
// Chromium, and checks what a person would see: the example story's seeded
// slips marked "conflict" (the figures they contradict "upheld"), its look-alike agreements not, a pasted report
// and a dropped HTML file checked, the table and its exports, no console error.
// Writes target/demo-screenshot.png (and docs/demo-screenshot.png when it is
// missing or FIGCHECK_UPDATE_SCREENSHOT=1).
//
// Figures the engine does not read right yet are listed in KNOWN_FAILURES with
// what came out: their tests are reported as TODO, and the run fails once one
// of them passes, so that the list only shrinks.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './fixtures/demo/serve.mjs';
import { STORY, EXPECTED } from '../../www/story.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = path.join(ROOT, 'www');
const FIXTURES = path.join(ROOT, 'tests/js/fixtures/demo');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const BUILT = existsSync(path.join(WWW, 'pkg/figcheck.js')) && existsSync(path.join(WWW, 'pkg/figcheck_bg.wasm'));
const SKIP = !BUILT
  ? 'www/pkg is not built: run `make www` first'
  : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (scripts/setup.sh test installs it)` : false;
const LOAD_BUDGET_MS = 1000;

/**
 * Seeded figures the engine does not read right yet: `${report}|${anchor}` ->
 * the input and what came out. Each is a counted TODO, not a pass.
 */
const KNOWN_FAILURES = new Map([
  // BEGIN generated: `node tests/js/fixtures/demo/dump-story.mjs --write` rewrites this part from the built engine
  // END generated
]);

const unexpectedPasses = [];

/** A test of the engine's reading of the story: TODO while listed in KNOWN_FAILURES. */
function figureTest(name, key, fn) {
  const known = KNOWN_FAILURES.get(key);
  it(name, known ? { todo: `known failure: ${known}` } : {}, async () => {
    await fn();
    if (known) unexpectedPasses.push(key);
  });
}

/** The marks of report `name` that overlap the only occurrence of `anchor` in its text. */
async function marksAt(page, name, anchor) {
  return page.evaluate(([name, anchor]) => {
    const card = [...document.querySelectorAll('#reports article.report')].find((a) => a.dataset.reportName === name);
    if (!card) return { error: `no report named ${name} on the page` };
    const text = card.querySelector('.report-text').textContent;
    const at = text.indexOf(anchor);
    if (at < 0) return { error: `"${anchor}" is not in the text of ${name}` };
    if (text.indexOf(anchor, at + 1) >= 0) return { error: `"${anchor}" occurs twice in ${name}` };
    const end = at + anchor.length;
    const marks = [...card.querySelectorAll('mark.figure')]
      .filter((m) => Number(m.dataset.start) < end && Number(m.dataset.end) > at)
      .map((m) => ({ text: m.textContent, verdict: m.dataset.verdict, start: Number(m.dataset.start), end: Number(m.dataset.end) }));
    return { marks };
  }, [name, anchor]);
}

async function assertVerdict(page, name, anchor, verdict) {
  const found = await marksAt(page, name, anchor);
  assert.equal(found.error, undefined, found.error);
  assert.equal(found.marks.length, 1,
    `${name}: expected one figure marked over "${anchor}", found ${found.marks.length}: ${JSON.stringify(found.marks)}`);
  assert.equal(found.marks[0].verdict, verdict,
    `${name}: "${found.marks[0].text}" is marked ${found.marks[0].verdict}, expected ${verdict}`);
}

async function reportNames(page) {
  return page.$$eval('#reports article.report', (cards) => cards.map((c) => c.dataset.reportName));
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), body: await fs.readFile(await file.path(), 'utf8') };
}

async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const { name, type, body } of files) dt.items.add(new File([body], name, { type }));
    return dt;
  }, files);
  await page.dispatchEvent('#dropzone', 'drop', { dataTransfer: transfer });
}

/** The figures of the reports the test adds, as in EXPECTED: [anchor, verdict, what it states]. */
const ADDED = {
  'agentur-de.txt': [
    ['50 Milliarden Dollar', 'agree', 'investment'],
    ['150 Megawatt', 'agree', 'power'],
    ['200 Milliarden Dollar', 'upheld', 'valuation'],
  ],
  'notizia-it.html': [
    ['50 miliardi di dollari', 'agree', 'investment'],
    ['2 miliardi di dollari', 'agree', 'phase-one cost'],
    ['150 MW', 'agree', 'power'],
    ['200 miliardi di dollari', 'upheld', 'valuation'],
  ],
};

/**
 * Counterparts that state something else, by report, from the JSON export:
 * `"$2 trillion" (valuation) paired with x.txt "…" (market) → conflict`.
 */
async function wrongCounterparts(page, expected) {
  const texts = Object.fromEntries(await page.$$eval('#reports article.report',
    (cards) => cards.map((c) => [c.dataset.reportName, c.querySelector('.report-text').textContent])));
  const { figures } = JSON.parse((await download(page, '#export-json')).body);
  const keyAt = (name, start, end) => {
    const list = expected[name];
    const text = texts[name];
    if (!list || text === undefined) return undefined;
    const hit = list.find(([anchor]) => {
      const at = text.indexOf(anchor);
      return at >= 0 && start < at + anchor.length && end > at;
    });
    return hit ? hit[2] : 'no expected figure';
  };
  const wrong = {};
  for (const f of figures) {
    const key = keyAt(f.report, f.start, f.end);
    for (const o of f.others || []) {
      const other = keyAt(o.file, o.start, o.end);
      if (key === undefined || other === undefined || key === other) continue;
      (wrong[f.report] ||= []).push(`"${f.text}" (${key}) paired with ${o.file} "${o.text}" (${other}), ${o.verdict}`);
    }
  }
  return wrong;
}

const EXPECTED_TOTAL = Object.values(EXPECTED).reduce((n, list) => n + list.length, 0);

describe('demo page', { skip: SKIP }, () => {
  let server;
  let browser;
  let context;
  let page;
  const problems = []; // console errors and page errors
  const external = []; // requests that left the test server
  let pairs = null; // the story's wrong counterparts, from the first export

  before(async () => {
    server = await serve(WWW);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 15_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the engine and the story in under a second, from this server only', async () => {
    const state = await page.getAttribute('body', 'data-state');
    const errors = await page.$$eval('#errors .error', (nodes) => nodes.map((n) => n.textContent));
    assert.equal(state, 'ready', `page did not get ready: ${errors.join(' | ')}`);
    // A busy machine (a parallel build) slows any one load: the best of three counts.
    const times = [Number(await page.getAttribute('body', 'data-ready-ms'))];
    while (times.length < 3 && Math.min(...times) >= LOAD_BUDGET_MS) {
      await page.reload();
      await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
      times.push(Number(await page.getAttribute('body', 'data-ready-ms')));
    }
    const best = Math.min(...times);
    assert.ok(best > 0 && best < LOAD_BUDGET_MS, `ready after ${times.join(', ')} ms; budget ${LOAD_BUDGET_MS} ms`);
    assert.deepEqual(external, [], 'the page fetched something from elsewhere');
    assert.ok(server.requests.some((u) => u.endsWith('figcheck_bg.wasm')), 'the wasm module was not fetched');
    assert.match(await page.textContent('#engine'), /^figcheck \S+/);
    assert.deepEqual(await reportNames(page), STORY.reports.map((r) => r.name));
    assert.ok(STORY.reports.length >= 3 && new Set(STORY.reports.map((r) => r.lang)).size >= 3);
  });

  it('lays out each report in its language and direction (Arabic right to left)', async () => {
    const layout = await page.$$eval('#reports article.report', (cards) => cards.map((c) => {
      const t = c.querySelector('.report-text');
      return { name: c.dataset.reportName, lang: t.lang, dir: t.dir, css: getComputedStyle(t).direction, ws: getComputedStyle(t).whiteSpace };
    }));
    for (const report of STORY.reports) {
      const got = layout.find((l) => l.name === report.name);
      const dir = report.lang === 'ar' ? 'rtl' : 'ltr';
      assert.deepEqual(got, { name: report.name, lang: report.lang, dir, css: dir, ws: 'pre-wrap' });
    }
    assert.ok(STORY.reports.some((r) => r.lang === 'ar') && STORY.reports.some((r) => r.lang === 'zh'));
  });

  describe('the story\'s figures', () => {
    for (const [name, figures] of Object.entries(EXPECTED)) {
      for (const [anchor, verdict] of figures) {
        figureTest(`${name}: "${anchor}" is marked ${verdict}`, `${name}|${anchor}`,
          () => assertVerdict(page, name, anchor, verdict));
      }
      figureTest(`${name}: each counterpart states the same thing`, `${name}|pairs`, async () => {
        pairs ||= await wrongCounterparts(page, EXPECTED);
        assert.deepEqual(pairs[name] || [], [], `${name}: figures paired with figures that state something else`);
      });
      figureTest(`${name}: no figure is marked besides the ${figures.length} expected`, `${name}|*`, async () => {
        const anchors = figures.map(([anchor]) => anchor);
        const extra = await page.$$eval(`#reports article.report[data-report-name="${name}"]`, ([card], anchors) => {
          const text = card.querySelector('.report-text').textContent;
          const spans = anchors.map((a) => [text.indexOf(a), text.indexOf(a) + a.length]);
          return [...card.querySelectorAll('mark.figure')]
            .filter((m) => !spans.some(([s, e]) => Number(m.dataset.start) < e && Number(m.dataset.end) > s))
            .map((m) => m.textContent);
        }, anchors);
        assert.deepEqual(extra, [], `${name}: figures marked that are none of the expected ones`);
      });
    }
  });

  it('every marked figure carries data-verdict conflict, upheld, agree or none', async () => {
    const verdicts = await page.$$eval('#reports mark.figure', (nodes) => nodes.map((n) => n.dataset.verdict));
    assert.ok(verdicts.length > 0, 'no figure marked at all');
    for (const v of verdicts) assert.ok(['conflict', 'upheld', 'agree', 'none'].includes(v), `data-verdict="${v}"`);
    // Red only on the four planted slips: every other conflict is upheld by the reports that agree with it.
    assert.equal(verdicts.filter((v) => v === 'conflict').length, 4);
  });

  figureTest('clicking "$2 trillion" shows its counterparts: ×10 against "US$ 200 bilhões"', 'details|$2 trillion', async () => {
    const found = await marksAt(page, 'wire-en.txt', '$2 trillion');
    assert.equal(found.marks?.length, 1, JSON.stringify(found));
    await page.click(`article[data-report-name="wire-en.txt"] mark.figure[data-start="${found.marks[0].start}"]`);
    await page.waitForSelector('#details-body .detail-figure');
    assert.equal((await page.textContent('#details-body .detail-figure q')).trim(), found.marks[0].text);
    const others = await page.$$eval('#details-body li.other', (items) => items.map((li) => ({
      file: li.dataset.file, verdict: li.dataset.verdict, text: li.querySelector('q').textContent,
      ratio: li.querySelector('.ratio').textContent, evidence: li.querySelector('.evidence')?.textContent ?? null,
    })));
    const pt = others.find((o) => o.file === 'jornal-pt.txt');
    assert.ok(pt, `no counterpart in jornal-pt.txt: ${JSON.stringify(others)}`);
    assert.match(pt.text, /200 bilhões/);
    assert.equal(pt.verdict, 'conflict');
    assert.equal(pt.ratio, '×10');
    // Why they were compared, in the engine's words: the reports are versions of one story.
    assert.equal(pt.evidence, 'The same place in the Portuguese version.');
    const zh = others.find((o) => o.file === 'xinwen-zh.txt');
    assert.equal(zh && zh.evidence, 'The same place in the Chinese version.', 'for an agreement too');
    assert.ok((await page.textContent('#details-body .explanation')).trim().length > 0, 'no explanation shown');
    const linked = await page.$$eval('#reports mark.figure.linked', (nodes) => nodes.length);
    assert.equal(linked, others.length, 'the counterparts are outlined in the reports');
  });

  it('saves a screenshot', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const dir = path.join(ROOT, 'target');
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, 'demo-screenshot.png');
    await page.screenshot({ path: file });
    await page.screenshot({ path: path.join(dir, 'demo-full.png'), fullPage: true });
    const docs = path.join(ROOT, 'docs/demo-screenshot.png');
    if (process.env.FIGCHECK_UPDATE_SCREENSHOT === '1' || !existsSync(docs)) await fs.copyFile(file, docs);
    assert.ok((await fs.stat(file)).size > 10_000);
  });

  it('opens a figure from the keyboard', async () => {
    await page.focus('article[data-report-name="wire-en.txt"] mark.figure >> nth=0');
    await page.keyboard.press('Enter');
    const first = await page.$eval('article[data-report-name="wire-en.txt"] mark.figure', (m) => m.textContent);
    assert.equal((await page.textContent('#details-body .detail-figure q')).trim(), first);
    assert.equal(await page.getAttribute('article[data-report-name="wire-en.txt"] mark.figure >> nth=0', 'aria-pressed'), 'true');
  });

  it('shows a broken engine as an error in the page, without crashing', async () => {
    const broken = await context.newPage();
    const uncaught = [];
    broken.on('pageerror', (err) => uncaught.push(err.message));
    await broken.route('**/figcheck_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
    await broken.goto(server.url);
    await broken.waitForSelector('body[data-state="error"]', { timeout: 15_000 });
    assert.match(await broken.textContent('#errors'), /Could not load the figcheck engine/);
    assert.equal(await broken.$$eval('#reports article.report', (cards) => cards.length), STORY.reports.length, 'the texts are still shown');
    assert.deepEqual(uncaught, []);
    await broken.close();
  });

  it('lists every figure in a table that sorts by a clicked header', async () => {
    const rows = await page.$$eval('#figures-body tr', (trs) => trs.length);
    const marks = await page.$$eval('#reports mark.figure', (nodes) => nodes.length);
    assert.ok(rows >= marks && rows > 0, `${rows} rows for ${marks} marked figures`);
    const headers = await page.$$eval('#figures-head th', (ths) => ths.map((th) => th.textContent.trim()));
    for (const h of ['Figure', 'Value', 'Unit', 'Qualifier', 'Measure', 'Subject', 'Language']) {
      assert.ok(headers.some((x) => x.startsWith(h)), `no ${h} column in ${headers}`);
    }
    // Values sort within their unit: each unit's rows together, in order.
    const byUnit = async () => {
      const rows = await page.$$eval('#figures-body tr', (trs) => trs.map((tr) => [tr.children[3].textContent, tr.dataset.low]));
      const units = rows.map(([u]) => u).filter((u, i, all) => i === 0 || all[i - 1] !== u);
      assert.equal(new Set(units).size, units.length, `units not grouped: ${units}`);
      const groups = {};
      for (const [u, low] of rows) if (low !== '') (groups[u] ||= []).push(Number(low));
      return groups;
    };
    await page.click('#figures-head button[data-key="low"]');
    assert.equal(await page.getAttribute('#figures-head th:has(button[data-key="low"])', 'aria-sort'), 'ascending');
    for (const [u, lows] of Object.entries(await byUnit())) assert.deepEqual(lows, [...lows].sort((a, b) => a - b), u);
    await page.click('#figures-head button[data-key="low"]');
    assert.equal(await page.getAttribute('#figures-head th:has(button[data-key="low"])', 'aria-sort'), 'descending');
    for (const [u, lows] of Object.entries(await byUnit())) assert.deepEqual(lows, [...lows].sort((a, b) => b - a), u);
    await page.click('#figures-head button[data-key="report"]');
    const first = await page.$eval('#figures-body tr td', (td) => td.textContent);
    assert.equal(first, STORY.reports[0].name);
  });

  it('exports every figure as JSON and as CSV', async () => {
    const marks = await page.$$eval('#reports mark.figure', (nodes) => nodes.length);
    const rows = await page.$$eval('#figures-body tr', (trs) => trs.length);
    const json = await download(page, '#export-json');
    assert.equal(json.name, 'figcheck-figures.json');
    const doc = JSON.parse(json.body);
    assert.equal(doc.figures.length, rows);
    assert.ok(doc.figures.length >= marks);
    assert.deepEqual(doc.reports.map((r) => r.name), STORY.reports.map((r) => r.name));
    for (const f of doc.figures) {
      for (const key of ['report', 'text', 'start', 'end', 'low', 'high', 'unit', 'qualifier', 'lang', 'verdict']) {
        assert.ok(key in f, `exported figure lacks ${key}: ${JSON.stringify(f)}`);
      }
    }
    const csv = await download(page, '#export-csv');
    assert.equal(csv.name, 'figcheck-figures.csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.match(lines[0], /^report,lang,text,start,end,low,high,unit,qualifier,counted,measure,subject,verdict/);
    assert.equal(lines.length, rows + 1);
  });

  figureTest(`the export holds the story's ${EXPECTED_TOTAL} figures`, 'export|count', async () => {
    const json = await download(page, '#export-json');
    const doc = JSON.parse(json.body);
    const got = Object.fromEntries(doc.reports.map((r) => [r.name, r.figures]));
    const want = Object.fromEntries(Object.entries(EXPECTED).map(([name, list]) => [name, list.length]));
    assert.deepEqual(got, want);
    assert.equal(doc.figures.length, EXPECTED_TOTAL);
  });

  it('adds a pasted report, detects its language and checks it against the others', async () => {
    const text = (await fs.readFile(path.join(FIXTURES, 'agentur-de.txt'), 'utf8')).trim();
    await page.fill('#paste-name', 'agentur-de.txt');
    await page.fill('#paste-text', text);
    await page.click('#paste-add');
    const card = 'article[data-report-name="agentur-de.txt"]';
    await page.waitForSelector(card);
    assert.equal(await page.getAttribute(card, 'data-lang'), 'de');
    assert.equal(await page.$eval(`${card} select`, (s) => s.value), 'de');
    assert.equal(await page.textContent(`${card} .report-text`), text);
    const verdicts = await page.$$eval(`${card} mark.figure`, (nodes) => nodes.map((n) => n.dataset.verdict));
    assert.ok(verdicts.length > 0, 'the pasted report has no marked figure');
  });

  figureTest('the pasted German report: 50 and 200 Milliarden Dollar, 150 Megawatt', 'agentur-de.txt', async () => {
    for (const [anchor, verdict] of ADDED['agentur-de.txt']) await assertVerdict(page, 'agentur-de.txt', anchor, verdict);
    const wrong = await wrongCounterparts(page, { ...EXPECTED, ...ADDED });
    assert.deepEqual(wrong['agentur-de.txt'] || [], [], 'figures paired with figures that state something else');
  });

  it('lets the reader override a report\'s language', async () => {
    const card = 'article[data-report-name="agentur-de.txt"]';
    await page.selectOption(`${card} select`, 'en');
    await page.waitForSelector(`${card}[data-lang="en"]`);
    assert.equal(await page.getAttribute(`${card} .report-text`, 'lang'), 'en');
    const langs = await page.$$eval('#figures-body tr', (trs) => trs
      .filter((tr) => tr.firstChild.textContent === 'agentur-de.txt').map((tr) => tr.dataset.lang));
    for (const l of langs) assert.equal(l, 'en', 'figures re-read in the chosen language');
    await page.selectOption(`${card} select`, 'de');
    await page.waitForSelector(`${card}[data-lang="de"]`);
  });

  it('adds a dropped .html file as its visible text', async () => {
    const html = await fs.readFile(path.join(FIXTURES, 'notizia-it.html'), 'utf8');
    await dropFiles(page, [{ name: 'notizia-it.html', type: 'text/html', body: html }]);
    const card = 'article[data-report-name="notizia-it.html"]';
    await page.waitForSelector(card);
    const text = await page.textContent(`${card} .report-text`);
    assert.match(text, /50 miliardi di dollari/);
    assert.doesNotMatch(text, /999 milioni|nascosto|<p>|color:/, 'script, style or tags shown as text');
    assert.equal(await page.getAttribute(card, 'data-lang'), 'it');
    assert.ok((await page.$$(`${card} mark.figure`)).length > 0, 'the dropped report has no marked figure');
  });

  figureTest('the dropped Italian report: 200 miliardi conflicts with $2 trillion (upheld by the others), 150 MW agrees', 'notizia-it.html', async () => {
    for (const [anchor, verdict] of ADDED['notizia-it.html']) await assertVerdict(page, 'notizia-it.html', anchor, verdict);
    const wrong = await wrongCounterparts(page, { ...EXPECTED, ...ADDED });
    assert.deepEqual(wrong['notizia-it.html'] || [], [], 'figures paired with figures that state something else');
  });

  it('refuses a file that is not .txt or .html, in the page', async () => {
    const before = (await reportNames(page)).length;
    await dropFiles(page, [{ name: 'scan.pdf', type: 'application/pdf', body: '%PDF-1.4' }]);
    await page.waitForSelector('#errors .error');
    assert.match(await page.textContent('#errors'), /scan\.pdf/);
    assert.equal((await reportNames(page)).length, before);
    await page.click('#errors .error button');
    assert.equal(await page.$$eval('#errors .error', (n) => n.length), 0);
  });

  it('reorders and removes reports', async () => {
    const names = await reportNames(page);
    await page.click(`article[data-report-name="${names[0]}"] button[data-action="down"]`);
    assert.deepEqual(await reportNames(page), [names[1], names[0], ...names.slice(2)]);
    await page.click(`article[data-report-name="${names[0]}"] button[data-action="up"]`);
    assert.deepEqual(await reportNames(page), names);
    await page.click('article[data-report-name="notizia-it.html"] button[data-action="remove"]');
    assert.deepEqual(await reportNames(page), names.filter((n) => n !== 'notizia-it.html'));
  });

  figureTest('without the English report, the valuations agree again', 'remove|valuation', async () => {
    await page.click('article[data-report-name="wire-en.txt"] button[data-action="remove"]');
    assert.ok(!(await reportNames(page)).includes('wire-en.txt'));
    await assertVerdict(page, 'jornal-pt.txt', 'US$ 200 bilhões', 'agree');
    await assertVerdict(page, 'xinwen-zh.txt', '2000亿美元', 'agree');
    await assertVerdict(page, 'diario-es.txt', '3 billones de euros', 'conflict');
  });

  it('restores the example story', async () => {
    await page.click('#restore');
    assert.deepEqual(await reportNames(page), STORY.reports.map((r) => r.name));
  });

  it('showed no console error and no page error', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(external, []);
  });

  it('known failures still fail (remove those that pass from KNOWN_FAILURES)', () => {
    assert.deepEqual(unexpectedPasses, [],
      `${unexpectedPasses.length} known failure(s) now pass: remove them from KNOWN_FAILURES in tests/js/demo.test.mjs`);
  });
});
