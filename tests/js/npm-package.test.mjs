// The npm package (pkg/, made by `make wasm`): `npm pack` makes a tarball
// that installs offline into an empty Node project and serves a page with no
// bundler, and both extract and check with it; bad input is a thrown Error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'pkg');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VERSION = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];

let dir; // a temp dir holding the tarball and the project
let project;

before(() => {
  if (!fs.existsSync(path.join(PKG, 'package.json'))) throw new Error('pkg/package.json is missing: run `make wasm` first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figcheck-npm-'));
  project = path.join(dir, 'project');
  fs.mkdirSync(project);
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

// The script the Node project runs and the page runs: the same calls, the results as JSON.
const SCRIPT = `
  const pt = 'A empresa pagou 140 bilhões de dólares pela usina.';
  const en = 'The firm paid $140 million for the plant.';
  const claims = extract('A avaliação chegou a 2 trilhões de dólares.', { lang: 'pt' });
  const source = { name: 'source', claims: extract(en, { quotes: true }), version: true };
  const findings = check(extract(pt, { quotes: true }), [source]);
  const errors = [];
  for (const bad of [42, null, undefined, {}, new Uint8Array([0xff, 0xfe, 0x00])]) {
    try { extract(bad); errors.push('no error'); } catch (e) { errors.push(e instanceof Error ? e.message : 'not an Error: ' + e); }
  }
  try { extract('x', { lang: 'klingon' }); errors.push('no error'); } catch (e) { errors.push(e.message); }
  // Binary-ish text: NUL bytes, controls, a lone surrogate, U+FFFD from invalid UTF-8; then 10 MB on one line.
  const junk = '\\u0000\\u0001\\ud800 the plant draws 150 MW \\ufffd\\ufffe' + String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
  const junkClaims = extract(junk, { lang: 'en' });
  const decoded = new TextDecoder().decode(new Uint8Array([0x32, 0x20, 0x62, 0x69, 0x6c, 0x68, 0xf5, 0x65, 0x73]));
  const big = 'o parque gera 2,5 gigawatts e '.repeat(Math.floor(10_000_000 / 30));
  const bigClaims = extract(big, { lang: 'pt' });
  const last = bigClaims[bigClaims.length - 1];
  const result = {
    version: version(),
    claim: claims[0],
    finding: { verdict: findings[0].verdict, text: findings[0].text, other: findings[0].others[0].text, ratio: findings[0].others[0].ratio,
               slice: pt.slice(findings[0].start, findings[0].end) },
    errors,
    junk: junkClaims.map((c) => [c.text, junk.slice(c.start, c.end)]),
    decoded: extract(decoded, { lang: 'pt' }).map((c) => [c.text, c.counted, c.low, decoded.slice(c.start, c.end)]),
    big: { n: bigClaims.length, expected: big.split('2,5 gigawatts').length - 1, last: big.slice(last.start, last.end) },
  };
`;

function checkResult(r, where) {
  assert.equal(r.version, VERSION, where);
  assert.equal(r.claim.text, '2 trilhões de dólares', where);
  assert.deepEqual([r.claim.start, r.claim.end, r.claim.low, r.claim.unit], [21, 42, 2e12, 'USD'], where);
  assert.deepEqual(r.finding, { verdict: 'conflict', text: '140 bilhões de dólares', other: '$140 million', ratio: 1000, slice: '140 bilhões de dólares' }, where);
  assert.deepEqual(r.errors.slice(0, 5), Array(5).fill('figcheck: text must be a string'), where);
  assert.ok(r.errors[5].startsWith("figcheck: unknown language 'klingon'"), `${where}: ${r.errors[5]}`);
  assert.deepEqual(r.junk, [['150 MW', '150 MW']], where);
  // Invalid UTF-8 decoded (U+FFFD for the bad byte): the broken word is no magnitude, "2" counts "bilh".
  assert.deepEqual(r.decoded, [['2 bilh', 'bilh', 2, '2 bilh']], where);
  assert.equal(r.big.n, r.big.expected, where);
  assert.equal(r.big.last, '2,5 gigawatts', where);
}

test('npm pack makes a tarball of the package, with its version, types and README', () => {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], PKG));
  assert.equal(packed.name, 'figcheck');
  assert.equal(packed.version, VERSION);
  assert.equal(packed.filename, `figcheck-${VERSION}.tgz`);
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ['README.md', 'figcheck.d.ts', 'figcheck.js', 'figcheck_bg.wasm', 'node.js', 'package.json', 'LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(files.includes(f), `${f} in ${files}`);
  }
  assert.ok(files.some((f) => f.startsWith('snippets/') && f.endsWith('claims.js')), files.join(' '));
  const pj = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  assert.equal(pj.type, 'module');
  assert.equal(pj.types, './figcheck.d.ts');
  assert.equal(fs.readFileSync(path.join(PKG, 'README.md'), 'utf8'), fs.readFileSync(path.join(ROOT, 'npm/README.md'), 'utf8'));
});

test('installed offline into an empty Node project, it extracts and checks', () => {
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty', private: true, type: 'module' }));
  npm(['install', '--offline', `../figcheck-${VERSION}.tgz`], project);
  const main = `import init, { extract, check, version } from 'figcheck';\nawait init();\n${SCRIPT}\nconsole.log(JSON.stringify(result));\n`;
  fs.writeFileSync(path.join(project, 'main.mjs'), main);
  const out = execFileSync(process.execPath, ['main.mjs'], { cwd: project, encoding: 'utf8', maxBuffer: 1 << 26 });
  checkResult(JSON.parse(out), 'node');
  // The types resolve to the package's .d.ts.
  const pj = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/figcheck/package.json'), 'utf8'));
  assert.ok(fs.existsSync(path.join(project, 'node_modules/figcheck', pj.types)));
});

test('the installed package in a page with no bundler, in Chromium', async () => {
  const page = `<!doctype html><meta charset="utf-8"><title>figcheck</title><script type="module">
    import init, { extract, check, version } from './node_modules/figcheck/figcheck.js';
    try { await init(); ${SCRIPT} window.result = result; } catch (e) { window.result = { failed: String(e) }; }
  </script>`;
  fs.writeFileSync(path.join(project, 'index.html'), page);
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = http.createServer((req, res) => {
    const file = path.join(project, path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(project) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await tab.waitForFunction(() => window.result !== undefined, null, { timeout: 60_000 });
    const r = await tab.evaluate(() => window.result);
    assert.equal(r.failed, undefined, r.failed);
    checkResult(r, 'chromium');
  } finally {
    await browser.close();
    server.close();
  }
});
