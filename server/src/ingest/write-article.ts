import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { entityKinds, relationTypes, type Extraction } from './model.js';

export type ArticleRecord = {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  sha256: string;
  text: string;
};

export type WriteOutcome = 'new' | 'updated' | 'unchanged';

/**
 * Writes one article and everything extracted from it in a single write transaction: either all of it lands or
 * nothing changes. A changed text first removes the article's old mentions and claims (and entities no other
 * article mentions); an unchanged text (same sha256) is left alone. Labels and relationship types in the Cypher
 * come from the fixed lists in model.ts; every value is a bound parameter.
 */
export async function writeArticle(
  db: Database,
  article: ArticleRecord,
  extraction: Extraction,
): Promise<WriteOutcome> {
  const session = db.driver.session({ database: db.connection.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const existing = await tx.run<{ sha256: string }>('MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha256', {
          id: article.id,
        });
        const previous = existing.records[0]?.get('sha256');
        if (previous === article.sha256) return 'unchanged';
        if (previous !== undefined) await removeArticleContent(tx, article.id);
        await tx.run(
          `MERGE (a:Article {id: $article.id})
           SET a += $article, a.ingestedAt = datetime()`,
          { article },
        );
        await writeEntities(tx, extraction);
        await writeMentions(tx, article.id, extraction);
        await writeClaims(tx, article.id, extraction);
        return previous === undefined ? 'new' : 'updated';
      },
      { timeout: Math.max(db.timeoutMs, 60_000) },
    );
  } finally {
    await session.close();
  }
}

export async function removeArticleContent(tx: ManagedTransaction, articleId: string): Promise<void> {
  for (const type of relationTypes) {
    await tx.run(`MATCH ()-[r:${type} {article: $articleId}]->() DELETE r`, { articleId });
  }
  await tx.run(
    `MATCH (:Article {id: $articleId})-[m:MENTIONS]->(n:Entity)
     DELETE m
     WITH DISTINCT n
     WHERE NOT (n)<-[:MENTIONS]-(:Article)
     DETACH DELETE n`,
    { articleId },
  );
}

async function writeEntities(tx: ManagedTransaction, extraction: Extraction): Promise<void> {
  for (const kind of entityKinds) {
    const rows = extraction.entities
      .filter((entity) => entity.kind === kind)
      .map((entity) => ({
        id: entity.id,
        name: entity.name,
        aliases: entity.aliases,
        wikidata: entity.wikidata ?? null,
      }));
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       ON CREATE SET n.name = row.name, n.aliases = []
       SET n:${kind},
           n.kind = $kind,
           n.wikidata = coalesce(n.wikidata, row.wikidata),
           n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases |
             CASE WHEN alias IN acc OR alias = n.name THEN acc ELSE acc + alias END)
       SET n.searchText = reduce(text = n.name, alias IN n.aliases | text + ' | ' + alias)`,
      { rows, kind },
    );
  }
}

async function writeMentions(tx: ManagedTransaction, articleId: string, extraction: Extraction): Promise<void> {
  const byEntity = new Map<string, number[]>();
  for (const mention of extraction.mentions) {
    const spans = byEntity.get(mention.entityId) ?? [];
    spans.push(mention.start, mention.end);
    byEntity.set(mention.entityId, spans);
  }
  const rows = [...byEntity].map(([entity, spans]) => ({ entity, spans, count: spans.length / 2 }));
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (a:Article {id: $articleId})
     UNWIND $rows AS row
     MATCH (n:Entity {id: row.entity})
     MERGE (a)-[m:MENTIONS]->(n)
     SET m.count = row.count, m.spans = row.spans`,
    { articleId, rows },
  );
}

async function writeClaims(tx: ManagedTransaction, articleId: string, extraction: Extraction): Promise<void> {
  for (const type of relationTypes) {
    const rows = extraction.relations
      .filter((relation) => relation.type === type)
      .map((relation) => ({
        source: relation.source,
        target: relation.target,
        properties: {
          article: articleId,
          sentence: relation.evidence.sentence,
          start: relation.evidence.start,
          end: relation.evidence.end,
          quote: relation.evidence.text,
          role: relation.role ?? null,
          count: relation.count ?? null,
        },
      }));
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
       CREATE (s)-[r:${type}]->(t)
       SET r = row.properties`,
      { rows },
    );
  }
}
