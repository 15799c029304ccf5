// The extension end to end in headless Chromium: a Portuguese page linking French
// and English versions of one invented story, served with
// `Content-Security-Policy: script-src 'self'`. Expected values are worked out by
// hand from the fixtures (tests/js/fixtures/ext/):
//   pt: "2 trilhões de dólares" (headline and text) = 2e12 USD, "dezenas de milhares de GPUs" = [1e4, 1e5),
//       "1,2 gigawatt" = 1.2e9 W
//   fr: "200 milliards de dollars" = 2e11 USD (the translation error: ×10), "centaines de milliers de GPU" = [1e5, 1e6),
//       "1,2 gigawatt"
//   en: "$2 trillion" = 2e12 USD, "tens of thousands of GPUs" = [1e4, 1e5), "1.2 gigawatts"
// So on the pt page: both money figures conflict with fr (ratio 10) and agree with en (ratio 1); the GPUs
// conflict with fr (ratio 10^4.5 / 10^5.5 = 0.1) and agree with en; the power agrees with both.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, requireBuiltExtension, startFixtureServer, testExtensionCopy, launch, driverPage, tabIdOf, ask, inContentWorld, markedTexts, waitFor, stopWorker } from './lib/ext-harness.mjs';

const near = (a, b, tol = 1e-6) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
const other = (finding, file, text) => finding.others.find((o) => o.url === file && o.text === text);

describe('figcheck extension in Chromium', { timeout: 110_000 }, () => {
  let srv; let browser; let driver; const requests = [];

  before(async () => {
    requireBuiltExtension();
    srv = await startFixtureServer();
    browser = await launch(testExtensionCopy());
    browser.context.on('request', (r) => requests.push(r.url()));
    driver = await driverPage(browser.context, browser.extensionId);
  });
  after(async () => { await browser?.context.close(); await srv?.close(); });

  test('compare-alternates marks the conflicting figures of the pt page', async () => {
    const page = await browser.context.newPage();
    await page.goto(srv.url('/pt.html'));
    const bodyBefore = await page.evaluate(() => document.body.outerHTML);
    const headBefore = await page.evaluate(() => document.head.outerHTML);
    const tabId = await tabIdOf(driver, srv.url('/pt.html'));

    const first = await ask(driver, tabId, 'figcheck/findings');
    assert.equal(first.claims, 4, 'four figures in the pt article (nav, hidden and display:none text skipped)');

    const r = await ask(driver, tabId, 'figcheck/compare-alternates');
    assert.equal(r.error, undefined);
    assert.equal(r.claims, 4);
    assert.deepEqual(r.alternates.sort(), [srv.url('/en.html'), srv.url('/fr.html')]);
    assert.deepEqual(r.skipped.map((s) => [s.url, s.needsPermission]), [[`http://localhost:${srv.port}/de.html`, `http://localhost:${srv.port}`]]);

    const text = await inContentWorld(browser.context, page, '__figcheck.state.text');
    assert.ok(!/Mercados|Rascunho|Nota interna|900 bilhões|700 bilhões|Jornal/.test(text), 'nav, footer-less article, hidden text not read');
    for (const f of r.findings) assert.equal(text.slice(f.start, f.end), f.text, 'UTF-16 offsets into the text read');

    const fr = srv.url('/fr.html'); const en = srv.url('/en.html');
    const money = r.findings.filter((f) => f.text === '2 trilhões de dólares');
    assert.equal(money.length, 2);
    for (const f of money) {
      assert.equal(f.verdict, 'conflict');
      assert.equal(f.low, 2e12); assert.equal(f.unit, 'USD');
      const o = other(f, fr, '200 milliards de dollars');
      assert.ok(o, JSON.stringify(f.others));
      assert.equal(o.verdict, 'conflict'); assert.ok(near(o.ratio, 10), `ratio ${o.ratio}`);
      assert.equal(o.title, 'Borealis Compute valorisée à 200 milliards de dollars');
      const e = other(f, en, '$2 trillion');
      assert.equal(e.verdict, 'agree'); assert.ok(near(e.ratio, 1));
      // Each counterpart's evidence and language, from the engine; the language's name, from its one list.
      assert.deepEqual([o.evidence, o.lang, o.language, e.evidence, e.lang, e.language], ['aligned', 'fr', 'French', 'aligned', 'en', 'English']);
    }
    const body = money.find((f) => f.start > 60);
    assert.equal(body.quote, 'A Borealis Compute, empresa de centros de dados com sede em Recife, foi avaliada em 2 trilhões de dólares depois da nova rodada de investimento.');

    const gpus = r.findings.find((f) => f.text === 'dezenas de milhares de GPUs');
    assert.equal(gpus.verdict, 'conflict');
    assert.equal(gpus.low, 1e4); assert.equal(gpus.high, 1e5);
    const ofr = other(gpus, fr, 'centaines de milliers de GPU');
    assert.equal(ofr.verdict, 'conflict'); assert.ok(near(ofr.ratio, 0.1), `ratio ${ofr.ratio}`);
    assert.equal(other(gpus, en, 'tens of thousands of GPUs').verdict, 'agree');

    const power = r.findings.find((f) => f.text === '1,2 gigawatt');
    assert.equal(power.verdict, 'agree');
    assert.equal(power.low, 1.2e9); assert.equal(power.unit, 'W');
    assert.equal(other(power, fr, '1,2 gigawatt').verdict, 'agree');
    assert.equal(other(power, en, '1.2 gigawatts').verdict, 'agree');
    assert.equal(r.findings.filter((f) => f.verdict === 'conflict').length, 3);

    // Marks: highlights in the document's registry (visible from the page's world too) and the host's counters.
    // Each a StaticRange (a live Range a mark would slow every change of the page's DOM).
    const marks = await page.evaluate(() => ({
      static: ['figcheck-conflict', 'figcheck-agree'].every((n) => [...CSS.highlights.get(n)].every((x) => x instanceof StaticRange)),
      host: Object.fromEntries([...document.querySelector('[data-figcheck-host]').attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])),
    }));
    assert.deepEqual(await markedTexts(page, 'figcheck-conflict'), ['2 trilhões de dólares', '2 trilhões de dólares', 'dezenas de milhares de GPUs']);
    assert.deepEqual(await markedTexts(page, 'figcheck-agree'), ['1,2 gigawatt']);
    assert.equal(marks.static, true, 'marks are static ranges');
    assert.equal(marks.host['data-figcheck-mode'], 'highlight');
    assert.equal(marks.host['data-figcheck-conflicts'], '3');
    assert.equal(marks.host['data-figcheck-agreements'], '1');
    const badge = await driver.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, '3');

    // The page's own nodes are untouched: <head> and <body> serialize as before; one host node after <body>.
    assert.equal(await page.evaluate(() => document.body.outerHTML), bodyBefore);
    assert.equal(await page.evaluate(() => document.head.outerHTML), headBefore);
    assert.deepEqual(await page.evaluate(() => [...document.documentElement.children].map((e) => e.tagName + (e.hasAttribute('data-figcheck-host') ? '[host]' : ''))), ['HEAD', 'BODY', 'DIV[host]']);
    // Page scripts cannot look inside the overlay (closed shadow root).
    assert.equal(await page.evaluate(() => document.querySelector('[data-figcheck-host]').shadowRoot), null);
  });

  test('on a page two versions agree with and one contradicts, the conflicts are upheld: amber, not red', async () => {
    // it.html: "2.000 miliardi di dollari" = 2e12 USD and "decine di migliaia di GPU" = [1e4, 1e5), as en
    // and pt say; fr says 2e11 and [1e5, 1e6). Each conflict has 2 reports for it and 1 against: upheld.
    const page = await browser.context.newPage();
    await page.goto(srv.url('/it.html'));
    const tabId = await tabIdOf(driver, srv.url('/it.html'));
    const r = await ask(driver, tabId, 'figcheck/compare-alternates');
    assert.equal(r.error, undefined);
    const fr = srv.url('/fr.html');
    const money = r.findings.filter((f) => f.text === '2.000 miliardi di dollari');
    assert.equal(money.length, 2, JSON.stringify(r.findings.map((f) => f.text)));
    for (const f of money) {
      assert.equal(f.verdict, 'conflict');
      assert.equal(f.upheld, true);
      assert.ok(f.explanation.startsWith('2 of the 3 reports that state it agree with it; the one that differs: '), f.explanation);
      assert.equal(other(f, fr, '200 milliards de dollars').verdict, 'conflict');
    }
    const gpus = r.findings.find((f) => f.text === 'decine di migliaia di GPU');
    assert.equal(gpus.verdict, 'conflict'); assert.equal(gpus.upheld, true);
    assert.deepEqual(await markedTexts(page, 'figcheck-conflict'), []);
    assert.deepEqual(await markedTexts(page, 'figcheck-upheld'), ['2.000 miliardi di dollari', '2.000 miliardi di dollari', 'decine di migliaia di GPU']);
    assert.deepEqual(await markedTexts(page, 'figcheck-agree'), ['1,2 gigawatt']);
    const host = await page.evaluate(() => ['conflicts', 'upheld'].map((k) => document.querySelector('[data-figcheck-host]').getAttribute(`data-figcheck-${k}`)));
    assert.deepEqual(host, ['0', '3']);
    assert.equal(await driver.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '3', 'the badge counts them, amber');
    await page.close();
  });

  test('hovering a conflicting figure opens a popover listing its counterparts', async () => {
    const page = browser.context.pages().find((p) => p.url() === srv.url('/pt.html'));
    const box = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[0];
      const t = p.firstChild; const i = t.data.indexOf('2 trilhões de dólares');
      const r = document.createRange(); r.setStart(t, i + 3); r.setEnd(t, i + 8);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    const textIn = await waitFor(() => inContentWorld(browser.context, page, '__figcheck.popoverText()'), 5000, 'popover');
    assert.match(textIn, /^conflict2 trilhões de dólares/);
    assert.ok(textIn.includes('200 milliards de dollars×10'), textIn);
    assert.ok(textIn.includes('Borealis Compute valorisée à 200 milliards de dollars'), 'report title');
    assert.ok(textIn.includes('a été valorisée à 200 milliards de dollars après son nouveau tour de table.'), 'the other report\'s sentence');
    assert.ok(textIn.includes('$2 trillion×1'), textIn);
    // Why each was compared, in the engine's words: the alternates are versions of the page's story.
    assert.ok(textIn.includes('200 milliards de dollars×10The same place in the French version.'), textIn);
    assert.ok(textIn.includes('$2 trillion×1The same place in the English version.'), textIn);
    const links = await inContentWorld(browser.context, page, '__figcheck.popoverLinks()');
    assert.ok(links.includes(srv.url('/fr.html')) && links.includes(srv.url('/en.html')), JSON.stringify(links));
    assert.equal(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-popover')), 'conflict');
    await page.screenshot({ path: path.join(ROOT, 'docs/extension-screenshot.png') });
    await page.mouse.move(5, 700);
    await waitFor(async () => (await inContentWorld(browser.context, page, '__figcheck.popoverText()')) === null, 3000, 'popover to close');
  });

  test('when the background worker is stopped, the popover and the findings come back by a new check', async () => {
    // MV3 stops an idle worker and the findings it kept go with it.
    const page = browser.context.pages().find((p) => p.url() === srv.url('/pt.html'));
    const tabId = await tabIdOf(driver, srv.url('/pt.html'));
    const checksBefore = Number(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-checks')));
    await stopWorker(browser.context, driver);
    // Pointing at a figure not pointed at before (its counterparts not yet asked for): the new
    // worker has no findings; the page is checked again and the popover opens.
    const box = await page.evaluate(() => {
      const w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) {
        const i = t.data.indexOf('dezenas de milhares de GPUs');
        if (i < 0) continue;
        const r = document.createRange(); r.setStart(t, i + 2); r.setEnd(t, i + 6);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    assert.ok(box, 'the GPU figure is on the page');
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    const text = await waitFor(() => inContentWorld(browser.context, page, '__figcheck.popoverText()'), 10_000, 'popover after the worker stopped');
    assert.match(text, /^conflictdezenas de milhares de GPUs/);
    assert.ok(text.includes('centaines de milliers de GPU×0.1'), text);
    assert.equal(Number(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-checks'))), checksBefore + 1, 'one new check');
    await page.mouse.move(5, 700);
    // The popup's answer (extension/README.md, "Messages") is whole again: the same three conflicts.
    const r = await ask(driver, tabId, 'figcheck/findings');
    assert.deepEqual(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.text).sort(), ['2 trilhões de dólares', '2 trilhões de dólares', 'dezenas de milhares de GPUs']);
  });

  test('a page whose DOM changes after load is re-checked', async () => {
    const fr = await browser.context.newPage();
    await fr.goto(srv.url('/fr.html'));
    const saved = await ask(driver, await tabIdOf(driver, srv.url('/fr.html')), 'figcheck/save-report');
    assert.deepEqual(saved.saved, { url: srv.url('/fr.html'), title: 'Borealis Compute valorisée à 200 milliards de dollars', lang: 'fr', date: '2025-03-14', figures: 4 });

    const page = await browser.context.newPage();
    const url = srv.url('/dynamic.html?delay=2500');
    await page.goto(url);
    const tabId = await tabIdOf(driver, url);
    const before1 = await ask(driver, tabId, 'figcheck/findings');
    assert.equal(before1.claims, 1);
    assert.deepEqual(before1.findings.map((f) => [f.text, f.verdict]), [['tens of thousands of GPUs', 'conflict']]);
    assert.ok(near(other(before1.findings[0], srv.url('/fr.html'), 'centaines de milliers de GPU').ratio, 0.1));

    await waitFor(() => page.evaluate(() => Number(document.querySelector('[data-figcheck-host]')?.getAttribute('data-figcheck-checks')) >= 2), 10_000, 're-check');
    const after1 = await ask(driver, tabId, 'figcheck/findings');
    assert.equal(after1.claims, 2);
    const usd = after1.findings.find((f) => f.text === '$2 trillion');
    assert.equal(usd.verdict, 'conflict');
    assert.ok(near(other(usd, srv.url('/fr.html'), '200 milliards de dollars').ratio, 10));
    assert.deepEqual(await markedTexts(page, 'figcheck-conflict'), ['$2 trillion', 'tens of thousands of GPUs']);
    assert.equal(await driver.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '2');
  });

  test('a site switched on is checked when its pages load, without a click', async () => {
    const on = await driver.evaluate((origin) => chrome.runtime.sendMessage({ type: 'figcheck/set-auto', origin, on: true }), srv.origin);
    assert.deepEqual(on, { autoSites: [srv.origin], registered: 1 });
    // The check at document_idle, and the engine's wake-up call at document_start (wake.js).
    const scripts = await driver.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    assert.deepEqual(scripts.map((c) => [c.id, c.js.join(), c.runAt, c.matches.join()]).sort(),
      [['figcheck-auto', 'content.js', 'document_idle', `${srv.origin}/*`], ['figcheck-wake', 'wake.js', 'document_start', `${srv.origin}/*`]]);
    // The worker stopped first, as MV3 leaves it after 30 s idle: wake.js starts it,
    // and its engine warm-up, while the page loads.
    await stopWorker(browser.context, driver);
    const page = await browser.context.newPage();
    await page.goto(srv.url('/en.html'));
    // en against the saved fr report: "$2 trillion" ×2 and the GPUs conflict, the power agrees.
    await waitFor(() => page.evaluate(() => document.querySelector('[data-figcheck-host]')?.getAttribute('data-figcheck-conflicts') === '3'), 10_000, 'automatic check');
    assert.equal(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-agreements')), '1');
    // No warm-up round ran between the page's message and its answer.
    const bg = await inContentWorld(browser.context, page, '__figcheck.state.timing.background');
    assert.equal(bg.warmDuring, 0, JSON.stringify(bg));
    const off = await driver.evaluate((origin) => chrome.runtime.sendMessage({ type: 'figcheck/set-auto', origin, on: false }), srv.origin);
    assert.deepEqual(off, { autoSites: [], registered: 0 });
    assert.deepEqual(await driver.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
    const later = await browser.context.newPage();
    await later.goto(srv.url('/en.html?again'));
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await later.evaluate(() => document.querySelector('[data-figcheck-host]')), null, 'switched off: no automatic check');
  });

  test('overlay mode: boxes in the shadow root where highlights are not used, and the popover still works', async () => {
    const set = await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/set-paint', paint: 'overlay' }));
    assert.equal(set.paint, 'overlay');
    const page = await browser.context.newPage();
    const url = srv.url('/en.html?overlay');
    await page.goto(url);
    const r = await ask(driver, await tabIdOf(driver, url), 'figcheck/findings');
    // en against the saved fr report: "$2 trillion" ×2 and the GPUs conflict; the power agrees.
    assert.deepEqual(r.findings.map((f) => `${f.text}:${f.verdict}`), ['$2 trillion:conflict', '$2 trillion:conflict', 'tens of thousands of GPUs:conflict', '1.2 gigawatts:agree']);
    assert.equal(r.mode, 'overlay');
    assert.equal(await page.evaluate(() => document.querySelector('[data-figcheck-host]').getAttribute('data-figcheck-mode')), 'overlay');
    assert.equal(await page.evaluate(() => CSS.highlights.has('figcheck-conflict')), false);
    const boxes = await inContentWorld(browser.context, page, '[...__figcheck.state.layer.children].map((b) => b.className)');
    assert.equal(boxes.filter((c) => c === 'box conflict').length >= 3, true, JSON.stringify(boxes));
    assert.equal(boxes.filter((c) => c === 'box agree').length >= 1, true, JSON.stringify(boxes));
    const box = await page.evaluate(() => {
      const t = document.querySelectorAll('article p')[1].firstChild; const i = t.data.indexOf('tens of thousands');
      const rg = document.createRange(); rg.setStart(t, i + 2); rg.setEnd(t, i + 6);
      const b = rg.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 2 });
    const text = await waitFor(() => inContentWorld(browser.context, page, '__figcheck.popoverText()'), 5000, 'popover');
    assert.ok(text.startsWith('conflicttens of thousands of GPUs'), text);
    assert.ok(text.includes('centaines de milliers de GPU×0.1'), text);
    await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/set-paint', paint: 'auto' }));
  });

  test('the popup lists the conflicts, compares with the other versions and saves the page', async () => {
    const page = await browser.context.newPage();
    const url = srv.url('/en.html?popup');
    await page.goto(url);
    const tabId = await tabIdOf(driver, url);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await waitFor(async () => (await popup.textContent('#status')).includes('figures read'), 10_000, 'popup status');
    // Against the saved fr page alone, the English figures are red.
    assert.equal(await popup.textContent('#status'), '4 figures read: 3 conflicts, 1 agreement.');
    const listed = () => popup.$$eval('#findings li', (lis) => lis.map((li) => `${li.className} ${li.querySelector('.fig').textContent}`));
    assert.deepEqual(await listed(), ['conflict $2 trillion', 'conflict $2 trillion', 'conflict tens of thousands of GPUs', 'agree 1.2 gigawatts']);
    assert.equal(await popup.textContent('#findings li .other'), '≠ 200 milliards de dollars (×10) — Borealis Compute valorisée à 200 milliards de dollars');
    // The page lists pt-BR, fr and en (/en.html, which is not this URL, /en.html?popup).
    await waitFor(async () => (await popup.textContent('#compare')) === 'Compare with 3 other language versions', 5000, 'compare label');
    await popup.click('#compare');
    await waitFor(async () => (await popup.textContent('#message')).startsWith('Compared'), 10_000, 'compare');
    assert.equal(await popup.textContent('#message'), 'Compared with 3 other versions.');
    // The pt version and the page's other copy agree with it, fr does not: each of the three
    // conflicts is upheld by 2 reports against 1 (listed amber, after any red one).
    assert.equal(await popup.textContent('#status'), '4 figures read: 0 conflicts, 3 where another report differs, 1 agreement.');
    assert.deepEqual(await listed(), ['upheld $2 trillion', 'upheld $2 trillion', 'upheld tens of thousands of GPUs', 'agree 1.2 gigawatts']);
    assert.match(await popup.getAttribute('#findings li', 'title'), /^2 of the 3 reports that state it agree with it; the one that differs: /);
    await popup.click('#save');
    await waitFor(async () => (await popup.textContent('#message')).startsWith('Saved'), 10_000, 'save');
    assert.equal(await popup.textContent('#message'), 'Saved “Borealis Compute reaches a $2 trillion valuation” with 4 figures.');
    const { reports } = await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/reports' }));
    assert.deepEqual(reports.map((x) => x.url).sort(), [srv.url('/en.html?popup'), srv.url('/fr.html')]);
    await popup.close();
  });

  test('messages from a web page are ignored by the background', async () => {
    const page = browser.context.pages().find((p) => p.url() === srv.url('/pt.html'));
    // A page cannot reach chrome.runtime of an extension without externally_connectable.
    const reach = await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage);
    assert.equal(reach, 'undefined');
    // A malformed message from our own page gets an error, not a crash.
    const bad = await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/import', json: 42 }));
    assert.deepEqual(bad, { error: 'bad message: json' });
    const unknown = await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/nope' }).then((x) => x ?? null, (e) => `rejected: ${e.message}`));
    assert.match(String(unknown), /rejected|null/);
    // A content-script-only message from an extension page is refused.
    const refused = await driver.evaluate(() => chrome.runtime.sendMessage({ type: 'figcheck/fetch-page', url: 'http://localhost/' }).then((x) => x ?? null, (e) => `rejected: ${e.message}`));
    assert.match(String(refused), /rejected|null/);
  });

  test('privacy: no request leaves for anywhere but the fixture pages', async () => {
    const own = `chrome-extension://${browser.extensionId}/`;
    const foreign = requests.filter((u) => !u.startsWith(srv.origin + '/') && !u.startsWith(own));
    assert.deepEqual(foreign, []);
    assert.ok(requests.includes(srv.url('/fr.html')) && requests.includes(srv.url('/en.html')), 'the alternates were read (the recorder works)');
    assert.deepEqual(srv.requests.filter((r) => r.host !== `127.0.0.1:${srv.port}`), [], 'nothing reached the de version on another origin');
    assert.deepEqual([...new Set(srv.requests.map((r) => r.url.split('?')[0]))].sort(),
      ['/dynamic.html', '/dynamic.js', '/en.html', '/favicon.ico', '/fr.html', '/it.html', '/pt.html', '/style.css']);
  });
});
