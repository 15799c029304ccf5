// The same extension in Firefox (Debian's firefox-esr, headless, driven through
// geckodriver; installed as a temporary add-on): the pt fixture page compared with
// its fr and en versions gives the verdicts worked out by hand in
// extension-e2e.test.mjs, and the figures are marked with CSS highlights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { requireBuiltExtension, startFixtureServer, testExtensionCopy } from './lib/ext-harness.mjs';
import { FIREFOX, findGeckodriver, startFirefox } from './lib/firefox.mjs';

const geckodriver = findGeckodriver();
const missing = [!fs.existsSync(FIREFOX) && `no Firefox at ${FIREFOX} (apt-get install firefox-esr)`, !geckodriver && 'no geckodriver (cargo install geckodriver)'].filter(Boolean);

test('Firefox: compare-alternates marks the conflicting figures of the pt page', { timeout: 110_000, skip: missing.length ? `Firefox test not run: ${missing.join('; ')}` : false }, async () => {
  requireBuiltExtension();
  const srv = await startFixtureServer();
  const ff = await startFirefox(testExtensionCopy(), geckodriver);
  try {
    await ff.go(srv.url('/pt.html'));
    const pageTab = await ff.handle();
    await ff.openExtensionPage('options.html');
    const compare = () => ff.execAsync(`
      const done = arguments[arguments.length - 1];
      const api = (window.wrappedJSObject && window.wrappedJSObject.browser) || window.browser;
      (async () => {
        const tabs = await api.tabs.query({});
        const t = tabs.find((x) => x.url === arguments[0]);
        if (!t) return { error: 'no tab: ' + tabs.map((x) => x.url).join(' ') };
        const inj = await api.runtime.sendMessage({ type: 'figcheck/inject', tabId: t.id });
        if (inj && inj.error) return inj;
        const res = await api.tabs.sendMessage(t.id, { type: 'figcheck/compare-alternates' });
        return JSON.parse(JSON.stringify(res));
      })().then(done, (e) => done({ error: String(e) }));
    `, [srv.url('/pt.html')]);
    let r = await compare();
    if (r === null) {
      // Seen once in a full run on a loaded machine (not reproduced in 13 runs alone or
      // under load): geckodriver handed back null for the script's answer. Asked once more,
      // and said so; the answer is then checked in full.
      console.log(`# NOTE: Firefox returned null for compare-alternates; asking again. Log tail:\n# ${ff.log().slice(-1500).split('\n').join('\n# ')}`);
      r = await compare();
    }
    assert.ok(r && typeof r === 'object', `answer ${JSON.stringify(r)}\n${ff.log().slice(-2000)}`);
    assert.equal(r.error, undefined, `${r.error}\n${ff.log().slice(-2000)}`);
    assert.equal(r.claims, 4);
    assert.deepEqual(r.alternates.sort(), [srv.url('/en.html'), srv.url('/fr.html')]);
    const verdicts = r.findings.map((f) => `${f.text}:${f.verdict}`).sort();
    assert.deepEqual(verdicts, ['1,2 gigawatt:agree', '2 trilhões de dólares:conflict', '2 trilhões de dólares:conflict', 'dezenas de milhares de GPUs:conflict']);
    const money = r.findings.find((f) => f.text === '2 trilhões de dólares' && f.start > 60);
    const fr = money.others.find((o) => o.url === srv.url('/fr.html'));
    assert.equal(fr.text, '200 milliards de dollars');
    assert.ok(Math.abs(fr.ratio - 10) < 1e-9);
    // Back on the page: the marks, in the document's highlight registry and on the host element.
    await ff.switchTo(pageTab);
    const marks = await ff.exec(`
      // Each mark a StaticRange, read through a live one.
      const txt = (r) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); };
      const h = (n) => { const x = CSS.highlights.get(n); const out = []; if (x) for (const r of x) out.push(txt(r)); return out.sort(); };
      const host = document.querySelector('[data-figcheck-host]');
      return { conflict: h('figcheck-conflict'), agree: h('figcheck-agree'), conflicts: host && host.getAttribute('data-figcheck-conflicts'), mode: host && host.getAttribute('data-figcheck-mode') };
    `);
    assert.deepEqual(marks, { conflict: ['2 trilhões de dólares', '2 trilhões de dólares', 'dezenas de milhares de GPUs'], agree: ['1,2 gigawatt'], conflicts: '3', mode: 'highlight' });
  } finally {
    await ff.quit();
    await srv.close();
  }
});
