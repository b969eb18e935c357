import type { Database } from '../db/database.js';
import { readEdgesFrom, readNodes, type ClaimFilter } from './read-graph.js';
import { graphOptions, type SerializedEdge, type SerializedGraph, type SerializedNode } from './serialization.js';

/** How many entities one page of the whole graph holds; bounds the memory of one read. */
export const pageSize = 2_000;

/** Every entity id, in pages, in a stable order. */
export async function* entityIdPages(db: Database, size = pageSize): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const result = await db.read<{ id: string }>(
      'MATCH (n:Entity) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT toInteger($size)',
      { after, size },
      { timeoutMs: 60_000 },
    );
    const ids = result.records.map((record) => record.get('id'));
    if (ids.length === 0) return;
    yield ids;
    if (ids.length < size) return;
    after = ids[ids.length - 1]!;
  }
}

/** The whole graph's entities, page by page. */
export async function* wholeGraphNodes(db: Database): AsyncGenerator<SerializedNode[]> {
  for await (const ids of entityIdPages(db)) yield await readNodes(db, ids);
}

/** The whole graph's edges, page by page (by source entity), each with its evidence ledger. */
export async function* wholeGraphEdges(db: Database, filter: ClaimFilter = {}): AsyncGenerator<SerializedEdge[]> {
  for await (const ids of entityIdPages(db)) yield await readEdgesFrom(db, ids, filter);
}

/**
 * The whole graph in memory: every entity, and one edge per (type, source, target) carrying all the claims
 * (evidence) that state it. Articles and mentions are sources, not nodes of the network.
 */
export async function wholeGraph(db: Database): Promise<SerializedGraph> {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  for await (const page of wholeGraphNodes(db)) nodes.push(...page);
  for await (const page of wholeGraphEdges(db)) edges.push(...page);
  return { attributes: { name: 'Alliance Atlas' }, options: { ...graphOptions }, nodes, edges };
}
