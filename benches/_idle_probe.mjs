import { startFixtureServer, testExtensionCopy, launch, driverPage, inContentWorld, waitFor } from '../tests/js/lib/ext-harness.mjs';
import fs from 'node:fs';
const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><p>The plant will cost $4 billion and employ 1,200 people.</p></body></html>';
const srv = await startFixtureServer({ '/a.html': () => ({ body: html }) });
const extDir = testExtensionCopy();
const browser = await launch(extDir);
const { context } = browser;
try {
  const driver = await driverPage(context, browser.extensionId);
  const on = await driver.evaluate((origin) => chrome.runtime.sendMessage({ type: 'figcheck/set-auto', origin, on: true }), srv.origin);
  console.log('on', JSON.stringify(on));
  const bootOf = async (page) => waitFor(() => inContentWorld(context, page, `(() => { const s = __figcheck.state; return s.timing && s.timing.background ? s.timing.background.boot.worker : null; })()`), 10000, 'boot');
  const p1 = await context.newPage(); await p1.goto(srv.url('/a.html?1'));
  const w1 = await bootOf(p1);
  const wait = Number(process.argv[2] || 40);
  await new Promise((r) => setTimeout(r, wait * 1000));
  const p2 = await context.newPage(); await p2.goto(srv.url('/a.html?2'));
  const w2 = await bootOf(p2);
  console.log('worker origin', w1, w2, w1 === w2 ? 'SAME worker (not stopped)' : 'NEW worker (was stopped)', 'workers', context.serviceWorkers().length);
} finally { await context.close(); await srv.close(); }
