// The `check` rows of the wasm benchmarks, shared by Node (benches/wasm-node.mjs)
// and the Chromium page (benches/wasm-browser.mjs imports it there): one page
// against 100, 1 000 and 10 000 stored reports, as in the native table, by
// `check()` (the reports cross into wasm with every call) and by a kept
// `ReportSet` (indexed once, as the extension keeps its saved reports).
// Plain ES module with no imports: it runs in both places.

/** Runs the rows on `mod` (the wasm glue, initialised) with the corpus `texts` ({lang: text}). */
export function checkRows(mod, texts, quick) {
  const now = () => performance.now();
  const best = (runs, f) => {
    let ms = Infinity; let v;
    for (let i = 0; i < runs; i += 1) { const t = now(); v = f(); ms = Math.min(ms, now() - t); }
    return [ms, v];
  };
  // The page is about one of the stored companies: its report is the counterpart.
  const page = mod.extract(texts.pt.slice(0, 3000), { lang: 'pt', quotes: true })
    .map((c) => ({ ...c, subject: 'Company42', entities: ['Company42'] }));
  const langs = Object.keys(texts).sort();
  const lines = Object.fromEntries(langs.map((l) => [l, texts[l].split('\n').filter((x) => x.length > 40).map((x) => x.slice(0, 400))]));
  let seed = 99;
  const below = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const pool = [];
  for (let i = 0; i < 10_000; i += 1) {
    const lang = langs[below(langs.length)]; const ls = lines[lang];
    const text = [0, 1, 2].map(() => ls[below(ls.length)]).join(' ');
    // Each stored report is a story about its own company.
    const claims = mod.extract(text, { lang, quotes: true }).map((c) => ({ ...c, subject: `Company${i}`, entities: [`Company${i}`] }));
    pool.push({ name: `report-${i}`, claims });
  }
  const rows = [];
  for (const n of [100, 1_000, 10_000]) {
    const reps = pool.slice(0, n);
    const [plainMs, found] = best(quick ? 1 : 3, () => mod.check(page, reps).length);
    const t = now();
    const set = new mod.ReportSet(reps);
    const builtMs = now() - t;
    const [keptMs, keptFound] = best(quick ? 2 : 5, () => set.check(page).length);
    set.free();
    rows.push({ n, plainMs, builtMs, keptMs, found, keptFound });
  }
  return { figures: page.length, rows };
}

/** The table's lines. */
export function checkTable({ figures, rows }) {
  const out = [`check of one page (${figures} figures) against stored reports`,
    `${'reports'.padStart(8)} ${'check() ms'.padStart(11)} ${'ReportSet built ms'.padStart(19)} ${'ReportSet.check ms'.padStart(19)} found`];
  for (const r of rows) {
    out.push(`${String(r.n).padStart(8)} ${r.plainMs.toFixed(2).padStart(11)} ${r.builtMs.toFixed(1).padStart(19)} ${r.keptMs.toFixed(2).padStart(19)} ${r.found}` +
      (r.keptFound === r.found ? '' : ` (ReportSet: ${r.keptFound})`));
  }
  return out;
}
