import type { Database } from '../db/database.js';
import { articleOfClaim, claimProjection, toEdges, toNode, type ClaimRow } from './read-graph.js';
import { graphOptions, type EdgeLedger, type SerializedGraph, type SerializedNode } from './serialization.js';

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
  /** The entity and its related entities with the edges that join them to it. */
  graph: SerializedGraph;
};

type DetailsRow = {
  node: SerializedNode;
  articles: number;
  counts: NodeDetails['counts'];
  rows: ClaimRow[];
  others: SerializedNode[];
};

const nodeProjection = (variable: string) =>
  `{key: ${variable}.id, attributes: {kind: ${variable}.kind, name: ${variable}.name,
    aliases: coalesce(${variable}.aliases, []), wikidata: ${variable}.wikidata}}`;

/**
 * Everything the side panel shows for one entity, in one query: its names, its relation counts, and each relation
 * with the sentences that support it, the best supported first so that a hub's cut keeps what matters most.
 * Undefined when no entity has this id.
 */
export async function readNodeDetails(db: Database, id: string, limit: number): Promise<NodeDetails | undefined> {
  const result = await db.read<DetailsRow>(
    `MATCH (n:Entity {id: $id})
     CALL (n) {
       MATCH (n)-[r]-(:Entity)
       WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(*) AS count
       ORDER BY type, direction
       RETURN collect({type: type, direction: direction, count: count}) AS counts
     }
     CALL (n) {
       MATCH (n)-[r]-(m:Entity)
       ${articleOfClaim}
       WITH m, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, collect(${claimProjection}) AS claims
       ORDER BY size(claims) DESC, type, source, target
       LIMIT toInteger($cap)
       RETURN collect({type: type, source: source, target: target, claims: claims}) AS rows,
              collect(DISTINCT ${nodeProjection('m')}) AS others
     }
     RETURN ${nodeProjection('n')} AS node, COUNT { (n)<-[:MENTIONS]-(:Article) } AS articles, counts, rows, others`,
    { id, cap: limit + 1 },
  );
  const record = result.records[0];
  if (!record) return undefined;
  const node = toNode(record.get('node'));
  const rows = record.get('rows');
  const truncated = rows.length > limit;
  const edges = toEdges(rows.slice(0, limit));
  const others = record.get('others').map(toNode);
  const names = new Map(others.map((other) => [other.key, other.attributes]));

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
  const kept = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return {
    node: { id, ...node.attributes },
    articles: record.get('articles'),
    counts: record.get('counts'),
    relations,
    truncated,
    graph: {
      attributes: { name: 'Alliance Atlas', focus: id },
      options: { ...graphOptions },
      nodes: [node, ...others.filter((other) => kept.has(other.key) && other.key !== id)],
      edges,
    },
  };
}
