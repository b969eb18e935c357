import type { Database } from '../db/database.js';
import type { RelationType } from '../ingest/model.js';
import { subgraphOf, typePattern } from './read-graph.js';
import type { EvidenceItem, SerializedEdge, SerializedGraph } from './serialization.js';

export type Hop = {
  source: string;
  target: string;
  type: string;
  edgeKey: string;
  /** The claim alone: "Lloyd Austin met Shin Won-sik". */
  statement: string;
  /** The hop as a sentence of a story, with its first source: "Lloyd Austin met Shin Won-sik — Outlet: '…'". */
  citation: string;
  evidence: EvidenceItem | null;
};

export type EntityPath = { nodes: string[]; hops: Hop[] };

export type PathOptions = { maxLength: number; all: boolean; types?: readonly RelationType[] };

/** Most distinct paths in an `all` answer; beyond that the picture stops being readable. */
export const maxPaths = 25;

const verbs: Record<string, string> = {
  REPRESENTS: 'represents',
  MET: 'met',
  SIGNED: 'signed',
  PARTY_TO: 'is party to',
  LOCATED_IN: 'lies in',
  OPERATES: 'operates',
  STATIONS_TROOPS_IN: 'stations troops in',
};

/**
 * The shortest path(s) between two entities over typed relations, as node sequences and as cited hops.
 * Parallel claims between the same two entities would multiply `allShortestPaths`; paths are therefore
 * compared by their entities only.
 */
export async function findPaths(
  db: Database,
  from: string,
  to: string,
  options: PathOptions,
): Promise<{ paths: EntityPath[]; graph: SerializedGraph }> {
  const shortest = options.all ? 'allShortestPaths' : 'shortestPath';
  const result = await db.read<{ ids: string[] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = ${shortest}((a)-[${typePattern(options.types)}*..${options.maxLength}]-(b))
     RETURN [n IN nodes(p) | n.id] AS ids
     LIMIT toInteger($rows)`,
    { from, to, rows: maxPaths * 20 },
  );
  const sequences = new Map<string, string[]>();
  for (const record of result.records) {
    const ids = record.get('ids');
    sequences.set(ids.join('\u0000'), ids);
    if (sequences.size >= maxPaths) break;
  }
  const graph = await subgraphOf(
    db,
    [...sequences.values()].flat(),
    options.types?.length ? { types: options.types } : {},
    { from, to },
  );
  const names = new Map(graph.nodes.map((node) => [node.key, node.attributes.name]));
  const paths = [...sequences.values()].map((ids) => ({
    nodes: ids,
    hops: ids.slice(1).map((id, index) => citeHop(ids[index]!, id, graph.edges, names)),
  }));
  // Only edges that lie on a path belong to the answer; other edges among path entities would mislead.
  const onPath = new Set(paths.flatMap((path) => path.hops.map((hop) => hop.edgeKey)));
  graph.edges = graph.edges.filter((edge) => onPath.has(edge.key));
  return { paths, graph };
}

/** The best supported edge between two neighbours of a path (most outlets, then most articles), read as a line. */
function citeHop(a: string, b: string, edges: SerializedEdge[], names: Map<string, string>): Hop {
  const between = edges
    .filter((edge) => (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a))
    .sort((x, y) => y.attributes.outlets - x.attributes.outlets || y.attributes.articles - x.attributes.articles);
  const edge = between[0];
  if (!edge) throw new Error(`no edge between ${a} and ${b} on a path Neo4j returned`);
  const evidence = edge.attributes.evidence[0] ?? null;
  const statement = `${names.get(edge.source) ?? edge.source} ${verbs[edge.attributes.type] ?? edge.attributes.type.toLowerCase()} ${names.get(edge.target) ?? edge.target}`;
  const source = evidence
    ? ` — ${evidence.source ?? evidence.title ?? evidence.article}: '${shorten(evidence.quote)}'`
    : '';
  return {
    source: edge.source,
    target: edge.target,
    type: edge.attributes.type,
    edgeKey: edge.key,
    statement,
    citation: statement + source,
    evidence,
  };
}

function shorten(quote: string, max = 240): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
