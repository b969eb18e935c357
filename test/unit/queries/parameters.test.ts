import { strict as assert } from 'node:assert';
import neo4j from 'neo4j-driver';
import { BadRequestError } from '../../../server/src/http/errors.js';
import type { ParameterSpec } from '../../../server/src/queries/parameter-spec.js';
import {
  fromJsonParameters,
  resolveParameters,
  sampleValues,
  toCypherParameters,
} from '../../../server/src/queries/parameters.js';

const specs: ParameterSpec[] = [
  { name: 'from', type: 'entityId', description: 'Start' },
  { name: 'person', type: 'entityId', default: null, description: 'Optional person' },
  { name: 'maxLength', type: 'integer', default: 4, min: 1, max: 6, description: 'Most hops' },
  { name: 'share', type: 'float', default: 0.5, min: 0, max: 1, description: 'A share' },
  { name: 'exact', type: 'boolean', default: false, description: 'Exact match' },
  { name: 'kinds', type: 'kind[]', default: [], description: 'Kinds' },
  { name: 'words', type: 'string[]', default: [], max: 2, description: 'Words' },
];

/** The problems a 400 reports, as `parameter: message` lines. */
function problemsOf(input: unknown): string[] {
  try {
    resolveParameters(specs, input);
  } catch (error) {
    assert.ok(error instanceof BadRequestError, String(error));
    assert.equal(error.status, 400);
    return (error.details as { parameter: string; message: string }[]).map(
      (problem) => `${problem.parameter}: ${problem.message}`,
    );
  }
  assert.fail('expected a 400');
}

describe('resolveParameters', () => {
  it('fills in defaults, null for optional parameters without one', () => {
    assert.deepEqual(resolveParameters(specs, { from: 'lloyd-austin' }), {
      from: 'lloyd-austin',
      person: null,
      maxLength: 4,
      share: 0.5,
      exact: false,
      kinds: [],
      words: [],
    });
  });

  it('keeps given values that fit', () => {
    const values = resolveParameters(specs, {
      from: 'US',
      person: 'wang-yi',
      maxLength: 6,
      share: 1,
      exact: true,
      kinds: ['Person', 'Country'],
      words: ['a', 'b'],
    });
    assert.deepEqual(values, {
      from: 'US',
      person: 'wang-yi',
      maxLength: 6,
      share: 1,
      exact: true,
      kinds: ['Person', 'Country'],
      words: ['a', 'b'],
    });
  });

  it('takes an explicit null for an optional parameter as not given', () => {
    assert.equal(resolveParameters(specs, { from: 'US', person: null }).person, null);
  });

  it('refuses a missing required parameter, naming it and its type', () => {
    assert.deepEqual(problemsOf({}), ['from: is required (entityId)']);
  });

  it('refuses an unknown parameter and lists the known ones', () => {
    assert.deepEqual(problemsOf({ from: 'US', to: 'JP' }), [
      'to: unknown parameter; it takes from, person, maxLength, share, exact, kinds, words',
    ]);
  });

  it('refuses values of the wrong type', () => {
    assert.deepEqual(problemsOf({ from: 42 }), ['from: must be a string']);
    assert.deepEqual(problemsOf({ from: 'US', maxLength: '3' }), ['maxLength: must be a whole number']);
    assert.deepEqual(problemsOf({ from: 'US', maxLength: 2.5 }), ['maxLength: must be a whole number']);
    assert.deepEqual(problemsOf({ from: 'US', exact: 'yes' }), ['exact: must be true or false']);
    assert.deepEqual(problemsOf({ from: 'US', kinds: ['Ship'] }), [
      'kinds: must be one of Person, Country, Agreement, Base, Organization',
    ]);
    assert.deepEqual(problemsOf({ from: 'US', maxLength: null }), ['maxLength: must be a whole number']);
  });

  it('refuses values out of range', () => {
    assert.deepEqual(problemsOf({ from: 'US', maxLength: 7 }), ['maxLength: must be at most 6']);
    assert.deepEqual(problemsOf({ from: 'US', maxLength: 0 }), ['maxLength: must be at least 1']);
    assert.deepEqual(problemsOf({ from: 'US', share: 1.5 }), ['share: must be at most 1']);
    assert.deepEqual(problemsOf({ from: 'US', words: ['a', 'b', 'c'] }), ['words: must hold at most 2 items']);
    assert.deepEqual(problemsOf({ from: '' }), ['from: must not be empty']);
    assert.deepEqual(problemsOf({ from: 'x'.repeat(201) }), ['from: must be at most 200 characters long']);
  });

  it('reports every problem at once', () => {
    assert.deepEqual(problemsOf({ nope: 1, maxLength: 99 }), [
      'nope: unknown parameter; it takes from, person, maxLength, share, exact, kinds, words',
      'from: is required (entityId)',
      'maxLength: must be at most 6',
    ]);
  });

  it('refuses parameters that are not an object', () => {
    assert.deepEqual(problemsOf(['US']), ['parameters: must be an object']);
    assert.deepEqual(problemsOf('US'), ['parameters: must be an object']);
  });
});

describe('toCypherParameters', () => {
  it('sends integer parameters as driver integers and leaves floats as numbers', () => {
    const cypher = toCypherParameters(specs, resolveParameters(specs, { from: 'US' }));
    const maxLength = cypher.maxLength;
    assert.ok(neo4j.isInt(maxLength));
    assert.equal(maxLength.toNumber(), 4);
    assert.equal(cypher.share, 0.5);
    assert.equal(cypher.from, 'US');
  });
});

describe('sampleValues', () => {
  it('gives every declared parameter a value, its default where it has one', () => {
    assert.deepEqual(sampleValues(specs), {
      from: '',
      person: '',
      maxLength: 4,
      share: 0.5,
      exact: false,
      kinds: [],
      words: [],
    });
  });
});

describe('fromJsonParameters', () => {
  it('turns whole numbers into driver integers, also inside lists and maps', () => {
    const converted = fromJsonParameters({ n: 3, ratio: 0.25, list: [1, 'a'], nested: { m: 2 } }) as {
      n: unknown;
      ratio: unknown;
      list: unknown[];
      nested: { m: unknown };
    };
    assert.ok(neo4j.isInt(converted.n));
    assert.equal(converted.ratio, 0.25);
    assert.ok(neo4j.isInt(converted.list[0]));
    assert.equal(converted.list[1], 'a');
    assert.ok(neo4j.isInt(converted.nested.m));
  });
});
