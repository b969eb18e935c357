import { strict as assert } from 'node:assert';
import { splitStatements } from '../../../server/src/db/schema.js';
import type { Database } from '../../../server/src/db/database.js';
import type { SerializedGraph } from '../../../server/src/graph/serialization.js';
import { wholeGraph } from '../../../server/src/graph/whole-graph.js';
import { resetGraph } from '../../../server/src/ingest/ingest.js';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { comparable } from '../../support/export.js';

/** Runs the script as cypher-shell would: statement by statement, each in its own auto-commit transaction. */
async function runScript(db: Database, script: string): Promise<number> {
  const statements = splitStatements(script);
  for (const statement of statements) await db.runSchemaCommand(statement);
  return statements.length;
}

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const result = await db.read<{ nodes: number; relationships: number }>(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return result.records[0]!.toObject();
}

describe('the Cypher export recreates the graph in an emptied Neo4j (real Neo4j)', function () {
  this.timeout(180_000);
  let api: SampleApi;
  let original: SerializedGraph;
  let script: string;

  before(async () => {
    api = await sampleApi();
    original = await wholeGraph(api.db);
    const response = await fetch(`${api.baseUrl}/api/export?format=cypher`);
    assert.equal(response.status, 200);
    script = await response.text();
  });

  after(async () => {
    await api.close();
    // Leave the suite's database as the other files expect it: the sample corpus, ingested.
    await (await sampleApi()).close();
  });

  it('rebuilds exactly the same nodes, edges and evidence from the script alone', async () => {
    await resetGraph(api.db);
    assert.equal((await wholeGraph(api.db)).nodes.length, 0, 'the graph should be empty before the script runs');
    const statements = await runScript(api.db, script);
    assert.ok(statements > 5);
    const rebuilt = await wholeGraph(api.db);
    assert.deepEqual(comparable(rebuilt), comparable(original));
  });

  it('changes nothing when run a second time', async () => {
    const before = await counts(api.db);
    await runScript(api.db, script);
    assert.deepEqual(await counts(api.db), before);
    assert.deepEqual(comparable(await wholeGraph(api.db)), comparable(original));
  });

  it('leaves the rebuilt graph searchable, as the app needs it', async () => {
    const response = await api.get<{ results: { id: string }[] }>('/api/search?q=Kishida');
    assert.equal(response.status, 200);
    assert.equal(response.body.results[0]?.id, 'fumio-kishida');
  });
});
