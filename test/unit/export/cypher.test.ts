import { strict as assert } from 'node:assert';
import { cypherBatchSize, cypherChunks } from '../../../server/src/export/cypher.js';
import { splitStatements } from '../../../server/src/db/schema.js';
import type { SerializedNode } from '../../../server/src/graph/serialization.js';
import { collect, pagesOf } from '../../support/export.js';
import { fixtureGraph, hostileName } from './fixture.js';

const about = { description: 'the whole graph', date: '2026-11-23' };
const schema = ['CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'];

describe('cypherChunks', () => {
  it('starts with the schema, then entities, articles and claims, each a statement ending in ";" at a line end', async () => {
    const statements = splitStatements(await collect(cypherChunks(pagesOf(fixtureGraph()), about, schema)));
    assert.equal(statements[0], schema[0]);
    assert.match(statements[1]!, /^CALL db\.awaitIndexes/);
    const kinds = statements.map((statement) =>
      /MERGE \(n:Entity/.test(statement)
        ? 'entities'
        : /MERGE \(a:Article/.test(statement)
          ? 'articles'
          : /MERGE \(s\)-\[r:/.test(statement)
            ? 'claims'
            : 'schema',
    );
    assert.deepEqual([...new Set(kinds)], ['schema', 'entities', 'articles', 'claims']);
  });

  it('writes one relationship per claim, MERGEd on article and position, with role and count', async () => {
    const text = await collect(cypherChunks(pagesOf(fixtureGraph(), { pageSize: 100 }), about, schema));
    assert.match(
      text,
      /MERGE \(s\)-\[r:STATIONS_TROOPS_IN \{article: row\.article, sentence: row\.sentence, start: row\.start, end: row\.end\}\]->\(t\)/,
    );
    assert.match(
      text,
      /\{source: 'US', target: 'JP', article: 'a1', sentence: 2, start: 10, end: 80, quote: '[^']*', count: 55000\}/,
    );
    assert.match(text, /role: 'Außenminister'/);
    assert.equal(text.match(/article: 'a1', sentence/g)?.length, 2, 'two claims cite a1');
  });

  it('writes each cited article once, across edge pages', async () => {
    const text = await collect(cypherChunks(pagesOf(fixtureGraph(), { pageSize: 1 }), about, schema));
    assert.equal(text.match(/\{id: 'a1', title:/g)?.length, 1);
  });

  it('sets the kind as a label, from the model only', async () => {
    const text = await collect(cypherChunks(pagesOf(fixtureGraph()), about, schema));
    assert.match(text, /SET n:Country, n\.kind = 'Country'/);
    const intruder: SerializedNode = {
      key: 'x',
      attributes: { kind: 'Person) DETACH DELETE (m', name: 'x', aliases: [] },
    };
    await assert.rejects(
      collect(cypherChunks(pagesOf({ nodes: [intruder], edges: [] }), about, schema)),
      /entity kind/,
    );
  });

  it('escapes hostile text inside its literals', async () => {
    const text = await collect(cypherChunks(pagesOf(fixtureGraph()), about, schema));
    assert.ok(text.includes(`name: '<img src=x onerror=alert(1)> & "Q"'`), hostileName);
    assert.ok(text.includes(`'it\\'s'`));
    assert.ok(text.includes(`quote: 'Etwa 54.000 "US-Soldaten"\\nsind dort.'`));
  });

  it(`splits long pages into statements of at most ${cypherBatchSize} rows`, async () => {
    const nodes = Array.from({ length: cypherBatchSize + 1 }, (_, index) => ({
      key: `p${index}`,
      attributes: { kind: 'Person', name: `P ${index}`, aliases: [] },
    }));
    const statements = splitStatements(
      await collect(cypherChunks(pagesOf({ nodes, edges: [] }, { pageSize: 1000 }), about, [])),
    );
    const entityStatements = statements.filter((statement) => statement.includes('MERGE (n:Entity'));
    assert.equal(entityStatements.length, 2);
  });
});
