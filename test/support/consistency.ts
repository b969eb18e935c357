import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Database } from '../../server/src/db/database.js';
import { prepareArticle } from '../../server/src/ingest/ingest.js';
import type { Lexicon } from '../../server/src/ingest/lexicon/lexicon.js';

/**
 * Checks that every article in the graph is whole: exactly the claims and mentions its extraction gives, no more
 * (left over) and no fewer (half-written). Returns the ids of the articles found.
 */
export async function assertArticlesWhole(db: Database, corpusFile: string, lexicon: Lexicon): Promise<string[]> {
  const inputs = new Map<string, { id: string; text: string; source?: string; publishedAt?: string }>();
  for (const line of readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean)) {
    const input = JSON.parse(line) as { id: string; text: string };
    inputs.set(input.id, input);
  }
  const stored = await db.read<{ id: string; claims: number; mentions: number }>(
    `MATCH (a:Article)
     RETURN a.id AS id,
            COUNT { ()-[r]->() WHERE r.article = a.id } AS claims,
            COUNT { (a)-[:MENTIONS]->() } AS mentions`,
    {},
    { timeoutMs: 60_000 },
  );
  for (const record of stored.records) {
    const { id, claims, mentions } = record.toObject();
    const input = inputs.get(id);
    assert.ok(input, `article ${id} is not in the corpus`);
    const { extraction } = prepareArticle({ ...input, origin: corpusFile }, lexicon);
    assert.equal(claims, extraction.relations.length, `claims of ${id}`);
    assert.equal(mentions, new Set(extraction.mentions.map((mention) => mention.entityId)).size, `mentions of ${id}`);
  }
  return stored.records.map((record) => record.get('id'));
}
