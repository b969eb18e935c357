import { strict as assert } from 'node:assert';
import { cypherLiteral, cypherName, cypherString } from '../../../server/src/export/cypher-literal.js';

describe('cypherLiteral', () => {
  it('quotes strings so that no value can close its literal or the statement', () => {
    assert.equal(cypherString("it's"), "'it\\'s'");
    assert.equal(cypherString('back\\slash'), "'back\\\\slash'");
    assert.equal(cypherString("x'}) DETACH DELETE n; //"), "'x\\'}) DETACH DELETE n; //'");
  });

  it('never puts a raw line break or control character inside a literal', () => {
    const literal = cypherString('a\nb\rc\td\u0000e\u2028f');
    assert.equal(literal, "'a\\nb\\rc\\td\\u0000e\\u2028f'");
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    assert.doesNotMatch(literal, /[\u0000-\u001f\u2028\u2029]/);
  });

  it('writes numbers, booleans, null, lists and maps, and drops undefined map entries', () => {
    assert.equal(
      cypherLiteral({ id: 'JP', count: 55000, contested: false, wikidata: null, role: undefined, aliases: ['a', 'b'] }),
      "{id: 'JP', count: 55000, contested: false, wikidata: null, aliases: ['a', 'b']}",
    );
    assert.throws(() => cypherLiteral(Number.NaN));
  });

  it('puts names that are not plain identifiers in backticks', () => {
    assert.equal(cypherName('Person'), 'Person');
    assert.equal(cypherName('first-reported'), '`first-reported`');
    assert.equal(cypherName('a`b'), '`a``b`');
  });
});
