// The demo's translation check in headless Chromium: an original and its
// translation pasted side by side, checked as versions of one story. The
// slip (the translation gives "bilhões", a thousand times the original's
// "million") must be shown as a slip, explained, and linked to its
// counterpart; the figures that agree must be linked and not red.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './fixtures/demo/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = path.join(ROOT, 'www');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const BUILT = existsSync(path.join(WWW, 'pkg/figcheck.js')) && existsSync(path.join(WWW, 'pkg/figcheck_bg.wasm'));
const SKIP = !BUILT
  ? 'www/pkg is not built: run `make www` first'
  : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (scripts/setup.sh test installs it)` : false;

// Written for this test. The translation slips on the first figure (million →
// bilhões: 75 billion against 75 million, ×1000) and keeps the second.
const ORIGINAL = 'The city council approved $75 million for the new bridge on Monday. About 1,200 workers will build it over three years.';
const TRANSLATION = 'A câmara municipal aprovou 75 bilhões de dólares para a nova ponte na segunda-feira. Cerca de 1.200 operários vão construí-la em três anos.';

/** The mark on `side` over `anchor`: its verdict, classes and text. */
async function markOver(page, side, anchor) {
  return page.evaluate(([side, anchor]) => {
    const view = document.querySelector(`#tr-texts .tr-text[data-side="${side}"]`);
    if (!view) return { error: `no ${side} text shown` };
    const at = view.textContent.indexOf(anchor);
    if (at < 0) return { error: `"${anchor}" is not in the ${side}` };
    const marks = [...view.querySelectorAll('mark.figure')].filter((m) => Number(m.dataset.start) < at + anchor.length && Number(m.dataset.end) > at);
    if (marks.length !== 1) return { error: `${marks.length} marks over "${anchor}" in the ${side}` };
    const m = marks[0];
    return { text: m.textContent, verdict: m.dataset.verdict, index: m.dataset.index, classes: [...m.classList].sort() };
  }, [side, anchor]);
}

/** The pair items shown: their texts, verdict, classes, evidence and explanation. */
async function pairs(page) {
  return page.$$eval('#tr-pairs li.tr-pair', (items) => items.map((li) => ({
    texts: [...li.querySelectorAll('q')].map((q) => q.textContent),
    verdict: li.dataset.verdict,
    classes: [...li.classList].sort(),
    evidence: li.dataset.evidence,
    evidenceText: li.querySelector('.evidence')?.textContent ?? null,
    explanation: li.querySelector('.tr-explanation')?.textContent ?? '',
    ratio: li.querySelector('.ratio')?.textContent ?? '',
  })));
}

describe('demo: translation check', { skip: SKIP }, () => {
  let server;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    server = await serve(WWW);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 15_000 });
    assert.equal(await page.getAttribute('body', 'data-state'), 'ready');
    await page.fill('#tr-original', ORIGINAL);
    await page.fill('#tr-translation', TRANSLATION);
    await page.selectOption('#tr-original-lang', 'en');
    await page.selectOption('#tr-translation-lang', 'pt');
    await page.click('#tr-check');
    await page.waitForSelector('#tr-result:not([hidden]) #tr-pairs li', { timeout: 10_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows both texts with their figures, in their languages', async () => {
    const views = await page.$$eval('#tr-texts .tr-text', (nodes) => nodes.map((n) => ({ side: n.dataset.side, lang: n.lang, text: n.textContent })));
    assert.deepEqual(views, [{ side: 'original', lang: 'en', text: ORIGINAL }, { side: 'translation', lang: 'pt', text: TRANSLATION }]);
    assert.equal(await page.getAttribute('#tr-summary', 'data-slips'), '1');
  });

  it('shows the ×1000 slip as a slip on both sides, explained', async () => {
    const slip = await markOver(page, 'translation', '75 bilhões de dólares');
    const source = await markOver(page, 'original', '$75 million');
    assert.equal(slip.error, undefined, slip.error);
    assert.equal(source.error, undefined, source.error);
    assert.equal(slip.verdict, 'conflict');
    assert.equal(source.verdict, 'conflict');
    const shown = (await pairs(page)).filter((p) => p.verdict === 'conflict');
    assert.equal(shown.length, 1, JSON.stringify(shown));
    const [p] = shown;
    assert.deepEqual(p.texts, ['$75 million', '75 bilhões de dólares']);
    assert.equal(p.ratio, '×1000', 'the translation states 75e9 against 75e6');
    assert.match(p.explanation, /×1000/);
    assert.match(p.explanation, /bilhões/);
    assert.match(p.explanation, /million/);
    // The engine's evidence, when it gives one, is shown, and a slip in a
    // version of the story is aligned by its place.
    if (p.evidence) {
      assert.equal(p.evidence, 'aligned');
      assert.ok(p.evidenceText && p.evidenceText.length > 0, 'the evidence is not shown');
    }
  });

  it('links the slip to its counterpart: pointing at one outlines the other, a click keeps it', async () => {
    await page.hover('#tr-texts .tr-text[data-side="translation"] mark.figure[data-verdict="conflict"]');
    const linked = await markOver(page, 'original', '$75 million');
    assert.ok(linked.classes.includes('linked'), `not outlined on hover: ${JSON.stringify(linked)}`);
    assert.ok((await pairs(page)).find((p) => p.verdict === 'conflict').classes.includes('linked'));
    // The agreement is not outlined meanwhile.
    assert.ok(!(await markOver(page, 'original', '1,200 workers')).classes.includes('linked'));
    await page.click('#tr-texts .tr-text[data-side="translation"] mark.figure[data-verdict="conflict"]');
    await page.mouse.move(0, 0);
    const kept = await markOver(page, 'original', '$75 million');
    assert.ok(kept.classes.includes('selected') && !kept.classes.includes('linked'), JSON.stringify(kept));
    assert.ok((await markOver(page, 'translation', '75 bilhões de dólares')).classes.includes('selected'));
  });

  it('shows the agreement linked and not red', async () => {
    const t = await markOver(page, 'translation', '1.200 operários');
    const o = await markOver(page, 'original', '1,200 workers');
    assert.equal(t.error, undefined, t.error);
    assert.equal(t.verdict, 'agree');
    assert.equal(o.verdict, 'agree');
    const agreement = (await pairs(page)).find((p) => p.texts[1] === '1.200 operários');
    assert.ok(agreement, 'the agreement is not among the aligned figures');
    assert.deepEqual([agreement.texts[0], agreement.verdict, agreement.ratio], ['1,200 workers', 'agree', '×1']);
    await page.hover(`#tr-texts .tr-text[data-side="translation"] mark.figure[data-index="${t.index}"]`);
    assert.ok((await markOver(page, 'original', '1,200 workers')).classes.includes('linked'));
    assert.ok(!(await markOver(page, 'original', '$75 million')).classes.includes('linked'));
    // Not red: no conflict colour on the agreement's marks.
    const colours = await page.$$eval('#tr-texts mark.figure[data-verdict="agree"]', (ms) => ms.map((m) => getComputedStyle(m).borderBottomStyle));
    assert.ok(colours.length >= 2 && colours.every((s) => s === 'dotted'), JSON.stringify(colours));
  });

  it('checks two versions of the example story in one click', async () => {
    await page.click('#tr-example');
    await page.waitForFunction(() => document.querySelector('#tr-texts .tr-text[data-side="original"]')?.lang === 'en');
    const slips = Number(await page.getAttribute('#tr-summary', 'data-slips'));
    assert.ok(slips >= 1, `the story's Portuguese version slips (×10 on the valuation); ${slips} slips shown`);
    assert.ok((await pairs(page)).some((p) => p.verdict === 'conflict' && /200 bilhões/.test(p.texts[1])),
      'the valuation\'s slip (US$ 200 bilhões against $2 trillion) is not among the pairs');
  });

  it('logs no error', () => {
    assert.deepEqual(problems, []);
  });
});
