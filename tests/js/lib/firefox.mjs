// A small WebDriver client for figcheck's Firefox test: geckodriver + Debian's
// firefox-esr, with the extension installed as a temporary add-on (playwright
// cannot drive a stock Firefox).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const EXT_UUID = '5f1c2a7e-0b7d-4c1e-9a3f-00000f1c0c01';

export function findGeckodriver() {
  for (const p of [process.env.GECKODRIVER, path.join(os.homedir(), '.cargo/bin/geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver']) {
    if (p && fs.existsSync(p)) return p;
  }
  const w = spawnSync('sh', ['-c', 'command -v geckodriver'], { encoding: 'utf8' });
  return w.status === 0 ? w.stdout.trim() : null;
}

async function freePort() {
  return new Promise((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
}

export async function startFirefox(extDir, geckodriver) {
  const port = await freePort();
  const proc = spawn(geckodriver, ['--port', String(port), '--host', '127.0.0.1', '--binary', FIREFOX, '--allow-system-access'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; }); proc.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, p, body) => {
    const res = await fetch(base + p, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await res.json();
    if (j.value && j.value.error) throw new Error(`${j.value.error}: ${j.value.message}`);
    return j.value;
  };
  for (let i = 0; i < 100; i += 1) {
    try { await call('GET', '/status'); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'figcheck-ff-'));
  const fail = (e) => { proc.kill('SIGTERM'); fs.rmSync(profile, { recursive: true, force: true }); throw new Error(`${e.message}\n${log.slice(-2000)}`); };
  const s = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: FIREFOX,
          args: ['-headless', '-profile', profile],
          prefs: {
            'extensions.webextensions.uuids': JSON.stringify({ 'figcheck@figcheck.invalid': EXT_UUID }),
            'network.proxy.type': 0,
            'app.update.enabled': false,
            'browser.shell.checkDefaultBrowser': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
            'extensions.getAddons.cache.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
          },
        },
      },
    },
  }).catch(fail);
  const sid = s.sessionId;
  const S = (p) => `/session/${sid}${p}`;
  await call('POST', S('/moz/addon/install'), { path: extDir, temporary: true }).catch(async (e) => { await call('DELETE', S('')).catch(() => {}); fail(e); });
  return {
    log: () => log,
    go: (url) => call('POST', S('/url'), { url }),
    newTab: async () => { const w = await call('POST', S('/window/new'), { type: 'tab' }); await call('POST', S('/window'), { handle: w.handle }); return w.handle; },
    handle: () => call('GET', S('/window')),
    switchTo: (handle) => call('POST', S('/window'), { handle }),
    exec: (script, args = []) => call('POST', S('/execute/sync'), { script, args }),
    execAsync: (script, args = []) => call('POST', S('/execute/async'), { script, args }),
    screenshot: () => call('GET', S('/screenshot')),
    /** Opens an extension page in a new tab (WebDriver may not navigate to moz-extension:) and switches to it. */
    openExtensionPage: async (p) => {
      const before = await call('GET', S('/window/handles'));
      await call('POST', S('/moz/context'), { context: 'chrome' });
      try {
        await call('POST', S('/execute/sync'), {
          script: `const win = Services.wm.getMostRecentWindow('navigator:browser');
            const tab = win.gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
            win.gBrowser.selectedTab = tab;`,
          args: [`moz-extension://${EXT_UUID}/${p}`],
        });
      } finally { await call('POST', S('/moz/context'), { context: 'content' }); }
      let handle;
      for (let i = 0; i < 50 && !handle; i += 1) {
        handle = (await call('GET', S('/window/handles'))).find((h) => !before.includes(h));
        if (!handle) await new Promise((r) => setTimeout(r, 100));
      }
      await call('POST', S('/window'), { handle });
      for (let i = 0; i < 50; i += 1) {
        if ((await call('POST', S('/execute/sync'), { script: 'return document.readyState', args: [] })) === 'complete') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return handle;
    },
    extUrl: (p) => `moz-extension://${EXT_UUID}/${p}`,
    quit: async () => { try { await call('DELETE', S('')); } finally { proc.kill('SIGTERM'); fs.rmSync(profile, { recursive: true, force: true }); } },
  };
}
