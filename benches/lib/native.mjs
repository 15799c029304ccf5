// The native side of the wasm benches' ratio: the release `profile` example
// (examples/profile.rs) in one process beside the bench, serving one
// extraction a request (`--serve`). The wasm benches alternate single runs
// of the two sides, file by file (`alternate`): this shared machine has slow
// spells of a second or more, and runs taken in blocks of ten (until session
// 8) let one fall on one side only. Under Node 24 the same module's ratio
// moved between 0.44 and 0.57 over four make bench runs that way; taken in
// turn, 0.50-0.55 over five runs.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/**
 * Builds the example once and starts it; returns `{ once(file, lang) → Promise<ms>, close() }`,
 * or throws with the reason. Each `once` is one extraction of `file`, timed in the native process.
 */
export function nativeRunner(root) {
  execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'profile'], { cwd: root, stdio: 'inherit' });
  const exe = path.join(root, 'target', 'release', 'examples', 'profile');
  const child = spawn(exe, ['--serve'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const waiting = [];
  let ended = null;
  const fail = (why) => {
    ended = new Error(`the native runner stopped: ${why}${stderr.trim() ? ` (${stderr.trim()})` : ''}`);
    for (const w of waiting.splice(0)) w.reject(ended);
  };
  child.on('error', (e) => fail(e.message));
  child.on('exit', (code, signal) => fail(signal ? `signal ${signal}` : `exit ${code}`));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (!w) return;
    const ms = Number(line.split(' ')[0]);
    if (ms > 0) w.resolve(ms); else w.reject(new Error(`the native runner answered ${JSON.stringify(line)}`));
  });
  return {
    once(file, lang) {
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${file}\t${lang}\n`);
      });
    },
    close() { child.removeAllListeners('exit'); child.stdin.end(); },
  };
}

/**
 * `runs` rounds of one run of each side, `wasmOnce` first in even rounds and
 * `nativeOnce` first in odd ones (either may be async). `wasmOnce` returns
 * `[ms, result]`, `nativeOnce` ms; returns the best of each and the wasm's
 * last result.
 */
export async function alternate(runs, wasmOnce, nativeOnce) {
  let wasm = Infinity; let native = Infinity; let result;
  const w = async () => { const [ms, r] = await wasmOnce(); wasm = Math.min(wasm, ms); result = r; };
  const n = async () => { native = Math.min(native, await nativeOnce()); };
  for (let k = 0; k < runs; k += 1) {
    if (k % 2) { await n(); await w(); } else { await w(); await n(); }
  }
  return { wasm, native, result };
}
