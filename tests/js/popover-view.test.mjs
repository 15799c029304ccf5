// The extension's popover content (extension/src/content/popover-view.js), rendered in
// Chromium from findings built here in the engine's shape (docs/claims.md §3): each
// counterpart's evidence in the engine's words (`basis`), for agreements as for
// conflicts; the ratio as the CLI writes it; the verdict the engine's; every string
// written as text, never HTML.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM } from './lib/ext-harness.mjs';

const finding = {
  text: '2 trilhões de dólares', start: 10, end: 31, low: 2e12, high: 2e12, unit: 'USD', qualifier: 'exact', lang: 'pt', rounding: 5e10,
  measure: 'valuation', subject: 'Borealis', file: 'https://news.example/pt', verdict: 'conflict', explanation: '',
  others: [
    { file: 'https://news.example/fr', text: '200 milliards de dollars', start: 0, end: 24, low: 2e11, high: 2e11, unit: 'USD', ratio: 10,
      verdict: 'conflict', explanation: 'a factor of 10 across the magnitude words', evidence: 'aligned', basis: 'the same place in the French version',
      lang: 'fr', language: 'French',
      title: 'Borealis valorisée', url: 'https://news.example/fr', quote: 'Borealis a été valorisée à 200 milliards de dollars.' },
    { file: 'https://news.example/en', text: '$2 trillion', start: 0, end: 11, low: 2e12, high: 2e12, unit: 'USD', ratio: 1,
      verdict: 'agree', explanation: 'Agrees.', evidence: 'measure_subject', basis: 'both are Borealis\'s valuation', lang: 'en', language: 'English',
      title: 'Borealis <b>reaches</b>', url: 'https://news.example/en' },
    { file: 'https://news.example/pt', text: '2 trilhões', start: 90, end: 100, low: 2e12, high: 2e12, unit: 'USD', ratio: 1.125,
      verdict: 'agree', explanation: 'Agrees.', lang: 'pt', self: true, title: 'this one', url: 'javascript:alert(1)' },
  ],
};

describe('the popover, from findings in the engine\'s shape', { timeout: 60_000 }, () => {
  let browser; let page;
  before(async () => {
    const bundle = await esbuild.build({
      entryPoints: [path.join(ROOT, 'extension/src/content/popover-view.js')], bundle: true, format: 'iife', globalName: 'popoverView', write: false,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="pop"></div></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
  });
  after(async () => { await browser?.close(); });

  const render = (f) => page.evaluate((x) => {
    const pop = document.getElementById('pop');
    pop.replaceChildren(...globalThis.popoverView.popoverContent(x));
    const items = [...pop.querySelectorAll('li')].map((li) => ({
      verdict: li.dataset.verdict,
      top: li.firstElementChild.textContent,
      evidence: li.querySelector('.evidence')?.textContent ?? null,
      evidenceKind: li.querySelector('.evidence')?.dataset.evidence ?? null,
      source: li.querySelector('.src').textContent,
      links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    }));
    return { head: pop.querySelector('.head').textContent, items, elements: pop.querySelectorAll('*').length, bold: pop.querySelectorAll('b').length };
  }, f);

  test('each counterpart says why it was compared, conflict or agreement', async () => {
    const r = await render(finding);
    assert.equal(r.head, 'conflict2 trilhões de dólares');
    assert.deepEqual(r.items.map((i) => [i.verdict, i.top, i.evidence, i.evidenceKind]), [
      ['conflict', 'conflict200 milliards de dollars×10', 'The same place in the French version.', 'aligned'],
      ['agree', 'agrees$2 trillion×1', 'Both are Borealis\'s valuation.', 'measure_subject'],
      ['agree', 'agrees2 trilhões×1.12', null, null],
    ]);
    assert.equal(r.items[0].source, 'Borealis valorisée · French');
    assert.deepEqual(r.items[0].links, ['https://news.example/fr']);
  });

  test('strings are text, never HTML; only http(s) links; this page is not a link', async () => {
    const r = await render(finding);
    assert.equal(r.items[1].source, 'Borealis <b>reaches</b> · English');
    assert.equal(r.bold, 0, 'a title\'s markup stays text');
    assert.deepEqual(r.items[2].links, []);
    assert.equal(r.items[2].source, 'this page (this one) · pt');
  });

  test('red is the engine\'s verdict alone: an agreement with evidence stays an agreement', async () => {
    const agree = { ...finding, verdict: 'agree', others: [{ ...finding.others[1] }] };
    const r = await render(agree);
    assert.equal(r.head, 'agrees2 trilhões de dólares');
    assert.deepEqual(r.items.map((i) => i.verdict), ['agree']);
  });

  test('a conflict most reports uphold says the others differ, and why, in the head', async () => {
    const explanation = '2 of the 3 reports that state it agree with it; the one that differs: a factor of 10 across the magnitude words';
    const upheld = { ...finding, upheld: true, explanation, others: [...finding.others, { ...finding.others[1], file: 'https://news.example/es', url: 'https://news.example/es' }] };
    const r = await render(upheld);
    assert.equal(r.head, 'others differ2 trilhões de dólares');
    assert.deepEqual(r.items.map((i) => i.verdict), ['conflict', 'agree', 'agree', 'agree']);
    const why = await page.evaluate(() => [...document.querySelectorAll('#pop > .why')].map((e) => e.textContent));
    assert.deepEqual(why, [explanation]);
  });
});
