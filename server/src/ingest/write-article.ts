import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { entityKinds, relationTypes, symmetricTypes, type Extraction } from './model.js';

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

export type PreparedArticle = { record: ArticleRecord; extraction: Extraction };
export type WriteOutcome = 'new' | 'updated' | 'unchanged';

const allowedKinds = new Set<string>(entityKinds);
const allowedTypes = new Set<string>(relationTypes);

/**
 * Writes articles and everything extracted from them in one write transaction: all of it lands, or nothing
 * changes. A changed text first removes the article's old mentions and claims (and entities no other article
 * mentions); an unchanged text (same sha256) is left alone. Labels and relationship types are bound as dynamic
 * labels (`$(…)`) and checked against the fixed lists in model.ts first; every value is a bound parameter.
 * Several articles share a transaction to save round trips; `ingestPaths` retries a failed batch one article at
 * a time, so a bad article still fails alone.
 */
export async function writeArticles(db: Database, articles: PreparedArticle[]): Promise<WriteOutcome[]> {
  for (const { extraction } of articles) assertAllowed(extraction);
  return db.transaction(
    'WRITE',
    async (tx) => {
      const existing = await tx.run<{ id: string; sha256: string }>(
        'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha256',
        { ids: articles.map((article) => article.record.id) },
      );
      const previous = new Map(existing.records.map((record) => [record.get('id'), record.get('sha256')]));
      const outcomes = articles.map(({ record }): WriteOutcome => {
        const sha = previous.get(record.id);
        return sha === record.sha256 ? 'unchanged' : sha === undefined ? 'new' : 'updated';
      });
      const changed = articles.filter((_, index) => outcomes[index] !== 'unchanged');
      const updated = articles.filter((_, index) => outcomes[index] === 'updated').map((article) => article.record.id);
      if (updated.length > 0) await removeArticlesContent(tx, updated);
      if (changed.length > 0) await writeContent(tx, changed);
      return outcomes;
    },
    { timeoutMs: Math.max(db.timeoutMs, 120_000) },
  );
}

export async function writeArticle(
  db: Database,
  article: ArticleRecord,
  extraction: Extraction,
): Promise<WriteOutcome> {
  const [outcome] = await writeArticles(db, [{ record: article, extraction }]);
  return outcome!;
}

function assertAllowed(extraction: Extraction): void {
  for (const entity of extraction.entities) {
    if (!allowedKinds.has(entity.kind))
      throw new Error(`entity kind "${entity.kind}" is not one of ${entityKinds.join(', ')}`);
  }
  for (const relation of extraction.relations) {
    if (!allowedTypes.has(relation.type))
      throw new Error(`relation type "${relation.type}" is not one of ${relationTypes.join(', ')}`);
  }
}

export async function removeArticleContent(tx: ManagedTransaction, articleId: string): Promise<void> {
  await removeArticlesContent(tx, [articleId]);
}

async function removeArticlesContent(tx: ManagedTransaction, articleIds: string[]): Promise<void> {
  // One statement per type, so that each uses its relationship index on `article`.
  for (const type of relationTypes) {
    await tx.run(`UNWIND $articleIds AS articleId MATCH ()-[r:${type} {article: articleId}]->() DELETE r`, {
      articleIds,
    });
  }
  await tx.run(
    `UNWIND $articleIds AS articleId
     MATCH (:Article {id: articleId})-[m:MENTIONS]->(n:Entity)
     DELETE m
     WITH DISTINCT n
     WHERE NOT (n)<-[:MENTIONS]-(:Article) AND NOT (n)--(:Entity)
     DETACH DELETE n`,
    { articleIds },
  );
}

async function writeContent(tx: ManagedTransaction, articles: PreparedArticle[]): Promise<void> {
  await tx.run(
    `UNWIND $articles AS article
     MERGE (a:Article {id: article.id})
     SET a += article, a.ingestedAt = datetime()`,
    { articles: articles.map(({ record }) => record) },
  );

  const entities = new Map<
    string,
    { id: string; kind: string; name: string; aliases: Set<string>; wikidata: string | null }
  >();
  for (const { extraction } of articles) {
    for (const entity of extraction.entities) {
      const row = entities.get(entity.id) ?? {
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        aliases: new Set<string>(),
        wikidata: entity.wikidata ?? null,
      };
      for (const alias of entity.aliases) row.aliases.add(alias);
      entities.set(entity.id, row);
    }
  }
  await tx.run(
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
     ON CREATE SET n.name = row.name, n.aliases = []
     WITH n, row, reduce(acc = coalesce(n.aliases, []), alias IN row.aliases |
       CASE WHEN alias IN acc OR alias = n.name THEN acc ELSE acc + alias END) AS aliases
     // Most entities of a batch (the countries, the people in office) are known already with these very names:
     // writing them again would only churn the store and the full-text index.
     WHERE n.kind IS NULL OR n.kind <> row.kind OR size(aliases) <> size(n.aliases) OR n.searchText IS NULL
       OR (n.wikidata IS NULL AND row.wikidata IS NOT NULL)
     SET n:$(row.kind),
         n.kind = row.kind,
         n.wikidata = coalesce(n.wikidata, row.wikidata),
         n.aliases = aliases,
         n.searchText = reduce(text = n.name, alias IN aliases | text + ' | ' + alias)`,
    { rows: [...entities.values()].map((row) => ({ ...row, aliases: [...row.aliases] })) },
  );

  // The articles are new, or their mentions were just removed (see removeArticlesContent): CREATE, not MERGE.
  const mentions = articles.map(({ record, extraction }) => {
    const byEntity = new Map<string, number[]>();
    for (const mention of extraction.mentions) {
      const spans = byEntity.get(mention.entityId) ?? [];
      spans.push(mention.start, mention.end);
      byEntity.set(mention.entityId, spans);
    }
    return {
      id: record.id,
      mentions: [...byEntity].map(([entity, spans]) => ({ entity, spans, count: spans.length / 2 })),
    };
  });
  await tx.run(
    `UNWIND $articles AS article
     MATCH (a:Article {id: article.id})
     UNWIND article.mentions AS row
     MATCH (n:Entity {id: row.entity})
     CREATE (a)-[:MENTIONS {count: row.count, spans: row.spans}]->(n)`,
    { articles: mentions },
  );

  const claims = articles.flatMap(({ record, extraction }) =>
    extraction.relations.map((relation) => ({
      type: relation.type,
      // A–B and B–A of a symmetric relation are one edge; storing it one way keeps it one.
      ...(symmetricTypes.has(relation.type) && relation.source > relation.target
        ? { source: relation.target, target: relation.source }
        : { source: relation.source, target: relation.target }),
      properties: {
        article: record.id,
        sentence: relation.evidence.sentence,
        start: relation.evidence.start,
        end: relation.evidence.end,
        quote: relation.evidence.text,
        role: relation.role ?? null,
        count: relation.count ?? null,
      },
    })),
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
     CREATE (s)-[r:$(row.type)]->(t)
     SET r = row.properties`,
    { rows: claims },
  );
}
