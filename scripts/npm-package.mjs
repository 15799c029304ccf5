// Makes pkg/ (wasm-pack's output, `make wasm`) an npm package: package.json
// with the version of Cargo.toml, the package's README and its Node entry
// (npm/), the licenses. Usage: node scripts/npm-package.mjs
import { readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
if (!existsSync(path.join(pkg, 'figcheck_bg.wasm'))) throw new Error('pkg/ has no figcheck_bg.wasm: run `make wasm` first');
const cargo = readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const field = (name) => {
  const m = cargo.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!m) throw new Error(`Cargo.toml has no ${name}`);
  return m[1];
};
const json = {
  name: 'figcheck',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './figcheck.js',
  types: './figcheck.d.ts',
  exports: {
    '.': { types: './figcheck.d.ts', node: './node.js', default: './figcheck.js' },
    './figcheck_bg.wasm': './figcheck_bg.wasm',
    './package.json': './package.json',
  },
  files: ['figcheck.js', 'figcheck.d.ts', 'figcheck_bg.wasm', 'figcheck_bg.wasm.d.ts', 'node.js', 'snippets/', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  sideEffects: ['./node.js', './snippets/*'],
  keywords: ['numbers', 'figures', 'translation', 'fact-checking', 'news', 'wasm'],
  engines: { node: '>=18' },
};
writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(json, null, 2) + '\n');
for (const [from, to] of [['npm/README.md', 'README.md'], ['npm/node.js', 'node.js'], ['LICENSE-MIT', 'LICENSE-MIT'], ['LICENSE-APACHE', 'LICENSE-APACHE']]) {
  copyFileSync(path.join(root, from), path.join(pkg, to));
}
console.log(`pkg/: figcheck ${json.version}, npm package`);
