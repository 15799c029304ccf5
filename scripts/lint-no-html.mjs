#!/usr/bin/env node
// Fails (exit 1, one `file:line: what` per finding) when the extension's or the
// demo's own JS/HTML writes HTML from strings or evaluates code: innerHTML,
// outerHTML, insertAdjacentHTML, document.write, eval(, new Function.
// Generated folders (extension/wasm, www/pkg) and node_modules are skipped.
// Usage: node scripts/lint-no-html.mjs [DIR...]   (default: extension www js)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => path.resolve(d)) : ['extension', 'www', 'js'].map((d) => path.join(root, d));
const SKIP_DIRS = new Set([path.join(root, 'extension', 'wasm'), path.join(root, 'www', 'pkg')]);
const EXTS = new Set(['.js', '.mjs', '.cjs', '.html', '.htm']);
const RULES = [
  [/\binnerHTML\b/, 'innerHTML'],
  [/\bouterHTML\b/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\s*\.\s*write(ln)?\s*\(/, 'document.write'],
  [/(^|[^\w$.])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function'],
];

function* files(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(p) || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      yield* files(p);
    } else if (EXTS.has(path.extname(e.name))) yield p;
  }
}

const found = [];
let scanned = 0;
for (const dir of dirs) {
  for (const file of files(dir)) {
    scanned += 1;
    fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      for (const [re, what] of RULES) {
        if (re.test(line)) found.push(`${path.relative(process.cwd(), file)}:${i + 1}: ${what}`);
      }
    });
  }
}
if (found.length) {
  console.error(`lint-no-html: ${found.length} forbidden use${found.length === 1 ? '' : 's'} (build DOM nodes with createElement/textContent instead):`);
  for (const f of found) console.error(f);
  process.exit(1);
}
console.log(`lint-no-html: ${scanned} files clean`);
