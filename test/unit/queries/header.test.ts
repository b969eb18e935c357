import { strict as assert } from 'node:assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFileQueries, shippedQueries } from '../../../server/src/queries/file-queries.js';
import { parseSavedQuery, SavedQueryFormatError } from '../../../server/src/queries/header.js';

const file = 'cypher/saved/example.cypher';

/** Asserts that parsing fails on `line` with a message matching `problem`. */
function assertFormatError(text: string, line: number, problem: RegExp, expectedName?: string): void {
  assert.throws(
    () => parseSavedQuery(text, file, expectedName),
    (error: unknown) => {
      assert.ok(error instanceof SavedQueryFormatError, `expected SavedQueryFormatError, got ${String(error)}`);
      assert.equal(error.file, file);
      assert.equal(error.line, line, `line of "${error.message}"`);
      assert.match(error.message, problem);
      assert.ok(error.message.startsWith(`${file}:${line}: `));
      return true;
    },
  );
}

describe('parseSavedQuery', () => {
  const example = [
    '// name: example',
    '// title: People of a country',
    '// description: Everyone who represents a country,',
    '//   with their roles.',
    '// param: country entityId default=US — The country',
    '// param: kinds kind[] default=["Person", "Organization"] — Kinds to keep',
    '// param: label string default="two words — with a dash" — A label',
    '// param: limit integer default=10 min=1 max=100 -- How many',
    '// param: share float min=0 max=1 — A share, required',
    '',
    '// A comment of the query itself, not of the header.',
    'MATCH (p:Person)-[:REPRESENTS]->(:Country {id: $country})',
    'RETURN p LIMIT $limit',
  ].join('\n');

  it('reads name, title, a description continued on an indented line, and the Cypher after the header', () => {
    const query = parseSavedQuery(example, file);
    assert.equal(query.name, 'example');
    assert.equal(query.title, 'People of a country');
    assert.equal(query.description, 'Everyone who represents a country, with their roles.');
    assert.equal(
      query.cypher,
      [
        '// A comment of the query itself, not of the header.',
        'MATCH (p:Person)-[:REPRESENTS]->(:Country {id: $country})',
        'RETURN p LIMIT $limit',
      ].join('\n'),
    );
  });

  it('reads each parameter with its type, default, bounds and description', () => {
    const [country, kinds, label, limit, share] = parseSavedQuery(example, file).parameters;
    assert.deepEqual(country, { name: 'country', type: 'entityId', default: 'US', description: 'The country' });
    assert.deepEqual(kinds, {
      name: 'kinds',
      type: 'kind[]',
      default: ['Person', 'Organization'],
      description: 'Kinds to keep',
    });
    assert.deepEqual(label, {
      name: 'label',
      type: 'string',
      default: 'two words — with a dash',
      description: 'A label',
    });
    assert.deepEqual(limit, { name: 'limit', type: 'integer', default: 10, min: 1, max: 100, description: 'How many' });
    assert.deepEqual(share, { name: 'share', type: 'float', min: 0, max: 1, description: 'A share, required' });
  });

  it('takes default=null as an optional parameter without a value', () => {
    const query = parseSavedQuery(
      '// name: example\n// title: T\n// param: person entityId default=null — Optional person\nRETURN $person',
      file,
    );
    assert.equal(query.parameters[0]!.default, null);
  });

  it('reports an unknown header key on its line', () => {
    assertFormatError('// name: example\n// title: T\n// author: me\nRETURN 1', 3, /unknown header key "author"/);
  });

  it('reports a comment line that is neither a key nor a continuation', () => {
    assertFormatError('// name: example\n// just a remark\nRETURN 1', 2, /expected "\/\/ key: value"/);
  });

  it('reports a missing title on line 1', () => {
    assertFormatError('// name: example\n// description: no title\nRETURN 1', 1, /title: is required/);
  });

  it('reports a name that is not kebab-case on its line', () => {
    assertFormatError('// title: T\n// name: Who_Met\nRETURN 1', 2, /name: must be kebab-case/);
  });

  it('reports a name that differs from the file name', () => {
    assertFormatError('// title: T\n// name: other\nRETURN 1', 2, /differs from the file name/, 'example');
  });

  it('reports a key given twice, naming the first line', () => {
    assertFormatError(
      '// name: example\n// title: A\n// title: B\nRETURN 1',
      3,
      /title is given twice \(first on line 2\)/,
    );
  });

  it('reports an unknown parameter type on the parameter line', () => {
    assertFormatError('// name: example\n// title: T\n// param: n number — N\nRETURN $n', 3, /unknown type "number"/);
  });

  it('reports an unknown parameter option', () => {
    assertFormatError(
      '// name: example\n// title: T\n// param: n integer step=2 — N\nRETURN $n',
      3,
      /unknown option "step"/,
    );
  });

  it('reports a default that does not fit the type', () => {
    assertFormatError(
      '// name: example\n// title: T\n// param: n integer default=ten — N\nRETURN $n',
      3,
      /default=ten is not a valid integer/,
    );
    assertFormatError(
      '// name: example\n// title: T\n// param: kind kind default=Ship — K\nRETURN $kind',
      3,
      /param kind default: default "Ship" does not fit/,
    );
  });

  it('reports a default outside the bounds', () => {
    assertFormatError(
      '// name: example\n// title: T\n// param: n integer default=7 min=1 max=6 — N\nRETURN $n',
      3,
      /default 7 does not fit: must be at most 6/,
    );
  });

  it('reports min greater than max, and bounds on a type without them', () => {
    assertFormatError(
      '// name: example\n// title: T\n// param: n integer min=5 max=1 — N\nRETURN $n',
      3,
      /min 5 is greater than max 1/,
    );
    assertFormatError(
      '// name: example\n// title: T\n// param: b boolean min=1 — B\nRETURN $b',
      3,
      /do not apply to type boolean/,
    );
  });

  it('reports a parameter without a description', () => {
    assertFormatError('// name: example\n// title: T\n// param: n integer\nRETURN $n', 3, /description: must say what/);
  });

  it('reports a parameter declared twice on the second declaration', () => {
    assertFormatError(
      '// name: example\n// title: T\n// param: n integer — N\n// param: n string — N again\nRETURN $n',
      4,
      /declared twice/,
    );
  });

  it('reports a continuation line with nothing to continue', () => {
    assertFormatError('//   stray text\n// name: example\nRETURN 1', 1, /continues nothing/);
  });

  it('reports a file without Cypher after its header', () => {
    assertFormatError('// name: example\n// title: T\n\n   \n', 3, /cypher: must not be empty/);
  });
});

describe('loadFileQueries', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-saved-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads every .cypher file of a folder in name order and ignores other files', async () => {
    await writeFile(join(dir, 'b-query.cypher'), '// name: b-query\n// title: B\nRETURN 2');
    await writeFile(join(dir, 'a-query.cypher'), '// name: a-query\n// title: A\nRETURN 1');
    await writeFile(join(dir, 'notes.md'), '# not a query');
    assert.deepEqual(
      loadFileQueries(dir).map((query) => query.name),
      ['a-query', 'b-query'],
    );
  });

  it('fails on the first malformed file, naming it and the line', async () => {
    await writeFile(join(dir, 'good.cypher'), '// name: good\n// title: Good\nRETURN 1');
    await writeFile(join(dir, 'broken.cypher'), '// name: broken\n// title: Broken\n// param: x strng — X\nRETURN $x');
    assert.throws(() => loadFileQueries(dir), /broken\.cypher:3: param: x: unknown type "strng"/);
  });
});

describe('the shipped saved queries', () => {
  it('are at least eight, each with a title, a description and described parameters', () => {
    const queries = shippedQueries();
    assert.ok(queries.length >= 8, `only ${queries.length} shipped queries`);
    for (const query of queries) {
      assert.ok(query.title.length > 0, query.name);
      assert.ok(query.description.length > 20, `${query.name} needs a description`);
      for (const parameter of query.parameters) assert.ok(parameter.description.length > 0, parameter.name);
    }
  });

  it('include the queries the product promises', () => {
    const names = shippedQueries().map((query) => query.name);
    for (const name of [
      'who-met-whom',
      'agreement-parties',
      'bases-by-country',
      'shortest-path',
      'article-claims',
      'country-officials',
      'shared-agreements',
      'most-connected',
    ]) {
      assert.ok(names.includes(name), `missing ${name}`);
    }
  });

  it('bound the shortest path to 1..6 hops', () => {
    const maxLength = shippedQueries()
      .find((query) => query.name === 'shortest-path')!
      .parameters.find((parameter) => parameter.name === 'maxLength');
    assert.deepEqual([maxLength?.type, maxLength?.min, maxLength?.max], ['integer', 1, 6]);
  });
});
