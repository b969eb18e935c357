import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ExportChunks, GraphPages, NodeAppearance } from '../../server/src/export/graph-pages.js';
import type {
  EvidenceItem,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
} from '../../server/src/graph/serialization.js';

/** A graph held in memory, handed to a writer in pages of `pageSize` as Neo4j would hand it. */
export function pagesOf(
  graph: Pick<SerializedGraph, 'nodes' | 'edges'>,
  options: { pageSize?: number; appearance?: Map<string, NodeAppearance> } = {},
): GraphPages {
  const size = options.pageSize ?? 2;
  async function* paged<T>(items: T[]): AsyncGenerator<T[]> {
    for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
  }
  return { nodes: paged(graph.nodes), edges: paged(graph.edges), appearance: options.appearance ?? new Map() };
}

export async function collect(chunks: ExportChunks | AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** What a round trip must give back, in a comparable order: the nodes and edges, sorted by key. */
export function comparable(graph: Pick<SerializedGraph, 'nodes' | 'edges'>) {
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byKey), edges: [...graph.edges].sort(byKey) };
}

/** A GEXF file read back with graphology-gexf, as the nodes and edges it was written from. */
export function graphFromGexf(text: string) {
  const graph = gexf.parse(MultiGraph, text);
  return { graph, ...fromParsed(graph, (aliases) => aliases as string[]) };
}

/** A GraphML file read back with graphology-graphml; `aliases` is a JSON string there. */
export function graphFromGraphml(text: string) {
  const graph = graphml.parse(MultiGraph, text);
  return { graph, ...fromParsed(graph, (aliases) => JSON.parse(aliases as string) as string[]) };
}

function fromParsed(graph: AbstractGraph, readAliases: (value: unknown) => string[]) {
  const nodes = graph.mapNodes((key, attributes): SerializedNode => ({
    key,
    attributes: {
      kind: attributes.kind as string,
      name: attributes.label as string,
      aliases: readAliases(attributes.aliases),
      ...(attributes.wikidata !== undefined && { wikidata: attributes.wikidata as string }),
    },
  }));
  const edges = graph.mapEdges((key, attributes, source, target) => edgeFrom(key, source, target, attributes));
  return { nodes, edges };
}

function edgeFrom(key: string, source: string, target: string, attributes: Attributes): SerializedEdge {
  return {
    key,
    source,
    target,
    attributes: {
      type: attributes.type as string,
      evidence: JSON.parse(attributes.evidence as string) as EvidenceItem[],
      articles: attributes.articles as number,
      outlets: attributes.outlets as number,
      firstReported: (attributes.firstReported as string | undefined) ?? null,
      lastReported: (attributes.lastReported as string | undefined) ?? null,
      contested: attributes.contested as boolean,
    },
  };
}

/** A CSV table read back with csv-parse, one object per row keyed by the header. */
export function rowsFromCsv(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, relax_quotes: false }) as Record<string, string>[];
}

/** Undoes the formula guard: a reader who wants the original text drops the `'` before = + - @ tab CR. */
export function unguarded(cell: string): string {
  return /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? cell.slice(1) : cell;
}

export function nodesFromCsv(text: string): SerializedNode[] {
  return rowsFromCsv(text).map((row) => ({
    key: unguarded(row.id!),
    attributes: {
      kind: row.kind!,
      name: unguarded(row.name!),
      aliases: JSON.parse(row.aliases!) as string[],
      ...(row.wikidata && { wikidata: unguarded(row.wikidata) }),
    },
  }));
}

export function edgesFromCsv(text: string): SerializedEdge[] {
  return rowsFromCsv(text).map((row) =>
    edgeFrom(unguarded(row.id!), unguarded(row.source!), unguarded(row.target!), {
      type: row.type,
      evidence: row.evidence,
      articles: Number(row.articles),
      outlets: Number(row.outlets),
      firstReported: row.firstReported || undefined,
      lastReported: row.lastReported || undefined,
      contested: row.contested === 'true',
    }),
  );
}
