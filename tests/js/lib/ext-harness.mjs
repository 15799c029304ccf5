// Helpers for figcheck's browser-extension tests: a fixture server with a strict
// CSP, a copy of the extension for the test profile, and a Chromium launcher
// driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXT_DIR = path.join(ROOT, 'extension');
export const FIXTURES = path.join(ROOT, 'tests/js/fixtures/ext');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Fails loudly (never skips) when the extension has not been built. */
export function requireBuiltExtension() {
  const wasm = path.join(EXT_DIR, 'wasm', 'figcheck_bg.wasm');
  if (!fs.existsSync(wasm) || !fs.existsSync(path.join(EXT_DIR, 'wasm', 'figcheck.js'))) {
    throw new Error(`extension/wasm/ is missing: run \`make extension\` before the extension tests (looked for ${wasm})`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run scripts/setup.sh test`);
}

/**
 * Serves tests/js/fixtures/ext on 127.0.0.1 (random port) with
 * `Content-Security-Policy: script-src 'self'`. Every request is recorded with
 * its Host header. `routes` may add pages: { '/path': (req) => ({type, body}) },
 * or ({type, parts, gapMs}) for a page that arrives in pieces.
 */
export async function startFixtureServer(routes = {}) {
  const requests = [];
  let port = 0;
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, host: req.headers.host || '' });
    const u = new URL(req.url, 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': "script-src 'self'", 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (routes[u.pathname]) {
      const r = routes[u.pathname](req, u);
      // `parts` with `gapMs`: the body sent in pieces, a pause between them (a slow page).
      if (Array.isArray(r.parts)) {
        res.writeHead(r.status || 200, { 'Content-Type': r.type || 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'self'", 'Cache-Control': 'no-store' });
        const next = (i) => {
          if (i === r.parts.length - 1) return res.end(r.parts[i]);
          res.write(r.parts[i]);
          setTimeout(() => next(i + 1), r.gapMs || 0);
        };
        return next(0);
      }
      return send(r.status || 200, r.type || 'text/html; charset=utf-8', r.body);
    }
    const file = path.join(FIXTURES, path.normalize(u.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(FIXTURES) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return send(404, 'text/plain', 'not found');
    const ext = path.extname(file);
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }[ext] || 'application/octet-stream';
    let body = fs.readFileSync(file);
    if (ext === '.html') body = body.toString('utf8').replaceAll('{{PORT}}', String(port));
    return send(200, type, body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/** Temporary folders (profiles, extension copies) removed when the test process ends. */
const temporary = new Set();
function removeAtExit(dir) {
  if (temporary.size === 0) {
    process.on('exit', () => { for (const d of temporary) { try { fs.rmSync(d, { recursive: true, force: true }); } catch { /* still in use */ } } });
  }
  temporary.add(dir);
}

/**
 * Copies extension/ to a temporary folder for the test profile, adding
 * host access to http://127.0.0.1/* — the one thing a test cannot do as a user
 * would: click the toolbar button (which grants activeTab) or accept a
 * permission prompt. Everything else is the shipped extension, byte for byte.
 */
export function testExtensionCopy(dest = fs.mkdtempSync(path.join(os.tmpdir(), 'figcheck-ext-')), from = EXT_DIR) {
  removeAtExit(dest);
  fs.cpSync(from, dest, { recursive: true });
  const mf = JSON.parse(fs.readFileSync(path.join(dest, 'manifest.json'), 'utf8'));
  mf.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(path.join(dest, 'manifest.json'), JSON.stringify(mf, null, 2));
  return dest;
}

/** Launches headless Chromium with the extension loaded; returns {context, extensionId, worker}. */
export async function launch(extDir, userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'figcheck-profile-'))) {
  removeAtExit(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1000, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, userDataDir };
}

/** Opens an extension page (default options.html) to drive the extension's messages from. */
export async function driverPage(context, extensionId, page = 'options.html') {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/${page}`);
  return p;
}

/** The tab id of the tab showing `url`, from an extension page. */
export async function tabIdOf(driver, url) {
  return driver.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (!t) throw new Error(`no tab shows ${u}: ${tabs.map((x) => x.url).join(', ')}`);
    return t.id;
  }, url);
}

/** Injects the content script into a tab (as the popup does) and sends it one §6 message. */
export async function ask(driver, tabId, type) {
  return driver.evaluate(async ([id, t]) => {
    const inj = await chrome.runtime.sendMessage({ type: 'figcheck/inject', tabId: id });
    if (inj && inj.error) throw new Error(inj.error);
    return chrome.tabs.sendMessage(id, { type: t });
  }, [tabId, type]);
}

/**
 * The text under each range of the page's CSS highlight `name`, sorted. figcheck's
 * marks are StaticRanges (no text of their own): each is read through a live Range.
 * Runs in the page's world with nothing the hostile page overwrites (no Array map).
 */
export async function markedTexts(page, name) {
  return page.evaluate((n) => {
    const out = [];
    const h = CSS.highlights.get(n);
    if (h) for (const r of h) { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); out.push(x.toString()); }
    return out.sort();
  }, name);
}

/** Evaluates `expr` in the extension's isolated world of `page` (via CDP), where globalThis.__figcheck lives. */
export async function inContentWorld(context, page, expr) {
  const cdp = await context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5000;
  let ctx;
  while (!(ctx = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData && c.auxData.type === 'isolated')) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!ctx) throw new Error('no figcheck content-script world in this page');
  const r = await cdp.send('Runtime.evaluate', { expression: expr, contextId: ctx.id, returnByValue: true, awaitPromise: true });
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(`content world: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
  return r.result.value;
}

/** Stops the extension's background worker, as MV3 does after 30 s idle, through `page`'s CDP session. */
export async function stopWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise((res) => cdp.on('ServiceWorker.workerVersionUpdated', (e) => { if (e.versions.some((v) => v.runningStatus === 'stopped')) res(); }));
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Polls `fn` until it returns a truthy value (or throws after `ms`). */
export async function waitFor(fn, ms = 10_000, what = 'condition') {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}
