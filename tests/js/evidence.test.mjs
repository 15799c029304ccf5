// Why two figures were compared, in words (js/lib/evidence.js), on findings
// built here in the engine's shape (docs/claims.md §3: each counterpart's
// `evidence` and `lang`, the finding's `measure` and `subject`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureWords, whyCompared, whyComparedSentence } from '../../js/lib/evidence.js';
import { languageNamer } from '../../js/lib/languages.js';

const names = languageNamer([{ code: 'fr', name: 'French' }, { code: 'pt-PT', name: 'Portuguese (Portugal)' }, { code: 'zh', name: 'Chinese' }]);
const valuation = { text: '2 trilhões de dólares', measure: 'valuation', subject: 'xAI', verdict: 'conflict' };

test('aligned: the same place in the version, named in English from the engine\'s list', () => {
  assert.equal(whyCompared(valuation, { evidence: 'aligned', lang: 'fr' }, names), 'the same place in the French version');
  assert.equal(whyCompared(valuation, { evidence: 'aligned', lang: 'pt-PT' }, names), 'the same place in the Portuguese (Portugal) version');
  // The extension's background adds the name (`language`); it wins.
  assert.equal(whyCompared(valuation, { evidence: 'aligned', lang: 'zh', language: 'Chinese' }), 'the same place in the Chinese version');
  assert.equal(whyCompared(valuation, { evidence: 'aligned', lang: 'xx' }, names), 'the same place in the xx version');
  assert.equal(whyCompared(valuation, { evidence: 'aligned' }, names), 'the same place in another version of the story');
});

test('measure_subject: both are the subject\'s measure, in words', () => {
  assert.equal(whyCompared(valuation, { evidence: 'measure_subject', lang: 'fr' }, names), 'both are xAI\'s valuation');
  assert.equal(whyCompared({ measure: 'market_cap', subject: 'Nordvolt' }, { evidence: 'measure_subject' }), 'both are Nordvolt\'s market value');
  assert.equal(whyCompared({ measure: 'funding', subject: 'Helix Power' }, { evidence: 'measure_subject' }), 'both are Helix Power\'s funding raised');
  assert.equal(whyCompared({ measure: 'quarterly_revenue' }, { evidence: 'measure_subject' }), 'both are the quarterly revenue', 'an unlisted measure: its name in words');
  assert.equal(whyCompared({}, { evidence: 'measure_subject' }), 'the same measure of the same subject');
});

test('no evidence, no words; as a sentence', () => {
  assert.equal(whyCompared(valuation, { lang: 'fr' }, names), '');
  assert.equal(whyComparedSentence(valuation, {}, names), '');
  assert.equal(whyComparedSentence(valuation, { evidence: 'aligned', lang: 'fr' }, names), 'The same place in the French version.');
  assert.equal(whyComparedSentence(valuation, { evidence: 'measure_subject' }), 'Both are xAI\'s valuation.');
  // The words never decide the verdict: an agreement is explained the same way.
  assert.equal(whyComparedSentence({ ...valuation, verdict: 'agree' }, { evidence: 'measure_subject', verdict: 'agree' }), 'Both are xAI\'s valuation.');
});

test('measure words', () => {
  assert.equal(measureWords('deaths'), 'death toll');
  assert.equal(measureWords('deal_value'), 'deal value');
  assert.equal(measureWords('revenue'), 'revenue');
  assert.equal(measureWords('toString'), 'toString', 'not a property of the table\'s prototype');
  assert.equal(measureWords(undefined), '');
});
