// Static checks of the extension: no HTML written from strings, no eval (scripts/lint-no-html.mjs),
// the manifest's contract, and Mozilla's web-ext lint (offline) for Firefox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/ext-harness.mjs';

const lint = (...args) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/lint-no-html.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

test('lint-no-html passes on extension/, www/ and js/', () => {
  const r = lint();
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /lint-no-html: \d+ files clean/);
});

test('lint-no-html fails with file:line on each forbidden use, and skips generated folders', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-'));
  fs.writeFileSync(path.join(dir, 'bad.js'), [
    'const ok = el.textContent;',           // 1
    'el.innerHTML = page;',                 // 2
    'x.outerHTML;',                         // 3
    "el.insertAdjacentHTML('beforeend', s);", // 4
    'document.write(s);',                   // 5
    'eval(code);',                          // 6
    "const f = new Function('a', 'return a');", // 7
    'obj.evaluate(x); retrieval(y);',       // 8: not eval
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'page.html'), '<p>ok</p>\n<script>document.writeln("x")</script>\n');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'node_modules', 'lib.js'), 'el.innerHTML = 1;');
  const r = lint(dir);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n').slice(1).map((l) => l.replace(/^.*?(bad\.js|page\.html)/, '$1'));
  assert.deepEqual(lines, [
    'bad.js:2: innerHTML', 'bad.js:3: outerHTML', 'bad.js:4: insertAdjacentHTML', 'bad.js:5: document.write',
    'bad.js:6: eval(', 'bad.js:7: new Function', 'page.html:2: document.write',
  ]);
});

test('manifest: one tree for Chromium and Firefox, least permissions', () => {
  const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/manifest.json'), 'utf8'));
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.background, { service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
  assert.deepEqual(m.permissions.slice().sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.content_scripts, undefined);
  assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
  assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.equal(m.browser_specific_settings.gecko.strict_min_version, '140.0');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  for (const f of [...Object.values(m.icons), 'background.js', 'content.js', 'wake.js', 'popup.js', 'options.js', 'content.css', 'popup.html', 'options.html']) {
    assert.ok(fs.existsSync(path.join(ROOT, 'extension', f)), f);
  }
  const png = fs.readFileSync(path.join(ROOT, 'extension', m.icons['128']));
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  assert.equal(png.readUInt32BE(16), 128);
});

test('web-ext lint (Firefox) finds no error', { timeout: 120_000 }, () => {
  const bin = path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
  assert.ok(fs.existsSync(bin), 'node_modules/web-ext is missing: run npm ci');
  // What ships: the scripts bundled from src/ (make extension), not their sources.
  const r = spawnSync(process.execPath, [bin, 'lint', '--source-dir', path.join(ROOT, 'extension'), '--ignore-files', 'src/**', '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  assert.deepEqual(report.errors, []);
  assert.equal(report.summary.errors, 0);
  // The one expected warning: Firefox ignores background.service_worker, which Chromium needs
  // (the Firefox zip made by scripts/pack-extension.sh leaves it out).
  assert.deepEqual(report.warnings.map((w) => `${w.code} ${w.message}`), ['MANIFEST_FIELD_UNSUPPORTED "/background/service_worker" is not supported.']);
  assert.equal(report.metadata.id, 'figcheck@figcheck.invalid');
});

test('pack-extension.sh writes one zip per browser, each with its own background key', { timeout: 60_000 }, () => {
  if (!fs.existsSync(path.join(ROOT, 'extension/wasm/figcheck_bg.wasm'))) throw new Error('extension/wasm/ is missing: run `make extension` first');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/pack-extension.sh')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const list = (zip) => spawnSync('python3', ['-c', 'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({"names": z.namelist(), "manifest": json.loads(z.read("manifest.json"))}))', zip], { encoding: 'utf8' });
  const chrome = JSON.parse(list(path.join(ROOT, 'target/ext-zips/figcheck-chrome-0.1.0.zip')).stdout);
  const firefox = JSON.parse(list(path.join(ROOT, 'target/ext-zips/figcheck-firefox-0.1.0.zip')).stdout);
  assert.deepEqual(chrome.manifest.background, { service_worker: 'background.js', type: 'module' });
  assert.equal(chrome.manifest.browser_specific_settings, undefined);
  assert.deepEqual(firefox.manifest.background, { scripts: ['background.js'], type: 'module' });
  for (const z of [chrome, firefox]) {
    for (const f of ['background.js', 'content.js', 'wake.js', 'popup.js', 'options.js', 'wasm/figcheck.js', 'wasm/figcheck_bg.wasm', 'icons/icon-128.png']) assert.ok(z.names.includes(f), f);
    assert.ok(!z.names.includes('icons/make-icons.mjs'));
    assert.deepEqual(z.names.filter((n) => n.startsWith('src/') || n.startsWith('lib/')), [], 'the scripts\' sources stay out: they are bundled');
    // The glue's own module that builds the claim objects (js/claims.js), imported by wasm/figcheck.js.
    const snippet = z.names.find((n) => /^wasm\/snippets\/[^/]+\/js\/claims\.js$/.test(n));
    assert.ok(snippet, 'wasm/snippets/…/js/claims.js is packed');
  }
});
