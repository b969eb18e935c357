import { csvEdgeChunks, csvNodeChunks, type CsvPart } from './csv.js';
import { cypherChunks } from './cypher.js';
import { gexfChunks } from './gexf.js';
import type { ExportChunks, ExportDescription, GraphPages } from './graph-pages.js';
import { graphmlChunks } from './graphml.js';
import { jsonChunks } from './json.js';

export const exportFormats = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A format, and for CSV which of its two tables. */
export type ExportTarget = { format: Exclude<ExportFormat, 'csv'> } | { format: 'csv'; part: CsvPart };

/** File extension and media type of each format; `charset` because every one of them is UTF-8 text. */
export const formatFiles: Record<ExportFormat, { extension: string; contentType: string }> = {
  json: { extension: 'json', contentType: 'application/json; charset=utf-8' },
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8' },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  cypher: { extension: 'cypher', contentType: 'text/plain; charset=utf-8' },
};

/** The writer of one target. `schema` is the database schema the Cypher script recreates first. */
export function formatChunks(
  target: ExportTarget,
  graph: GraphPages,
  about: ExportDescription,
  schema: readonly string[],
): ExportChunks {
  switch (target.format) {
    case 'json':
      return jsonChunks(graph, about);
    case 'gexf':
      return gexfChunks(graph, about);
    case 'graphml':
      return graphmlChunks(graph, about);
    case 'csv':
      return target.part === 'nodes' ? csvNodeChunks(graph) : csvEdgeChunks(graph);
    case 'cypher':
      return cypherChunks(graph, about, schema);
  }
}
