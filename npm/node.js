// figcheck under Node: the same API as the browser's module (figcheck.js),
// its WebAssembly compiled from the package's own file at import, without
// fetch: `init()` is then a no-op, so code written for the browser runs as is.
import { readFileSync } from 'node:fs';
import { initSync } from './figcheck.js';

initSync({ module: readFileSync(new URL('./figcheck_bg.wasm', import.meta.url)) });

export * from './figcheck.js';
export { default } from './figcheck.js';
