// `make realnews` in small (benches/realnews.mjs --pages 2 --slips 2): the
// realnews site is written and served, the extension runs compare-alternates on
// two pages and two slipped pages in Chromium, with its background worker
// stopped before each, and the CLI does the same checks. Its figures are
// measures, not asserted; what is asserted is that the harness measures: every
// page and slip measured (none lost to a stopped worker), five versions a page,
// the strict CSP, nothing sent anywhere, the JSON written. The realnews texts
// live outside the repository (../shared/realnews): without them the test
// says so and is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, requireBuiltExtension } from './lib/ext-harness.mjs';
import { CSP } from '../../benches/lib/realnews-site.mjs';

const CORPUS = path.join(ROOT, '../shared/realnews/ntrex');
const missing = !fs.existsSync(path.join(CORPUS, 'en')) ? `no realnews corpus at ${CORPUS}` : '';

test('make realnews in small: 2 pages and 2 slips measured in Chromium and by the CLI', { timeout: 180_000, skip: missing || false }, () => {
  requireBuiltExtension();
  assert.ok(fs.existsSync(path.join(ROOT, 'target/release/figcheck')), 'target/release/figcheck: run make build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realnews-smoke-'));
  try {
    const out = path.join(dir, 'realnews.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'benches/realnews.mjs'), '--pages', '2', '--slips', '2', '--no-score',
      '--stop-worker-every', '1', '--out', out, '--work', path.join(dir, 'work')], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    const res = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.deepEqual(res.failed, [], r.stdout);
    assert.equal(res.pages, 2);
    assert.equal(res.pages_checked, 2);
    assert.equal(res.slips_planted, 2);
    assert.equal(res.worker_stops, 4, 'the worker was stopped before each of the 4 jobs');
    assert.equal(res.extension.slips_caught[1], 2, 'both slips measured');
    assert.equal(res.cli.slips_caught[1], 2);
    for (const v of [res.extension.red_per_page, res.cli.red_per_page]) assert.ok(Number.isFinite(v) && v >= 0, String(v));
    assert.deepEqual(res.foreign_requests, [], 'no request but to the site and the extension');
    assert.equal(res.csp, CSP);
    assert.match(r.stdout, /\| red marks a page \(conflicts against a version\) \| \d+\.\d\d/);
    assert.match(r.stdout, /\| planted slips caught \| [0-2]\/2 = \d+% \| [0-2]\/2 = \d+% \|/);
    // The pages written for the run: each names itself and five other versions; the texts stay under the work folder.
    const site = path.join(dir, 'work', 'site');
    const fr = fs.readFileSync(path.join(site, 'fr', `${fs.readdirSync(path.join(site, 'fr'))[0]}`), 'utf8');
    assert.equal([...fr.matchAll(/<link rel="alternate" hreflang="/g)].length, 6);
    assert.ok(!/<script/i.test(fr));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
