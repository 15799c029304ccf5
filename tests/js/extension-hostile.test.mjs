// Hostile pages: 5 MB of text, 100 000 text nodes, a mutation storm, a page that
// overwrites the built-ins, shadow DOM and an iframe. figcheck must keep working,
// keep the page working, and keep each main-thread task it runs under 50 ms.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { requireBuiltExtension, startFixtureServer, testExtensionCopy, launch, driverPage, tabIdOf, ask, inContentWorld, markedTexts, waitFor } from './lib/ext-harness.mjs';

const FILLER = 'The board met in a bright room by the harbour and talked for a long while about roads, rain and the price of coffee. ';
const START = 'Borealis Compute runs tens of thousands of GPUs on its campuses.';
const END = 'Borealis Compute was valued at $2 trillion, its chief executive said.';

function bigPage() {
  const para = `<p>${FILLER.repeat(17)}</p>\n`; // ~2 000 characters, no figure
  const n = Math.ceil(5_000_000 / (para.length - 8));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title></head><body><article><p>${START}</p>\n${para.repeat(n)}<p>${END}</p></article></body></html>`;
}

function manyNodesPage() {
  // 20 000 paragraphs of 5 spans: 100 000 text nodes (plus the two with figures).
  const p = '<p><span>alpha </span><span>beta </span><b>gamma </b><i>delta </i><span>epsilon</span></p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many</title></head><body><main><p>${START}</p>${p.repeat(20_000)}<p>${END}</p></main></body></html>`;
}

/** Starts recording long tasks (> 50 ms) in the page's main thread; returns a reader. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  // Control: a 120 ms task of the page's own must be seen, or the observer proves nothing.
  await page.evaluate(() => setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }, 0));
  await waitFor(() => page.evaluate(() => window.__long.length > 0), 5000, 'the control long task');
  const control = await page.evaluate(() => window.__long.splice(0));
  assert.ok(control[0] >= 110, `control long task: ${control}`);
  return () => page.evaluate(() => window.__long.slice());
}

describe('figcheck on hostile pages', { timeout: 115_000 }, () => {
  let srv; let browser; let driver; const big = bigPage(); const many = manyNodesPage();
  before(async () => {
    requireBuiltExtension();
    srv = await startFixtureServer({ '/big.html': () => ({ body: big }), '/many.html': () => ({ body: many }) });
    browser = await launch(testExtensionCopy());
    driver = await driverPage(browser.context, browser.extensionId);
    const fr = await browser.context.newPage();
    await fr.goto(srv.url('/fr.html'));
    const s = await ask(driver, await tabIdOf(driver, srv.url('/fr.html')), 'figcheck/save-report');
    assert.equal(s.saved.figures, 4);
    await fr.close();
  });
  after(async () => { await browser?.context.close(); await srv?.close(); });

  for (const [name, path, minLength, minSlices] of [['5 MB of text', '/big.html', 5_000_000, 3], ['100 000 text nodes', '/many.html', 600_000, 20]]) {
    test(`${name}: read in slices, figures found at both ends`, { timeout: 80_000 }, async () => {
      // A slice can be pre-empted on a loaded 2-core machine; a slice that is really too long
      // (an unsliced loop) is too long every time, so up to two retries on a fresh tab tell them apart.
      let last;
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const page = await browser.context.newPage();
        await page.goto(srv.url(path));
        await page.bringToFront();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.waitForTimeout(300);
        const longTasks = await watchLongTasks(page);
        const tabId = await tabIdOf(driver, srv.url(path));
        const t0 = Date.now();
        const r = await ask(driver, tabId, 'figcheck/findings');
        const ms = Date.now() - t0;
        assert.equal(r.error, undefined);
        assert.ok(r.textLength > minLength, `read ${r.textLength} characters`);
        assert.equal(r.claims, 2);
        assert.deepEqual(r.findings.map((f) => [f.text, f.verdict]), [['tens of thousands of GPUs', 'conflict'], ['$2 trillion', 'conflict']]);
        const end = r.findings[1];
        assert.ok(end.start > minLength, `offset ${end.start}`);
        const slice = await inContentWorld(browser.context, page, `__figcheck.state.text.slice(${end.start}, ${end.end})`);
        assert.equal(slice, '$2 trillion');
        assert.equal(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-conflicts')), '2');
        const long = await longTasks();
        const slices = await inContentWorld(browser.context, page, '__figcheck.state.slices');
        console.log(`# ${name}, attempt ${attempt}: checked in ${ms} ms; ${slices.count} slices, the longest ${slices.maxMs} ms; long tasks seen by the page: ${JSON.stringify(long)}`);
        assert.ok(slices.count >= minSlices, `the work was sliced (${slices.count} slices)`);
        await page.close();
        last = { slices, long };
        if (slices.maxMs < 50 && long.every((d) => d <= 50)) break;
      }
      // On a machine whose cores are busy with other work (load above 1.5 per core) a slice is
      // pre-empted at random; there the bound is checked on the 90th percentile, and said so.
      const perCore = os.loadavg()[0] / os.availableParallelism();
      if (perCore > 1.5 && !(last.slices.maxMs < 50)) {
        const sorted = last.slices.recent.slice().sort((a, b) => a - b);
        const p90 = sorted[Math.floor(sorted.length * 0.9)];
        console.log(`# NOTE: machine overloaded (load ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores): checking the 90th percentile slice (${p90} ms) instead of the longest (${last.slices.maxMs} ms)`);
        assert.ok(p90 < 50, `90th percentile slice: ${p90} ms`);
      } else {
        assert.ok(last.slices.maxMs < 50, `longest slice of figcheck's own work: ${last.slices.maxMs} ms`);
        assert.deepEqual(last.long.filter((d) => d > 50), [], 'no main-thread task over 50 ms');
      }
    });
  }

  test('a page that overwrites built-ins, storms mutations, and has shadow DOM and an iframe', async () => {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(srv.url('/hostile.html'));
    const tabId = await tabIdOf(driver, srv.url('/hostile.html'));
    const r = await ask(driver, tabId, 'figcheck/findings');
    assert.equal(r.error, undefined);
    // Read: the two paragraphs. Not read: the shadow root, the iframe, the form fields.
    assert.equal(r.claims, 2);
    const pairs = []; for (const f of r.findings) pairs.push(`${f.text}:${f.verdict}`);
    // "It runs tens of thousands of GPUs" names no one; the page names one subject, Borealis Compute, its
    // topic: the GPUs are its GPUs, and meet the saved fr report's hundreds of thousands.
    assert.deepEqual(pairs, ['$2 trillion:conflict', 'tens of thousands of GPUs:conflict']);
    // The same-origin alternate is read with the fetch captured at start, not the page's broken one.
    const c = await ask(driver, tabId, 'figcheck/compare-alternates');
    assert.equal(c.error, undefined);
    assert.deepEqual(c.alternates, [srv.url('/fr.html')]);
    assert.deepEqual(c.skipped, []);
    // The storm goes on; figcheck re-checks at most every 4 s (debounce 0.7 s, max wait 4 s).
    const checks0 = Number(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-checks')));
    const ticks0 = await page.evaluate(() => window.__ticks);
    await page.waitForTimeout(6000);
    const checks1 = Number(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-checks')));
    const ticks1 = await page.evaluate(() => window.__ticks);
    assert.ok(ticks1 - ticks0 > 300, `the page kept running (${ticks1 - ticks0} ticks in 6 s)`);
    assert.ok(checks1 - checks0 >= 1 && checks1 - checks0 <= 3, `re-checks during a 6 s storm: ${checks1 - checks0}`);
    // After compare-alternates the fr version is aligned with the page: the GPUs meet their counterpart.
    assert.equal(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-conflicts')), '2');
    const marked = await markedTexts(page, 'figcheck-conflict');
    assert.deepEqual(marked, ['$2 trillion', 'tens of thousands of GPUs']);
    assert.deepEqual(errors, []);
  });
});
