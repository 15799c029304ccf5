// @ts-check
// The saved reports and the settings, read from the store and indexed in the
// engine once per change of them: a page's check does not read, clone or send
// them again.
import { ReportSet } from 'figcheck-wasm';
import { Store } from '../lib/store.js';
import { extensionApi } from '../protocol.js';
import { engine, stamp } from './engine.js';

const api = extensionApi();
export const store = new Store(api.storage.local);

/**
 * A saved report as the engine takes it: its figures, and its text's outline when it was saved with one.
 * @param {import('../protocol.js').StoredReport} saved
 * @returns {import('figcheck-wasm').Report}
 */
export function reportFor(saved) {
  /** @type {import('figcheck-wasm').Report} */
  const r = { name: saved.url, url: saved.url, title: saved.title || saved.url, lang: saved.lang || '', date: saved.date || undefined, claims: saved.figures };
  if (saved.outline) r.outline = saved.outline;
  return r;
}

/**
 * The saved reports, indexed, and what the findings need to know of them.
 * @typedef {object} SavedSet
 * @property {number} generation
 * @property {ReportSet} set
 * @property {Array<Omit<import('figcheck-wasm').Report, 'claims' | 'outline'>>} reports
 * @property {number} readMs
 * @property {number} indexMs
 * @property {number} builtAt
 */

/** @type {SavedSet | null} */
let setCache = null;
let storeGeneration = 0;     // changes of the saved reports (and migrations)
let settingsGeneration = 0;  // changes of the settings
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  const keys = Object.keys(changes);
  if (keys.some((k) => k !== 'settings')) storeGeneration += 1;
  if (keys.includes('settings')) settingsGeneration += 1;
});

/** @type {{ generation: number, settings: import('../protocol.js').Settings } | null} */
let settingsCache = null;
/** The settings, read once per change of storage. */
export async function settingsNow() {
  if (settingsCache && settingsCache.generation === settingsGeneration) return settingsCache.settings;
  const generation = settingsGeneration;
  const settings = await store.settings();
  if (generation === settingsGeneration) settingsCache = { generation, settings };
  return settings;
}

/** @type {Promise<SavedSet> | null} */
let setBuilding = null;
/**
 * The saved reports' set, built once per change of them; callers use it at
 * once (no await in between), since the next build frees it. Concurrent
 * callers share one build.
 * @returns {Promise<SavedSet>}
 */
async function storedSet() {
  if (setCache && setCache.generation === storeGeneration) return setCache;
  if (!setBuilding) {
    setBuilding = (async () => {
      for (let tries = 0; ; tries += 1) {
        const generation = storeGeneration;
        const r0 = performance.now();
        const list = await store.list();
        const readMs = performance.now() - r0;
        stamp('read');
        await engine();
        // Changed while being read: read again (a few times at most).
        if (generation !== storeGeneration && tries < 4) continue;
        const reports = list.map(reportFor);
        const i0 = performance.now();
        const set = new ReportSet(reports);
        // For benches/extension-page.mjs: the build's two parts, and when it ended.
        /** @type {SavedSet} */
        const entry = { generation, set, reports: reports.map(({ claims: _c, outline: _o, ...meta }) => meta), readMs, indexMs: performance.now() - i0, builtAt: performance.now() };
        if (setCache) setCache.set.free();
        setCache = entry;
        stamp('set');
        return entry;
      }
    })().finally(() => { setBuilding = null; });
  }
  return setBuilding;
}

/** @type {Promise<unknown> | null} */
let migrated = null;
/** The store, at the current schema (migrated once per worker). */
export function storeReady() {
  if (!migrated) migrated = store.migrate().then((x) => { stamp('migrated'); return x; }).catch((e) => { migrated = null; throw e; });
  return migrated;
}

/** The saved reports' set, once the store's schema is current. */
export function savedReports() {
  return storeReady().then(storedSet);
}

/**
 * What a page's check needs, side by side rather than one after the other:
 * the engine loads (and builds its lexicon index) while the browser reads the
 * storage, first the schema, then the saved reports, and the settings.
 */
export function prepare() {
  return Promise.all([engine(), savedReports(), settingsNow()]);
}
