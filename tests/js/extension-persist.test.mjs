// Saved reports in a real Chromium profile: a report survives closing and
// relaunching the browser, is used to check other pages, and the options page's
// import refuses a malformed file without touching the store; export → import
// gives the same store back.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireBuiltExtension, startFixtureServer, testExtensionCopy, launch, driverPage, tabIdOf, ask, waitFor } from './lib/ext-harness.mjs';

const rows = (options) => options.$$eval('#rows tr', (trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((td) => td.textContent)));
const exportJson = (driver) => driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/export' }).then((r) => r.json));

describe('saved reports in a Chromium profile', { timeout: 110_000 }, () => {
  let srv; let extDir; let userDataDir; let browser;
  before(async () => {
    requireBuiltExtension();
    srv = await startFixtureServer();
    extDir = testExtensionCopy();
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'figcheck-profile-'));
  });
  after(async () => { await browser?.context.close().catch(() => {}); await srv?.close(); });

  test('a saved report survives a relaunch of the profile and checks other pages', async () => {
    browser = await launch(extDir, userDataDir);
    let driver = await driverPage(browser.context, browser.extensionId);
    const pt = await browser.context.newPage();
    await pt.goto(srv.url('/pt.html'));
    const r = await ask(driver, await tabIdOf(driver, srv.url('/pt.html')), 'figcheck/save-report');
    assert.deepEqual(r.saved, { url: srv.url('/pt.html'), title: 'Borealis Compute chega a 2 trilhões de dólares', lang: 'pt', date: '2025-03-14', figures: 4 });
    await browser.context.close();

    browser = await launch(extDir, userDataDir);
    const options = await driverPage(browser.context, browser.extensionId);
    await waitFor(async () => (await rows(options)).length === 1, 5000, 'the saved report in the options page');
    assert.deepEqual(await rows(options), [['Borealis Compute chega a 2 trilhões de dólares', 'pt', '2025-03-14', '4']]);
    const { reports } = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/reports' }));
    const figs = reports[0].figures;
    assert.deepEqual(figs.map((f) => f.text), ['2 trilhões de dólares', '2 trilhões de dólares', 'dezenas de milhares de GPUs', '1,2 gigawatt']);
    assert.equal(figs[1].quote, 'A Borealis Compute, empresa de centros de dados com sede em Recife, foi avaliada em 2 trilhões de dólares depois da nova rodada de investimento.');

    // The fr page, checked only against the saved pt report: the translation error shows.
    driver = options;
    const fr = await browser.context.newPage();
    await fr.goto(srv.url('/fr.html'));
    const found = await ask(driver, await tabIdOf(driver, srv.url('/fr.html')), 'figcheck/findings');
    assert.equal(found.claims, 4);
    const body = found.findings.find((f) => f.text === '200 milliards de dollars' && f.start > 60);
    assert.equal(body.verdict, 'conflict');
    const o = body.others.find((x) => x.url === srv.url('/pt.html') && x.text === '2 trilhões de dólares');
    assert.ok(Math.abs(o.ratio - 0.1) < 1e-9, `ratio ${o.ratio}`);
    assert.equal(o.title, 'Borealis Compute chega a 2 trilhões de dólares');
    // The fr page is recognized as a version of the saved pt report: its headline's and its body's
    // valuation and its GPUs meet their counterparts at the same place, and conflict.
    const conflicts = found.findings.filter((f) => f.verdict === 'conflict');
    assert.deepEqual(conflicts.map((f) => f.text).sort(), ['200 milliards de dollars', '200 milliards de dollars', 'centaines de milliers de GPU']);
    assert.ok(conflicts.some((f) => f.start < 60) && conflicts.some((f) => f.start > 60), 'the headline\'s valuation and the body\'s');
    for (const f of conflicts) {
      assert.ok(f.others.some((o) => o.verdict === 'conflict' && ['aligned', 'measure_subject'].includes(o.evidence)), `${f.text}: no counterpart in conflict on evidence`);
    }
  });

  test('a malformed import leaves the store as it was and says why', async () => {
    const options = browser.context.pages().find((p) => p.url().endsWith('/options.html'));
    const before1 = await exportJson(options);
    const good = JSON.parse(before1);
    const bad = { ...good, reports: [{ ...good.reports[0], url: 'https://other.example/x' }, { ...good.reports[0], figures: [{ ...good.reports[0].figures[0], high: 'lots' }] }] };
    for (const [name, content, why] of [
      ['bad.json', JSON.stringify(bad), 'Nothing was imported: report 2, figure 1: "high" must be a finite number or null'],
      ['notjson.json', '{"format": "figcheck-reports", ', 'Nothing was imported: the file is not JSON'],
      ['other.json', '{"hello": 1}', 'Nothing was imported: the file is not a figcheck export ("format" must be "figcheck-reports")'],
    ]) {
      await options.setInputFiles('#import', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
      const msg = await waitFor(async () => { const t = await options.textContent('#message'); return t.startsWith('Nothing') ? t : null; }, 5000, 'import message');
      assert.ok(msg.startsWith(why), msg);
      assert.equal(await exportJson(options), before1);
      assert.equal((await rows(options)).length, 1);
      await options.evaluate(() => { document.getElementById('message').textContent = ''; });
    }
  });

  test('export, delete, import gives back the same store', async () => {
    const options = browser.context.pages().find((p) => p.url().endsWith('/options.html'));
    const exported = await exportJson(options);
    await options.click('#rows tr button.delete');
    await waitFor(async () => (await rows(options)).length === 0, 5000, 'deletion');
    assert.equal(JSON.parse(await exportJson(options)).reports.length, 0);
    await options.setInputFiles('#import', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await waitFor(async () => (await options.textContent('#message')) === 'Imported 1 report.', 5000, 'import');
    assert.equal(await exportJson(options), exported);
    assert.deepEqual(await rows(options), [['Borealis Compute chega a 2 trilhões de dólares', 'pt', '2025-03-14', '4']]);
  });
});
