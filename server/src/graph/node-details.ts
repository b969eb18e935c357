import type { Database } from '../db/database.js';
import { assembleEdges, readNodes, subgraphOf } from './read-graph.js';
import type { EdgeLedger, SerializedGraph, SerializedNode } from './serialization.js';
import type { Claim } from './ledger.js';

export type Relation = {
  key: string;
  type: string;
  direction: 'out' | 'in';
  other: { id: string; kind: string; name: string };
} & EdgeLedger;

export type NodeDetails = {
  node: { id: string } & SerializedNode['attributes'];
  /** How many articles mention the entity. */
  articles: number;
  counts: { type: string; direction: 'out' | 'in'; count: number }[];
  relations: Relation[];
  /** Whether `relations` was cut at the limit (a hub); `counts` always covers all of them. */
  truncated: boolean;
  graph: SerializedGraph;
};

type ClaimRow = { type: string; source: string; target: string; claims: Claim[] };

/**
 * Everything the side panel shows for one entity: its names, its relation counts, and each relation with the
 * sentences that support it. Undefined when no entity has this id.
 */
export async function readNodeDetails(db: Database, id: string, limit: number): Promise<NodeDetails | undefined> {
  const [node] = await readNodes(db, [id]);
  if (!node) return undefined;

  const summary = await db.read<{ articles: number; counts: NodeDetails['counts'] }>(
    `MATCH (n:Entity {id: $id})
     CALL (n) {
       MATCH (n)-[r]-(:Entity)
       WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(*) AS count
       ORDER BY type, direction
       RETURN collect({type: type, direction: direction, count: count}) AS counts
     }
     RETURN COUNT { (n)<-[:MENTIONS]-(:Article) } AS articles, counts`,
    { id },
  );

  // The most supported relations first, so that a hub's cut keeps what matters most.
  const claims = await db.read<ClaimRow>(
    `MATCH (n:Entity {id: $id})-[r]-(m:Entity)
     WITH type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
          collect({article: r.article, sentence: r.sentence, start: r.start, end: r.end, quote: r.quote,
                   role: r.role, count: r.count}) AS claims
     ORDER BY size(claims) DESC, type, source, target
     LIMIT toInteger($cap)
     RETURN type, source, target, claims`,
    { id, cap: limit + 1 },
  );
  const rows = claims.records.map((record) => record.toObject());
  const truncated = rows.length > limit;
  const edges = await assembleEdges(db, rows.slice(0, limit));
  const otherIds = edges.map((edge) => (edge.source === id ? edge.target : edge.source));
  const graph = await subgraphOf(db, [id, ...otherIds], {}, { focus: id });
  const names = new Map(graph.nodes.map((other) => [other.key, other.attributes]));

  const relations: Relation[] = edges.map((edge) => {
    const direction = edge.source === id ? 'out' : 'in';
    const otherId = direction === 'out' ? edge.target : edge.source;
    const other = names.get(otherId);
    const { type, ...ledger } = edge.attributes;
    return {
      key: edge.key,
      type,
      direction,
      other: { id: otherId, kind: other?.kind ?? 'Entity', name: other?.name ?? otherId },
      ...ledger,
    };
  });
  const record = summary.records[0]!;
  return {
    node: { id, ...node.attributes },
    articles: record.get('articles'),
    counts: record.get('counts'),
    relations,
    truncated,
    graph,
  };
}
