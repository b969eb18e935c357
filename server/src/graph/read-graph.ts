import type { Database } from '../db/database.js';
import { relationTypes, type RelationType } from '../ingest/model.js';
import { type Claim, ledgerOf, readArticleMeta } from './ledger.js';
import {
  edgeKey,
  graphOptions,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from './serialization.js';

/** Which claims count: only some relation types, only claims of some articles. Unset means all. */
export type ClaimFilter = { types?: readonly RelationType[]; articles?: readonly string[] };

const claimProjection = `{article: r.article, sentence: r.sentence, start: r.start, end: r.end, quote: r.quote,
  role: r.role, count: r.count}`;

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

type ClaimRow = { type: string; source: string; target: string; claims: Claim[] };

/** Edges whose both ends are among `ids`. */
export function readEdgesAmong(db: Database, ids: readonly string[], filter: ClaimFilter = {}) {
  return readEdges(db, ids, filter, 'among');
}

/** Edges that leave one of `ids`, wherever they go: a page of the whole graph's edges. */
export function readEdgesFrom(db: Database, ids: readonly string[], filter: ClaimFilter = {}) {
  return readEdges(db, ids, filter, 'from');
}

async function readEdges(
  db: Database,
  ids: readonly string[],
  filter: ClaimFilter,
  reach: 'among' | 'from',
): Promise<SerializedEdge[]> {
  if (ids.length === 0) return [];
  const result = await db.read<ClaimRow>(
    `UNWIND $ids AS id
     MATCH (s:Entity {id: id})-[r${typePattern(filter.types)}]->(t:Entity)
     WHERE ${reach === 'among' ? 't.id IN $ids AND ' : ''}($articles IS NULL OR r.article IN $articles)
     WITH type(r) AS type, s.id AS source, t.id AS target, collect(${claimProjection}) AS claims
     RETURN type, source, target, claims`,
    { ids, articles: filter.articles ?? null },
  );
  return assembleEdges(
    db,
    result.records.map((record) => record.toObject()),
  );
}

/** Groups claims into one edge per (type, source, target), each with its ledger. */
export async function assembleEdges(db: Database, rows: ClaimRow[]): Promise<SerializedEdge[]> {
  const grouped = new Map<string, ClaimRow>();
  for (const row of rows) {
    const { source, target } = row;
    const key = edgeKey(row.type, source, target);
    const existing = grouped.get(key);
    if (existing) existing.claims.push(...row.claims);
    else grouped.set(key, { type: row.type, source, target, claims: [...row.claims] });
  }
  const articles = await readArticleMeta(
    db,
    [...grouped.values()].flatMap((row) => row.claims),
  );
  return [...grouped].map(([key, row]) => ({
    key,
    source: row.source,
    target: row.target,
    attributes: { type: row.type, ...ledgerOf(row.claims, articles) },
  }));
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
