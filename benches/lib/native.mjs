// The native side of the wasm benches' ratio: the release `profile` example
// (examples/profile.rs) extracting one file in its own process, best of N runs.
// The wasm benches call it file by file between their own runs of the same
// file, so that a slow spell of this shared machine falls on both sides.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

/** Builds the example once; returns `best(file, lang, runs)` → MB/s, or throws with the reason. */
export function nativeRunner(root) {
  execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'profile'], { cwd: root, stdio: 'inherit' });
  const exe = path.join(root, 'target', 'release', 'examples', 'profile');
  return (file, lang, runs) => {
    const r = spawnSync(exe, [file, lang, String(runs)], { encoding: 'utf8' });
    const mbps = Number((/best ([\d.]+) MB\/s/.exec(r.stderr || '') || [])[1]);
    if (!(mbps > 0)) throw new Error(`native run of ${file} gave no figure: ${(r.stderr || r.error || '').toString().trim()}`);
    return mbps;
  };
}

/**
 * Runs `a` and `b` for the `i`-th file, `b` first for even files and `a`
 * first for odd ones (either may be async); returns [a's result, b's].
 */
export async function inTurn(i, a, b) {
  if (i % 2) { const ra = await a(); return [ra, await b()]; }
  const rb = await b();
  return [await a(), rb];
}
