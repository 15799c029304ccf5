// The one JS ratio formatter (js/lib/ratio.js) writes every ratio of the table it
// shares with the Rust compare::fmt_ratio (tests/ratio-cases.tsv, tests/ratio.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtRatio, ratioText } from '../../js/lib/ratio.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('fmtRatio writes the shared table as Rust does', () => {
  const rows = fs.readFileSync(path.join(ROOT, 'tests/ratio-cases.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.ok(rows.length >= 20);
  for (const row of rows) {
    const [ratio, want] = row.split('\t');
    assert.equal(fmtRatio(Number(ratio)), want, `fmtRatio(${ratio})`);
  }
});

test('no ratio, no text; ratioText adds the ×', () => {
  for (const r of [null, undefined, NaN, Infinity, -1]) assert.equal(fmtRatio(r), '', String(r));
  assert.equal(ratioText(10), '×10');
  assert.equal(ratioText(0.1), '×0.1');
  assert.equal(ratioText(1.0000001), '×1');
  assert.equal(ratioText(null), '');
});
