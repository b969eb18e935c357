import type { SerializedEdge, SerializedNode } from '../graph/serialization.js';

/**
 * The attributes every tabular or XML export declares, in one place so that GEXF, GraphML and CSV agree.
 * The node's name and the edge's type travel as each format's own label as well (see the writers).
 */
export type ColumnType = 'string' | 'integer' | 'boolean' | 'list';
export type ColumnValue = string | number | boolean | readonly string[] | null | undefined;
export type Column<T> = { name: string; type: ColumnType; value: (item: T) => ColumnValue };

export const nodeColumns: readonly Column<SerializedNode>[] = [
  { name: 'kind', type: 'string', value: (node) => node.attributes.kind },
  { name: 'aliases', type: 'list', value: (node) => node.attributes.aliases },
  { name: 'wikidata', type: 'string', value: (node) => node.attributes.wikidata },
];

/**
 * An edge's evidence ledger: its summary as typed columns (what Gephi can size, filter and colour by) and every
 * supporting sentence as one JSON string, because no tabular or XML graph format has nested values.
 */
export const edgeColumns: readonly Column<SerializedEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => edge.attributes.type },
  { name: 'articles', type: 'integer', value: (edge) => edge.attributes.articles },
  { name: 'outlets', type: 'integer', value: (edge) => edge.attributes.outlets },
  { name: 'firstReported', type: 'string', value: (edge) => edge.attributes.firstReported },
  { name: 'lastReported', type: 'string', value: (edge) => edge.attributes.lastReported },
  { name: 'contested', type: 'boolean', value: (edge) => edge.attributes.contested },
  { name: 'evidence', type: 'string', value: (edge) => JSON.stringify(edge.attributes.evidence) },
];

/** How strongly the sources back an edge: the number of distinct outlets reporting it. */
export function edgeWeight(edge: SerializedEdge): number {
  return edge.attributes.outlets;
}
