// Why two figures were compared (js/lib/evidence.js): the engine's words on each
// counterpart (`basis`, docs/claims.md §3), shown as a sentence; counterparts built
// here in the engine's shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceSentence } from '../../js/lib/evidence.js';

test('the engine\'s basis as a sentence', () => {
  assert.equal(evidenceSentence({ evidence: 'aligned', basis: 'the same place in the French version' }), 'The same place in the French version.');
  assert.equal(evidenceSentence({ evidence: 'measure_subject', basis: 'both are xAI\'s valuation' }), 'Both are xAI\'s valuation.');
  assert.equal(evidenceSentence({ evidence: 'aligned', basis: 'The same place in the Chinese version.' }), 'The same place in the Chinese version.', 'already a sentence');
});

test('no basis, no words (the engine decides; nothing is made up here)', () => {
  assert.equal(evidenceSentence({ evidence: 'aligned' }), '');
  assert.equal(evidenceSentence({ basis: '  ' }), '');
  assert.equal(evidenceSentence({}), '');
});
