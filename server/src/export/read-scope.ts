import type { ApiSettings } from '../config.js';
import type { Database } from '../db/database.js';
import { readEdgesBetween, readNodes, typePattern } from '../graph/read-graph.js';
import { pageSize, wholeGraphEdges, wholeGraphNodes } from '../graph/whole-graph.js';
import { runSavedQueryForGraph } from '../queries/index.js';
import type { GraphPages, NodeAppearance } from './graph-pages.js';
import { unknownScope, type ExportScope } from './scope.js';

/** None of the ids an export named is in the graph: there is nothing to export, and most likely a typo. */
export class UnknownEntitiesError extends Error {
  override name = 'UnknownEntitiesError';
  constructor(readonly ids: string[]) {
    super(
      `None of the requested entities is in the graph: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}. ` +
        'Check the ids (GET /api/search?q= finds them).',
    );
  }
}

/** The scope's graph, ready to read page by page, and the requested ids the graph does not hold. */
export type ScopedGraph = GraphPages & { unknownIds: string[] };

/** A saved query's answer is bounded like every other run of it: the server's row limit and timeout. */
export type ScopeLimits = Pick<ApiSettings, 'rowLimit' | 'queryTimeoutMs'>;

/**
 * Reads a scope from Neo4j. Posted attributes are never trusted: a view's nodes are re-read by key and only its
 * positions and colours are kept. Ids the graph lacks are left out and reported; when it lacks all of them,
 * `UnknownEntitiesError`. A saved query's parameters are checked as when it runs through the API (400 naming the
 * parameter), and an unknown query name is a 404.
 */
export async function readScope(db: Database, scope: ExportScope, limits: ScopeLimits): Promise<ScopedGraph> {
  switch (scope.kind) {
    case 'whole-graph':
      return { nodes: wholeGraphNodes(db), edges: wholeGraphEdges(db), appearance: new Map(), unknownIds: [] };
    case 'entities': {
      const { known, unknown } = await partitionIds(db, scope.ids);
      const ids = scope.neighbours ? [...known, ...(await neighbourIds(db, known))] : known;
      return { ...subgraphPages(db, ids), appearance: new Map(), unknownIds: unknown };
    }
    case 'view': {
      const { known, unknown } = await partitionIds(
        db,
        scope.nodes.map((node) => node.key),
      );
      const appearance = new Map<string, NodeAppearance>();
      for (const { key, ...drawn } of scope.nodes) if (Object.keys(drawn).length > 0) appearance.set(key, drawn);
      return { ...subgraphPages(db, known), appearance, unknownIds: unknown };
    }
    case 'saved-query': {
      // The answer is already within the row limit, so it is held whole and handed on as one page.
      const graph = await runSavedQueryForGraph(db, limits, scope.name, scope.parameters);
      return { nodes: onePage(graph.nodes), edges: onePage(graph.edges), appearance: new Map(), unknownIds: [] };
    }
    default:
      return unknownScope(scope);
  }
}

async function partitionIds(
  db: Database,
  requested: readonly string[],
): Promise<{ known: string[]; unknown: string[] }> {
  const unique = [...new Set(requested)];
  const found = new Set<string>();
  for (const page of inPages(unique)) {
    const result = await db.read<{ id: string }>('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id', {
      ids: page,
    });
    for (const record of result.records) found.add(record.get('id'));
  }
  const known = unique.filter((id) => found.has(id));
  const unknown = unique.filter((id) => !found.has(id));
  if (known.length === 0) throw new UnknownEntitiesError(unknown);
  return { known, unknown };
}

/** Entities one claim away from `ids`, either direction, that are not among `ids`; sorted, so exports are stable. */
async function neighbourIds(db: Database, ids: readonly string[]): Promise<string[]> {
  const seeds = new Set(ids);
  const neighbours = new Set<string>();
  for (const page of inPages(ids)) {
    const result = await db.read<{ id: string }>(
      `UNWIND $ids AS id
       MATCH (:Entity {id: id})-[${typePattern()}]-(n:Entity)
       RETURN DISTINCT n.id AS id`,
      { ids: page },
    );
    for (const record of result.records) if (!seeds.has(record.get('id'))) neighbours.add(record.get('id'));
  }
  return [...neighbours].sort();
}

/** The entities `ids` and the edges among them, one page of ids at a time. */
function subgraphPages(db: Database, ids: readonly string[]): Pick<GraphPages, 'nodes' | 'edges'> {
  return {
    nodes: (async function* () {
      for (const page of inPages(ids)) yield await readNodes(db, page);
    })(),
    edges: (async function* () {
      for (const page of inPages(ids)) yield await readEdgesBetween(db, page, ids);
    })(),
  };
}

async function* onePage<T>(items: T[]): AsyncGenerator<T[]> {
  if (items.length > 0) yield items;
}

function* inPages<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += pageSize) yield items.slice(start, start + pageSize);
}
