import { strict as assert } from 'node:assert';
import { WordMemo } from '../../../../server/src/ingest/text/word-memo.js';

describe('WordMemo', () => {
  it('computes a word once and answers from memory after', () => {
    const computed: string[] = [];
    const memo = new WordMemo((word: string) => {
      computed.push(word);
      return word.length;
    });
    assert.equal(memo.of('Abkommen'), 8);
    assert.equal(memo.of('Abkommen'), 8);
    assert.equal(memo.of('treaty'), 6);
    assert.deepEqual(computed, ['Abkommen', 'treaty']);
  });

  it('forgets everything past its limit and still answers right', () => {
    const computed: string[] = [];
    const memo = new WordMemo((word: string) => {
      computed.push(word);
      return word.toUpperCase();
    }, 2);
    for (const word of ['a', 'b', 'c', 'a']) memo.of(word);
    // 'c' found the memory full (a, b) and cleared it, so 'a' is computed again.
    assert.deepEqual(computed, ['a', 'b', 'c', 'a']);
    assert.equal(memo.of('c'), 'C');
    assert.equal(computed.length, 4);
  });
});
