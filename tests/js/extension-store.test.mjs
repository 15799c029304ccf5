// The extension's report store (extension/src/lib/store.js) and text helpers, in Node
// with an in-memory stand-in for chrome.storage.local.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Store, StoreError, parseImport, SCHEMA_VERSION, LIMITS } from '../../extension/src/lib/store.js';
import { pageKey, PartsInbox } from '../../extension/src/lib/text.js';
import { normLang as normAmong, languageNamer } from '../../js/lib/languages.js';

// The engine's languages() (src/wasm.rs): codes of lang::ALL with their English names; a few here.
const LANGUAGES = [{ code: 'en', name: 'English' }, { code: 'pt', name: 'Portuguese' }, { code: 'pt-PT', name: 'European Portuguese' },
  { code: 'fr', name: 'French' }, { code: 'zh', name: 'Chinese' }, { code: 'id', name: 'Indonesian' }];
const normLang = (tag) => normAmong(tag, LANGUAGES.map((l) => l.code));

/** chrome.storage.local's contract: get(null|key), set(items) all at once, remove(keys); values are copies. */
class FakeArea {
  constructor(data = {}, quotaBytes = Infinity) { this.data = structuredClone(data); this.quotaBytes = quotaBytes; this.sets = 0; this.gets = []; }
  async get(keys) {
    this.gets.push(keys);
    if (keys === null) return structuredClone(this.data);
    const out = {};
    for (const k of [].concat(keys)) if (k in this.data) out[k] = structuredClone(this.data[k]);
    return out;
  }
  async set(items) {
    const next = { ...this.data, ...structuredClone(items) };
    if (JSON.stringify(next).length > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    this.data = next; this.sets += 1;
  }
  async remove(keys) { for (const k of [].concat(keys)) delete this.data[k]; }
}

const fig = (text, start, low, unit = 'USD', extra = {}) => ({ text, start, end: start + text.length, low, high: low, qualifier: 'exact', unit, lang: 'pt', rounding: 0, ...extra });
const reportPt = {
  url: 'https://news.example/pt/borealis', title: 'Borealis Compute chega a 2 trilhões de dólares', lang: 'pt', date: '2025-03-14',
  savedAt: '2025-03-14T12:00:00.000Z',
  figures: [fig('2 trilhões de dólares', 83, 2e12, 'USD', { quote: 'A Borealis Compute foi avaliada em 2 trilhões de dólares.' }),
    { ...fig('dezenas de milhares de GPUs', 140, 1e4, 'count'), high: 1e5, qualifier: 'vague', counted: 'GPUs' }],
};
const reportFr = {
  url: 'https://news.example/fr/borealis', title: 'Borealis Compute valorisée à 200 milliards de dollars', lang: 'fr', date: '2025-03-14',
  savedAt: '2025-03-14T13:00:00.000Z', figures: [{ ...fig('200 milliards de dollars', 90, 2e11), lang: 'fr' }],
  // The engine's readReport outline: per sentence its length, its figures and its anchors (u32 hashes), and the text's topic.
  outline: { sentences: [{ len: 48, figures: 0, anchors: [7, 4_294_967_295] }, { len: 102, figures: 1, anchors: [12, 9001] }], topic: 'Borealis Compute' },
};

test('put then list gives the report back, one write per report', async () => {
  const area = new FakeArea({ schemaVersion: SCHEMA_VERSION });
  const store = new Store(area);
  await store.put(reportPt);
  await store.put(reportFr);
  assert.equal(area.sets, 2);
  assert.deepEqual(Object.keys(area.data).sort(), ['report:https://news.example/fr/borealis', 'report:https://news.example/pt/borealis', 'schemaVersion']);
  const list = await store.list();
  assert.deepEqual(list.map((r) => r.url), ['https://news.example/pt/borealis', 'https://news.example/fr/borealis']);
  assert.deepEqual(list[0], reportPt);
});

test('export then import into an empty store gives back the same store', async () => {
  const a = new Store(new FakeArea({ schemaVersion: 2 }));
  await a.put(reportPt); await a.put(reportFr);
  const json = await a.exportJson();
  const b = new Store(new FakeArea({ schemaVersion: 2 }));
  assert.equal(await b.importJson(json), 2);
  assert.deepEqual(b.area.data, a.area.data);
  assert.equal(await b.exportJson(), json);
});

test('a report\'s outline is kept as saved, extra fields dropped; a report without one is still valid', async () => {
  const store = new Store(new FakeArea({ schemaVersion: 2 }));
  await store.put({ ...reportFr, outline: { ...reportFr.outline, extra: 'x', sentences: reportFr.outline.sentences.map((x) => ({ ...x, note: 1 })) } });
  await store.put(reportPt);
  const [pt, fr] = await store.list();
  assert.deepEqual(fr.outline, reportFr.outline);
  assert.equal(pt.outline, undefined, 'saved before outlines: none');
});

test('a malformed import changes nothing and says why', async () => {
  const area = new FakeArea({ schemaVersion: 2 });
  const store = new Store(area);
  await store.put(reportPt);
  const before = structuredClone(area.data);
  const good = JSON.parse(await store.exportJson());
  const cases = [
    ['{not json', /not JSON/],
    ['[]', /JSON object/],
    [JSON.stringify({ ...good, format: 'other' }), /not a figcheck export/],
    [JSON.stringify({ ...good, schemaVersion: 9 }), /unknown schema version 9/],
    // the second report is bad: the first (valid, new) one must not be written either
    [JSON.stringify({ ...good, reports: [reportFr, { ...reportPt, figures: [{ ...reportPt.figures[0], low: 'two' }] }] }), /report 2, figure 1: "low" must be a finite number or null/],
    [JSON.stringify({ ...good, reports: [{ ...reportFr, url: 'javascript:alert(1)' }] }), /report 1: "url" must be an http\(s\) URL/],
    [JSON.stringify({ ...good, reports: [{ ...reportFr, figures: [{ ...reportFr.figures[0], qualifier: 'roughly' }] }] }), /unknown qualifier "roughly"/],
    [JSON.stringify({ ...good, reports: [reportFr, reportFr] }), /appears twice/],
    [JSON.stringify({ ...good, reports: [{ ...reportFr, outline: { sentences: [{ len: 3, figures: 0, anchors: [-1] }] } }] }), /report 1: "outline" sentence 1 must be/],
    [JSON.stringify({ ...good, reports: [{ ...reportFr, outline: { sentences: [{ len: 3, figures: 0, anchors: [2 ** 32] }] } }] }), /"outline" sentence 1 must be/],
    [JSON.stringify({ ...good, reports: [{ ...reportFr, outline: { sentences: 'all' } }] }), /"outline" must be \{sentences/],
    [JSON.stringify({ ...good, reports: [{ ...reportFr, outline: { sentences: [], topic: 7 } }] }), /topic must be a string/],
    ['x'.repeat(LIMITS.importBytes + 1), /larger than 5 MB/],
  ];
  for (const [text, why] of cases) {
    await assert.rejects(store.importJson(text), (e) => e instanceof StoreError && why.test(e.message), `expected ${why}`);
    assert.deepEqual(area.data, before);
  }
});

test('schema 1 (one "reports" array) migrates to one key per report', async () => {
  const v1 = {
    reports: [
      { url: reportPt.url, title: reportPt.title, lang: 'pt', date: '2025-03-14', savedAt: Date.parse('2025-03-14T12:00:00Z'), claims: reportPt.figures },
      { url: 'ftp://bad.example/x', title: 'bad', lang: 'fr', savedAt: 0, claims: [] },
    ],
  };
  const area = new FakeArea(v1);
  const store = new Store(area);
  const r = await store.migrate();
  assert.equal(r.from, 1);
  assert.equal(r.migrated, 1);
  assert.equal(r.dropped.length, 1);
  assert.match(r.dropped[0], /report 2: "url" must be an http\(s\) URL/);
  assert.deepEqual(Object.keys(area.data).sort(), ['report:https://news.example/pt/borealis', 'schemaVersion']);
  assert.equal(area.data.schemaVersion, 2);
  assert.deepEqual(area.data['report:https://news.example/pt/borealis'], reportPt);
  assert.deepEqual(await store.migrate(), { from: 2, migrated: 0 });
});

test('a current store is migrated by reading its schema keys only, and left as it was', async () => {
  const area = new FakeArea({ schemaVersion: 2, [`report:${reportPt.url}`]: reportPt, settings: { autoSites: [], paint: 'auto' } });
  const before = structuredClone(area.data);
  assert.deepEqual(await new Store(area).migrate(), { from: 2, migrated: 0 });
  // Not get(null): that would read every saved report to learn one number.
  assert.deepEqual(area.gets, [['schemaVersion', 'reports']]);
  assert.equal(area.sets, 0);
  assert.deepEqual(area.data, before);
  // An empty store is stamped with the schema, and nothing else is written.
  const empty = new FakeArea({});
  assert.deepEqual(await new Store(empty).migrate(), { from: 0, migrated: 0, dropped: [] });
  assert.deepEqual(empty.data, { schemaVersion: 2 });
});

test('an import of a schema-1 export is upgraded', () => {
  const text = JSON.stringify({ format: 'figcheck-reports', schemaVersion: 1, reports: [{ url: reportFr.url, title: reportFr.title, lang: 'fr', date: '2025-03-14', savedAt: Date.parse(reportFr.savedAt), claims: reportFr.figures }] });
  const { outline: _o, ...noOutline } = reportFr; // schema 1 had no outlines
  assert.deepEqual(parseImport(text), [noOutline]);
});

test('a full storage is reported, not silent, and leaves the store as it was', async () => {
  const area = new FakeArea({ schemaVersion: 2 }, 2000);
  const store = new Store(area);
  await store.put(reportFr);
  const before = structuredClone(area.data);
  const big = { ...reportPt, figures: Array.from({ length: 40 }, (_, i) => fig('2 trilhões de dólares', i * 30, 2e12)) };
  await assert.rejects(store.put(big), (e) => e instanceof StoreError && /storage for figcheck is full/.test(e.message));
  assert.deepEqual(area.data, before);
});

test('a newer store schema is refused rather than rewritten', async () => {
  const area = new FakeArea({ schemaVersion: 3, 'report:x': {} });
  await assert.rejects(new Store(area).migrate(), /schema 3, newer than this extension/);
  assert.equal(area.data.schemaVersion, 3);
});

test('language tags and page keys', () => {
  assert.equal(normLang('pt-BR'), 'pt');
  assert.equal(normLang('pt-PT'), 'pt-PT');
  assert.equal(normLang('fr_FR'), 'fr');
  assert.equal(normLang('zh-Hans-CN'), 'zh');
  assert.equal(normLang('xx'), '');
  assert.equal(normLang('PT_pt'), 'pt-PT');
  assert.equal(normLang('in'), 'id', 'Indonesian\'s old code');
  assert.equal(normLang(''), '');
  assert.equal(normLang(undefined), '');
  assert.equal(normAmong('es-MX', ['en']), '', 'only the languages given');
  const name = languageNamer(LANGUAGES);
  assert.equal(name('pt-PT'), 'European Portuguese');
  assert.equal(name('fr'), 'French');
  assert.equal(name('xx'), 'xx', 'an unknown code is its own name');
  assert.equal(pageKey('https://a.example/x?y=1#frag'), 'https://a.example/x?y=1');
});

test('a long page text sent in parts is joined whole, in any order, and only once', () => {
  const inbox = new PartsInbox({ maxChars: 20, maxTexts: 2 });
  // "dezenas de 😀 mil" cut at 6 and 13 (the emoji is two UTF-16 units, whole in the second part).
  const text = 'dezenas de 😀 mil';
  inbox.add('t1:0:a', 13, text.slice(13));
  inbox.add('t1:0:a', 0, text.slice(0, 6));
  inbox.add('t1:0:a', 6, text.slice(6, 13));
  assert.equal(inbox.take('t1:0:a', text.length), text);
  // Taken: gone.
  assert.throws(() => inbox.take('t1:0:a', text.length), /missing/);
  // A gap or a short text is refused, and forgotten.
  inbox.add('t1:0:b', 0, 'abc');
  inbox.add('t1:0:b', 4, 'e');
  assert.throws(() => inbox.take('t1:0:b', 5), /out of step/);
  inbox.add('t1:0:c', 0, 'abc');
  assert.throws(() => inbox.take('t1:0:c', 4), /incomplete/);
  // Over maxChars: refused at once.
  assert.throws(() => inbox.add('t1:0:d', 0, 'x'.repeat(21)), /too long/);
  // At most maxTexts kept: the oldest is dropped.
  inbox.add('t2:0:e', 0, 'e'); inbox.add('t2:0:f', 0, 'f'); inbox.add('t2:0:g', 0, 'g');
  assert.throws(() => inbox.take('t2:0:e', 1), /missing/);
  assert.equal(inbox.take('t2:0:g', 1), 'g');
});
