import type { Database } from '../db/database.js';
import type { EntityKind, RelationType } from '../ingest/model.js';
import { subgraphOf, typePattern } from './read-graph.js';
import type { SerializedGraph } from './serialization.js';

export type OverviewOptions = {
  kinds?: readonly EntityKind[];
  types?: readonly RelationType[];
  /** Only entities mentioned in these articles, and only claims these articles make. */
  articles?: readonly string[];
  limit: number;
};

/** The first screen: the most connected entities (by claims of the chosen types and articles) and their edges. */
export async function readOverview(
  db: Database,
  options: OverviewOptions,
): Promise<{ graph: SerializedGraph; total: number; truncated: boolean }> {
  const parameters = {
    kinds: options.kinds?.length ? options.kinds : null,
    articles: options.articles?.length ? options.articles : null,
    limit: options.limit,
  };
  const result = await db.read<{ ids: string[]; total: number }>(
    `MATCH (n:Entity)
     WHERE ($kinds IS NULL OR n.kind IN $kinds)
       AND ($articles IS NULL OR EXISTS { (n)<-[:MENTIONS]-(a:Article) WHERE a.id IN $articles })
     WITH n, COUNT { (n)-[r${typePattern(options.types)}]-(:Entity)
                     WHERE $articles IS NULL OR r.article IN $articles } AS degree
     ORDER BY degree DESC, n.id
     WITH collect(n.id) AS ids
     RETURN ids[0..toInteger($limit)] AS ids, size(ids) AS total`,
    parameters,
  );
  const record = result.records[0];
  const ids = record?.get('ids') ?? [];
  const total = record?.get('total') ?? 0;
  const filter = {
    ...(options.types?.length ? { types: options.types } : {}),
    ...(options.articles?.length ? { articles: options.articles } : {}),
  };
  const graph = await subgraphOf(db, ids, filter);
  return { graph, total, truncated: total > ids.length };
}
