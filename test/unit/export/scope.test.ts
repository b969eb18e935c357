import { strict as assert } from 'node:assert';
import { describeScope, scopeSlug } from '../../../server/src/export/scope.js';

describe('scopeSlug', () => {
  it('names the scope in a file name', () => {
    assert.equal(scopeSlug({ kind: 'whole-graph' }), 'whole-graph');
    assert.equal(scopeSlug({ kind: 'entities', ids: ['lloyd-austin'], neighbours: false }), 'lloyd-austin');
    assert.equal(scopeSlug({ kind: 'entities', ids: ['JP'], neighbours: true }), 'JP-neighbours');
    assert.equal(scopeSlug({ kind: 'entities', ids: ['JP', 'US', 'KR'], neighbours: false }), '3-entities');
    assert.equal(scopeSlug({ kind: 'view', nodes: [{ key: 'JP' }] }), 'view');
  });

  it('keeps only letters, digits, - and _ of an id, so no header or path can be broken', () => {
    assert.equal(scopeSlug({ kind: 'entities', ids: ['a"b\\c/../d;e'], neighbours: false }), 'a-b-c-d-e');
    assert.equal(scopeSlug({ kind: 'entities', ids: ['Südkorea'], neighbours: false }), 'Sudkorea');
    assert.equal(scopeSlug({ kind: 'entities', ids: ['"""'], neighbours: false }), 'entity');
  });
});

describe('describeScope', () => {
  it('says what was exported', () => {
    assert.equal(
      describeScope({ kind: 'entities', ids: ['JP'], neighbours: true }),
      'entities JP with their neighbours',
    );
    assert.equal(describeScope({ kind: 'view', nodes: [{ key: 'JP' }, { key: 'US' }] }), 'a view of 2 entities');
  });
});
