// @ts-check
// The wasm engine of the background, loaded once per worker, and its warm-up:
// a content script cannot compile wasm on a page whose CSP lacks
// 'wasm-unsafe-eval', so the engine lives here and the pages send it text.
import init, { extract, languages, ReportSet } from 'figcheck-wasm';
import { languageNamer, normLang } from '../../../js/lib/languages.js';

// When this worker's steps first happened (epoch ms), for benches/extension-page.mjs:
// on a stopped worker, where the time before a page's check went.
/** @type {Record<string, number>} */
export const boot = { worker: performance.timeOrigin };
/** Records when step `k` first happened. @param {string} k */
export const stamp = (k) => { if (!(k in boot)) boot[k] = performance.timeOrigin + performance.now(); };

/** @type {Promise<unknown> | null} */
let ready = null;
/** The engine, loaded (and its lexicon index built) once per worker. */
export function engine() {
  if (!ready) {
    stamp('engineAsked');
    ready = init({ module_or_path: new URL('./wasm/figcheck_bg.wasm', import.meta.url) })
      .then((x) => {
        stamp('engine');
        // The first call builds the lexicons' index, which every check needs:
        // now, while the saved reports are read (prepare).
        extract('1', { lang: 'en' });
        stamp('lexicons');
        return x;
      })
      .catch((e) => { ready = null; throw new Error(`the figcheck engine did not load: ${e.message}`); });
  }
  return ready;
}

/** @type {{ codes: Set<string>, name: (code: string | undefined | null) => string } | null} */
let langs = null;
/** The engine's languages (codes and names, from its one list); call once the engine has loaded. */
export function engineLanguages() {
  if (!langs) {
    const list = languages();
    langs = { codes: new Set(list.map((l) => l.code)), name: languageNamer(list) };
  }
  return langs;
}

/**
 * A page's language tag as one of the engine's languages, or "".
 * @param {string | undefined | null} tag
 */
export function engineLang(tag) {
  return normLang(tag, engineLanguages().codes);
}

// The engine's hot paths run first from the browser's baseline wasm compiler,
// and are optimised in the background only once they have run enough. In a
// new worker (engine driven directly, five workers each), a 100 KB page's
// first check took 70-140 ms (median 114 ms), and 20-80 ms (median 36 ms)
// after the warm-up below; optimised, 5-10 ms. In benches/extension-page.mjs
// the first page after the warm-up was checked in 6-16 ms, against 20-24 ms
// with the old 30 short rounds. So once per worker, as soon as a page of a
// site switched on starts loading (figcheck/wake) or after the first answer,
// the engine checks a short text of our own against a version of it, again
// and again, in tasks of at most WARM_TASK_MS (a page's message is answered
// in between, and first; no round runs while a page is being checked), until
// WARM_ROUNDS rounds or WARM_BUDGET_MS of work.
const WARM_UP = [
  'A empresa foi avaliada em 2 trilhões de dólares e opera dezenas de milhares de GPUs, com cerca de 1.200 funcionários em 14 países.',
  'O novo centro de dados em Campinas terá até 850 megawatts, custará entre R$ 3 e 4 bilhões e ficará pronto em 18 meses, segundo a diretora Ana Ribeiro.',
  'Em 2023, as vendas subiram 12,5% e o lucro líquido chegou a quase 740 milhões de reais; a dívida caiu para 1,3 bilhão.',
  'Le centre consommera environ 300 mégawatts et coûtera 200 milliards de dollars, soit 15 % de plus que prévu, a indiqué la société Nordvolt.',
  'Plus de 4 000 personnes y travaillent déjà et la ville prévoit 2,5 millions de mètres cubes d’eau par an.',
  'The plant will draw up to 858 MW and use about 291,786 gallons of water a day for two to three years, Helix Power said on Monday.',
  'Revenue rose to $4.2 billion in the third quarter, up 9 percent, while the firm cut some 1,500 jobs, or nearly a tenth of its staff.',
  'La planta producirá unos 120.000 barriles diarios y empleará a cientos de trabajadores, con una inversión de 3.500 millones de euros.',
  'Das Unternehmen investiert rund 2,4 Milliarden Euro und will bis 2030 etwa 5 Gigawatt Leistung aufbauen, sagte Vorstand Jens Keller.',
].join('\n');
// The same story with some magnitudes one step off, as a translation slip would have them.
const WARM_UP_SLIP = WARM_UP.replace('2 trilhões', '200 bilhões').replace('300 mégawatts', '30 mégawatts')
  .replace('$4.2 billion', '$42 billion').replace('2,4 Milliarden', '2,4 Billionen');
const WARM_ROUNDS = 60;
const WARM_BUDGET_MS = 100;
const WARM_TASK_MS = 8;
/** @type {Promise<void> | null} */
let warming = null;
// Page checks in flight: the warm-up waits for none, so that its rounds never
// run between a page's message and its answer (on a stopped worker they had
// taken 28 ms of that time in benches/extension-page.mjs).
let checking = 0;
/** @type {Array<() => void>} */
const checksDone = [];
/** Resolves when no page check is in flight. */
async function noPageCheck() {
  while (checking > 0) await new Promise((r) => checksDone.push(/** @type {() => void} */ (r)));
}
/**
 * Runs a page's check, with no warm-up round in between.
 * @template T
 * @param {() => Promise<T>} f
 * @returns {Promise<T>}
 */
export async function whileChecking(f) {
  checking += 1;
  try { return await f(); } finally {
    checking -= 1;
    if (checking === 0) for (const r of checksDone.splice(0)) r();
  }
}
/** The warm-up so far: rounds run and time spent (reported with each check's timing). */
export const warm = { rounds: 0, ms: 0 };
/** Warms the engine once per worker (see above). */
export function warmUp() {
  if (!warming) {
    warming = (async () => {
      await engine();
      let set = null;
      try {
        // A task boundary first, so that a page's message that came meanwhile
        // is checked before the warm-up's own set is built.
        await new Promise((r) => setTimeout(r, 0));
        await noPageCheck();
        const t = performance.now();
        set = new ReportSet([{ name: 'warm-up', claims: extract(WARM_UP_SLIP, { quotes: true }), version: true }]);
        warm.ms += performance.now() - t;
        let spent = 0;
        while (warm.rounds < WARM_ROUNDS && spent < WARM_BUDGET_MS) {
          // A task of its own, so that a page's message is answered in between,
          // and none while a page is being checked.
          await new Promise((r) => setTimeout(r, 0));
          await noPageCheck();
          const task = performance.now();
          do {
            set.checkText(WARM_UP, { page_name: 'warm-up' }, undefined).free();
            warm.rounds += 1;
          } while (warm.rounds < WARM_ROUNDS && performance.now() - task < WARM_TASK_MS);
          spent += performance.now() - task;
          warm.ms += performance.now() - task;
        }
      } catch { /* only a warm-up */ } finally { if (set) set.free(); }
    })().catch(() => { /* no engine: the page's own check says so */ });
  }
  return warming;
}
