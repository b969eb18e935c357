import type { Database } from '../db/database.js';
import { relationTypes, type RelationType } from '../ingest/model.js';
import { type Claim, ledgerOf } from './ledger.js';
import {
  edgeKey,
  graphOptions,
  type EdgeLedger,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from './serialization.js';

/** Which claims count: only some relation types, only claims of some articles. Unset means all. */
export type ClaimFilter = { types?: readonly RelationType[]; articles?: readonly string[] };

/**
 * A claim with its article's title, outlet and date, for a query that has bound the claim as `r` and its article
 * as `a` (see `articleOfClaim`): one index lookup inside the query instead of another round trip.
 */
export const claimProjection = `{article: r.article, title: a.title, source: a.source, publishedAt: a.publishedAt,
  sentence: r.sentence, start: r.start, end: r.end, quote: r.quote, role: r.role, count: r.count}`;
export const articleOfClaim = 'OPTIONAL MATCH (a:Article {id: r.article})';

/** The claim relationship types a query may traverse, as a Cypher pattern fragment (`:A|B`); never user text. */
export function typePattern(types: readonly RelationType[] = relationTypes): string {
  for (const type of types) {
    if (!(relationTypes as readonly string[]).includes(type)) throw new Error(`unknown relation type ${type}`);
  }
  return `:${(types.length ? types : relationTypes).join('|')}`;
}

export async function readNodes(db: Database, ids: readonly string[]): Promise<SerializedNode[]> {
  if (ids.length === 0) return [];
  const result = await db.read<{ node: SerializedNode }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN {key: n.id, attributes: {kind: n.kind, name: n.name, aliases: coalesce(n.aliases, []), wikidata: n.wikidata}} AS node`,
    { ids },
  );
  return result.records.map((record) => toNode(record.get('node')));
}

export function toNode(node: SerializedNode): SerializedNode {
  if (node.attributes.wikidata == null) delete node.attributes.wikidata;
  return node;
}

export type ClaimRow = { type: string; source: string; target: string; claims: Claim[] };

/** Edges whose both ends are among `ids`. */
export function readEdgesAmong(db: Database, ids: readonly string[], filter: ClaimFilter = {}) {
  return readEdges(db, ids, filter, ids);
}

/** Edges that leave one of `ids`, wherever they go: a page of the whole graph's edges. */
export function readEdgesFrom(db: Database, ids: readonly string[], filter: ClaimFilter = {}) {
  return readEdges(db, ids, filter, null);
}

/** Edges that leave one of `sources` and end at one of `targets`: a page of a large subgraph's edges. */
export function readEdgesBetween(
  db: Database,
  sources: readonly string[],
  targets: readonly string[],
  filter: ClaimFilter = {},
) {
  return readEdges(db, sources, filter, targets);
}

async function readEdges(
  db: Database,
  ids: readonly string[],
  filter: ClaimFilter,
  targets: readonly string[] | null,
): Promise<SerializedEdge[]> {
  if (ids.length === 0) return [];
  const result = await db.read<ClaimRow>(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})-[r${typePattern(filter.types)}]->(t:Entity)
     WHERE ${targets ? 't.id IN $targets AND ' : ''}($articles IS NULL OR r.article IN $articles)
     ${articleOfClaim}
     WITH type(r) AS type, s.id AS source, t.id AS target, collect(${claimProjection}) AS claims
     RETURN type, source, target, claims`,
    { ids, targets, articles: filter.articles ?? null },
  );
  return toEdges(result.records.map((record) => record.toObject()));
}

/** One edge per row of claims grouped by (type, source, target), with its ledger. */
export function toEdges(rows: ClaimRow[]): SerializedEdge[] {
  return rows.map((row) => toEdge(row.type, row.source, row.target, ledgerOf(row.claims)));
}

/** The edge `type` from `source` to `target`, with its ledger. */
export function toEdge(type: string, source: string, target: string, ledger: EdgeLedger): SerializedEdge {
  return { key: edgeKey(type, source, target), source, target, attributes: { type, ...ledger } };
}

/** The entities `ids` and every edge among them. */
export async function subgraphOf(
  db: Database,
  ids: readonly string[],
  filter: ClaimFilter = {},
  attributes: Record<string, unknown> = {},
): Promise<SerializedGraph> {
  const unique = [...new Set(ids)];
  const [nodes, edges] = await Promise.all([readNodes(db, unique), readEdgesAmong(db, unique, filter)]);
  return { attributes: { name: 'Alliance Atlas', ...attributes }, options: { ...graphOptions }, nodes, edges };
}
