// The rules `make realnews` measures by (benches/lib/realnews-site.mjs), on
// sentences of our own: the versions each page names, the pages' HTML, the
// slips as score.py plants them, and what counts as a red mark and a slip caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articleHtml, chooseSlips, meets, plant, rng, slipCaught, slipVersionsOf, utf16At, versionConflicts, versionsOf, CSP,
} from '../../benches/lib/realnews-site.mjs';

const LANGS = ['ar', 'de', 'en', 'es', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'pt', 'ru', 'tr', 'uk', 'vi', 'zh'];

test('each page names five other languages, and over three documents all fifteen', () => {
  for (const lang of LANGS) {
    const seen = new Set();
    for (let d = 0; d < 3; d += 1) {
      const vs = versionsOf(LANGS, lang, d);
      assert.equal(vs.length, 5);
      assert.equal(new Set(vs).size, 5, `${lang} doc ${d}: ${vs}`);
      assert.ok(!vs.includes(lang));
      for (const v of vs) seen.add(v);
    }
    assert.equal(seen.size, 15, `${lang}: ${[...seen]}`);
  }
  // Worked by hand: fr is LANGS[4]; its others are LANGS without fr (pt is the 10th, zh the 15th);
  // doc 1 starts at (1·5 + 4) mod 15 = 9, doc 2 at (2·5 + 4) mod 15 = 14 and wraps.
  assert.deepEqual(versionsOf(LANGS, 'fr', 1), ['pt', 'ru', 'tr', 'uk', 'vi']);
  assert.deepEqual(versionsOf(LANGS, 'fr', 2), ['zh', 'ar', 'de', 'en', 'es']);
});

test('a slipped page names English first, and four of its other versions', () => {
  assert.deepEqual(slipVersionsOf(LANGS, 'fr', 1), ['en', 'pt', 'ru', 'tr', 'uk'], 'vi gives way to en');
  assert.deepEqual(slipVersionsOf(LANGS, 'fr', 2), ['en', 'zh', 'ar', 'de', 'es'], 'en already named: first');
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    for (let d = 0; d < 3; d += 1) {
      const vs = slipVersionsOf(LANGS, lang, d);
      assert.equal(vs.length, 5); assert.equal(new Set(vs).size, 5); assert.equal(vs[0], 'en'); assert.ok(!vs.includes(lang));
    }
  }
});

test('an article page: title, paragraphs, hreflang versions and itself, text escaped, nothing inline', () => {
  const html = articleHtml({
    lang: 'ar', self: '/ar/x.html', names: { en: 'English', fr: 'French' },
    lines: ['عنوان <b>التقرير</b>', 'قال إن 3 ملايين شخص & أكثر "هنا".'],
    versions: [{ lang: 'en', href: '/en/x.html' }, { lang: 'fr', href: '/fr/x.html' }],
  });
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.match(html, /<title>عنوان &lt;b&gt;التقرير&lt;\/b&gt;<\/title>/);
  assert.match(html, /<h1>عنوان &lt;b&gt;التقرير&lt;\/b&gt;<\/h1>\n<p>قال إن 3 ملايين شخص &amp; أكثر "هنا".<\/p>\n<\/article>/);
  assert.deepEqual([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`),
    ['ar /ar/x.html', 'en /en/x.html', 'fr /fr/x.html']);
  assert.ok(!/<script|<style| style=| on\w+=/i.test(html), 'no inline script or style');
  assert.match(CSP, /default-src 'self'/);
  assert.ok(!/unsafe-inline|unsafe-eval/.test(CSP));
});

test('slips are planted as score.py plants them', () => {
  // magnitude: the language's word one step up
  assert.equal(plant('3 millones de euros', 'es', 'magnitude'), '3 miles de millones de euros');
  assert.equal(plant('1,5 millón', 'es', 'magnitude'), '1,5 mil millones');
  assert.equal(plant('12 Millionen Menschen', 'de', 'magnitude'), '12 Milliarden Menschen');
  assert.equal(plant('٣٥ مليون دولار', 'ar', 'magnitude'), '٣٥ مليار دولار');
  assert.equal(plant('4万人', 'ja', 'magnitude'), '4億人');
  assert.equal(plant('40 personas', 'es', 'magnitude'), null);
  // digits: the first plain run of digits ×10
  assert.equal(plant('12 Tage', 'de', 'digits'), '120 Tage');
  assert.equal(plant('2.400 euros', 'pt', 'digits'), null, 'no plain run: 2 is followed by .4, 400 follows a point');
  assert.equal(plant('٣٥ مليون', 'ar', 'digits'), '٣٥0 مليون', 'as score.py: an ASCII 0 after any decimal digits');
  // swap: two adjacent different digits, not a leading digit before a 0
  assert.equal(plant('35%', 'fr', 'swap'), '53%');
  assert.equal(plant('1200 soldats', 'fr', 'swap'), '2100 soldats');
  assert.equal(plant('105 km', 'fr', 'swap'), '150 km', '1|0 is skipped, 0|5 swapped');
  assert.equal(plant('100 km', 'fr', 'swap'), null);
  assert.equal(plant('7 jours', 'fr', 'swap'), null);
});

test('meets: same unit and values within 2%', () => {
  assert.equal(meets({ unit: 'USD', low: 1e8, high: 1e8 }, { unit: 'USD', low: 1.01e8, high: 1.01e8 }), true);
  assert.equal(meets({ unit: 'USD', low: 1e8, high: 1e8 }, { unit: 'USD', low: 1.05e8, high: 1.05e8 }), false);
  assert.equal(meets({ unit: 'USD', low: 1e8, high: 1e8 }, { unit: 'EUR', low: 1e8, high: 1e8 }), false);
  assert.equal(meets({ unit: 'count', low: 10, high: null }, { unit: 'count', low: 500, high: 500 }), true);
});

test('slips are chosen languages in turn, half magnitude words, one per figure', () => {
  const spots = [];
  for (const lang of ['de', 'fr']) {
    for (let i = 0; i < 8; i += 1) for (const kind of ['magnitude', 'digits', 'swap']) spots.push({ lang, key: `${lang}:${i}`, kind });
  }
  const chosen = chooseSlips(spots, ['de', 'fr'], 8, rng(7));
  assert.equal(chosen.length, 8);
  assert.deepEqual(chosen.map((s) => s.lang), ['de', 'fr', 'de', 'fr', 'de', 'fr', 'de', 'fr']);
  for (const lang of ['de', 'fr']) {
    assert.deepEqual(chosen.filter((s) => s.lang === lang).map((s) => s.kind), ['magnitude', 'magnitude', 'digits', 'swap']);
  }
  assert.equal(new Set(chosen.map((s) => s.key)).size, 8, 'one slip per figure');
  // A language without spots is passed over; fewer spots than asked gives what there is.
  assert.equal(chooseSlips(spots.slice(0, 3), ['de', 'fr', 'it'], 10, rng(1)).length, 1);
});

test('red marks and slips caught are counted against the versions only', () => {
  const findings = [
    { text: '3 millions', start: 10, end: 20, verdict: 'conflict', others: [{ file: 'page', verdict: 'conflict' }] },
    { text: '40 %', start: 30, end: 34, verdict: 'conflict', others: [{ file: '/es/a.html', verdict: 'agree' }, { file: '/en/a.html', verdict: 'conflict' }] },
    { text: '12 jours', start: 50, end: 58, verdict: 'agree', others: [{ file: '/en/a.html', verdict: 'agree' }] },
  ];
  assert.deepEqual(versionConflicts(findings, ['/es/a.html', '/en/a.html']).map((f) => f.text), ['40 %'], 'the self-conflict is not a version\'s');
  assert.deepEqual(versionConflicts(findings, ['/es/a.html']).map((f) => f.text), []);
  // A conflict more reports uphold than not is amber, counted apart; a slip marked so is not caught.
  const upheld = [{ ...findings[1], upheld: true }];
  assert.deepEqual(versionConflicts(upheld, ['/es/a.html', '/en/a.html']).map((f) => f.text), []);
  assert.deepEqual(versionConflicts(upheld, ['/es/a.html', '/en/a.html'], true).map((f) => f.text), ['40 %']);
  assert.equal(slipCaught(upheld, 31, 33, '/en/a.html'), false);
  assert.equal(slipCaught(findings, 31, 33, '/en/a.html'), true);
  assert.equal(slipCaught(findings, 34, 40, '/en/a.html'), false, 'touching is not overlapping');
  assert.equal(slipCaught(findings, 50, 58, '/en/a.html'), false, 'an agreement is not caught');
  assert.equal(slipCaught(findings, 10, 20, '/en/a.html'), false, 'a conflict with the page itself is not caught');
  assert.equal(utf16At('é 😀 35', Buffer.byteLength('é 😀 ')), 5);
});
