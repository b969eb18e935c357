import type { Database } from '../db/database.js';
import type { EntityKind, RelationType } from '../ingest/model.js';
import { subgraphOf, typePattern } from './read-graph.js';
import type { SerializedGraph } from './serialization.js';

export type NeighbourhoodOptions = {
  depth: number;
  kinds?: readonly EntityKind[];
  types?: readonly RelationType[];
  /** Most neighbours in the answer; the most connected (nearest first) are kept. */
  limit: number;
};

export type NeighbourCounts = { byKind: Record<string, number>; byType: Record<string, number> };

export type Neighbourhood = {
  /** Every neighbour found within the depth, before the limit. */
  total: number;
  truncated: boolean;
  counts: NeighbourCounts;
  /** Kept neighbours, nearest and most connected first. */
  ids: string[];
};

/** Past this many neighbours in one ring the search stops widening: a hub's thousands are counted, not listed. */
const ringCap = 20_000;

type Ring = { id: string; kind: string; types: string[]; weight: number };

/**
 * The entities within `depth` hops, found ring by ring (breadth first), so that a deep expansion costs one query
 * per ring instead of enumerating every path. Traversal follows only the chosen kinds and relation types.
 */
export async function findNeighbourhood(
  db: Database,
  id: string,
  options: NeighbourhoodOptions,
): Promise<Neighbourhood> {
  const seen = new Set([id]);
  const found: Ring[] = [];
  const counts: NeighbourCounts = { byKind: {}, byType: {} };
  let frontier = [id];
  let capped = false;
  for (let ring = 1; ring <= options.depth && frontier.length > 0; ring += 1) {
    const result = await db.read<Ring>(
      `UNWIND $frontier AS id
       MATCH (:Entity {id: id})-[r${typePattern(options.types)}]-(m:Entity)
       WHERE ($kinds IS NULL OR m.kind IN $kinds)
       RETURN m.id AS id, m.kind AS kind, collect(DISTINCT type(r)) AS types, count(r) AS weight
       ORDER BY weight DESC, id
       LIMIT toInteger($cap)`,
      { frontier, kinds: options.kinds?.length ? options.kinds : null, cap: ringCap + seen.size },
    );
    if (result.records.length >= ringCap + seen.size) capped = true;
    const next: string[] = [];
    for (const record of result.records) {
      const neighbour = record.toObject();
      if (seen.has(neighbour.id)) continue;
      seen.add(neighbour.id);
      found.push(neighbour);
      next.push(neighbour.id);
      counts.byKind[neighbour.kind] = (counts.byKind[neighbour.kind] ?? 0) + 1;
      for (const type of neighbour.types) counts.byType[type] = (counts.byType[type] ?? 0) + 1;
    }
    frontier = next;
  }
  return {
    total: found.length,
    truncated: capped || found.length > options.limit,
    counts,
    ids: found.slice(0, options.limit).map((neighbour) => neighbour.id),
  };
}

/** The node, its kept neighbours and every edge among them (restricted to the chosen relation types). */
export async function neighbourhoodGraph(
  db: Database,
  id: string,
  neighbourhood: Neighbourhood,
  types?: readonly RelationType[],
): Promise<SerializedGraph> {
  return subgraphOf(db, [id, ...neighbourhood.ids], types?.length ? { types } : {}, { focus: id });
}
