import { strict as assert } from 'node:assert';
import type { Database } from '../../../server/src/db/database.js';
import { ingestPaths } from '../../../server/src/ingest/ingest.js';
import { loadLexicon, type Lexicon } from '../../../server/src/ingest/lexicon/lexicon.js';
import { writeArticle } from '../../../server/src/ingest/write-article.js';
import { sampleCorpusDir } from '../../../server/src/cli/sample-corpus.js';
import { testDatabase } from '../../support/database.js';

async function count(db: Database, cypher: string, parameters: Record<string, unknown> = {}): Promise<number> {
  const result = await db.read<{ n: number }>(cypher, parameters);
  return result.records[0]!.get('n');
}

describe('ingest of the sample corpus (real Neo4j)', function () {
  this.timeout(120_000);
  let db: Database;
  let lexicon: Lexicon;

  before(async () => {
    db = testDatabase();
    lexicon = loadLexicon();
    const summary = await ingestPaths(db, lexicon, [sampleCorpusDir]);
    assert.deepEqual(summary.failed, []);
  });
  after(() => db.close());

  it('stores the five articles with the metadata of manifest.json', async () => {
    const result = await db.read<{ id: string; source: string; publishedAt: string; language: string }>(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN a.id AS id, a.source AS source, a.publishedAt AS publishedAt, a.language AS language ORDER BY id`,
      {
        ids: [
          '000_530ece4cdc23e59e',
          '001_3f6f21bc7dcc9bd1',
          '002_c9c1153546be85de',
          '003_f6bb6e040b3f93b2',
          '004_8b276a812c7467b8',
        ],
      },
    );
    assert.equal(result.records.length, 5);
    const second = result.records[1]!;
    assert.equal(second.get('source'), 'Perspektiven Global');
    assert.equal(second.get('publishedAt'), '2024-07-28');
    assert.ok(result.records.every((record) => record.get('language') === 'de'));
  });

  it('finds the person who met Wang Yi', async () => {
    const result = await db.read<{ name: string }>(
      'MATCH (p:Person)-[:MET]-(:Person {id: "wang-yi"}) RETURN DISTINCT p.name AS name',
    );
    assert.deepEqual(
      result.records.map((record) => record.get('name')),
      ['Antony Blinken'],
    );
  });

  it('knows the parties and signatories of the trilateral agreement signed in Tokyo', async () => {
    const result = await db.read<{ parties: string[]; signatories: string[] }>(
      `MATCH (:Person {id: "shin-won-sik"})-[:SIGNED]->(agreement:Agreement)
       OPTIONAL MATCH (country:Country)-[:PARTY_TO]->(agreement)
       OPTIONAL MATCH (signatory:Person)-[:SIGNED]->(agreement)
       RETURN collect(DISTINCT country.id) AS parties, collect(DISTINCT signatory.id) AS signatories`,
    );
    assert.deepEqual([...result.records[0]!.get('parties')].sort(), ['JP', 'KR', 'US']);
    assert.deepEqual([...result.records[0]!.get('signatories')].sort(), [
      'lloyd-austin',
      'minoru-kihara',
      'shin-won-sik',
    ]);
  });

  it('keeps both troop figures side by side, each with its source', async () => {
    const result = await db.read<{ count: number; outlet: string | null; article: string }>(
      `MATCH (:Country {id: "US"})-[r:STATIONS_TROOPS_IN]->(:Country {id: "JP"})
       WHERE r.count IS NOT NULL
       MATCH (a:Article {id: r.article})
       RETURN r.count AS count, a.source AS outlet, a.id AS article ORDER BY count`,
    );
    const figures = result.records.map((record) => [record.get('count'), record.get('article')]);
    assert.deepEqual(figures, [
      [54000, '001_3f6f21bc7dcc9bd1'],
      [55000, '000_530ece4cdc23e59e'],
    ]);
    assert.equal(result.records[0]!.get('outlet'), 'Perspektiven Global');
  });

  it('quotes, for every claim, the sentence at its offsets in the stored article text', async () => {
    const result = await db.read<{ quote: string; excerpt: string }>(
      `MATCH (:Entity)-[r]->(:Entity) MATCH (a:Article {id: r.article})
       RETURN r.quote AS quote, substring(a.text, r.start, r.end - r.start) AS excerpt`,
    );
    assert.ok(result.records.length > 40);
    for (const record of result.records) assert.equal(record.get('excerpt'), record.get('quote'));
  });

  it('makes one node of one real-world thing across articles', async () => {
    assert.equal(await count(db, 'MATCH (n:Entity) WHERE n.name = "Lloyd Austin" RETURN count(n) AS n'), 1);
    assert.equal(
      await count(db, 'MATCH (a:Article)-[:MENTIONS]->(:Person {id: "lloyd-austin"}) RETURN count(a) AS n'),
      3,
    );
  });

  it('changes nothing when the same input is ingested again', async () => {
    const before = await count(db, 'MATCH ()-[r]->() RETURN count(r) AS n');
    const summary = await ingestPaths(db, lexicon, [sampleCorpusDir]);
    assert.equal(summary.unchanged, 5);
    assert.equal(summary.new + summary.updated, 0);
    assert.equal(await count(db, 'MATCH ()-[r]->() RETURN count(r) AS n'), before);
  });

  it('leaves the graph as it was when writing an article fails half-way', async () => {
    // A node that already holds the id as a Person without the Entity label makes the article's last entity
    // violate the uniqueness constraint, after the Article node and other entities were written in the same transaction.
    await db.write('CREATE (:Person {id: "clash-probe"})');
    const nodesBefore = await count(db, 'MATCH (n) RETURN count(n) AS n');
    const relationshipsBefore = await count(db, 'MATCH ()-[r]->() RETURN count(r) AS n');
    await assert.rejects(
      writeArticle(
        db,
        {
          id: 'atomic-probe',
          title: 't',
          source: null,
          url: null,
          publishedAt: null,
          language: 'de',
          sha256: 'x',
          text: 'Text.',
        },
        {
          entities: [
            { id: 'US', kind: 'Country', name: 'United States', aliases: ['Amerika-Probe'] },
            { id: 'clash-probe', kind: 'Person', name: 'Clash', aliases: [] },
          ],
          mentions: [{ entityId: 'US', start: 0, end: 4, surface: 'Text', sentence: 0 }],
          relations: [],
        },
      ),
      /already exists/,
    );
    assert.equal(await count(db, 'MATCH (n) RETURN count(n) AS n'), nodesBefore);
    assert.equal(await count(db, 'MATCH ()-[r]->() RETURN count(r) AS n'), relationshipsBefore);
    assert.equal(await count(db, 'MATCH (a:Article {id: "atomic-probe"}) RETURN count(a) AS n'), 0);
    assert.equal(
      await count(db, 'MATCH (c:Country {id: "US"}) WHERE "Amerika-Probe" IN c.aliases RETURN count(c) AS n'),
      0,
    );
    await db.write('MATCH (n:Person {id: "clash-probe"}) DELETE n');
  });
});
