import { stringify } from 'csv-stringify/sync';
import type { SerializedEdge, SerializedNode } from '../graph/serialization.js';
import { cssColor } from './color.js';
import { edgeColumns, edgeWeight, nodeColumns, type ColumnValue } from './columns.js';
import type { ExportChunks, GraphPages } from './graph-pages.js';

/** A CSV export is one table: the nodes or the edges (`part`), each a file of its own for spreadsheets and LOAD CSV. */
export const csvParts = ['nodes', 'edges'] as const;
export type CsvPart = (typeof csvParts)[number];

/**
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. Text that a spreadsheet
 * would run as a formula (starting with = + - @ tab or CR, full-width forms too) gets a leading `'`; numbers stay
 * as they are, so a negative coordinate is still a number (OWASP "CSV Injection").
 */
const csvOptions = { record_delimiter: 'windows', escape_formulas: true } as const;

type Cell = string | number;

export async function* csvNodeChunks(graph: GraphPages): ExportChunks {
  const drawn = graph.appearance.size > 0;
  const header = ['id', 'name', ...nodeColumns.map((column) => column.name), ...(drawn ? ['x', 'y', 'color'] : [])];
  yield stringify([header], csvOptions);
  for await (const page of graph.nodes) {
    yield* inRowBatches(page.map((node) => nodeRow(node, drawn ? graph.appearance : undefined)));
  }
}

export async function* csvEdgeChunks(graph: GraphPages): ExportChunks {
  yield stringify([['id', 'source', 'target', 'weight', ...edgeColumns.map((column) => column.name)]], csvOptions);
  for await (const page of graph.edges) yield* inRowBatches(page.map(edgeRow));
}

/** Rows as CSV text a few at a time, so that no string grows to the size of a page (see text-chunks.ts). */
function* inRowBatches(rows: Cell[][]): Generator<string> {
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    yield stringify(rows.slice(start, start + rowsPerChunk), csvOptions);
  }
}

const rowsPerChunk = 32;

function nodeRow(node: SerializedNode, appearance: GraphPages['appearance'] | undefined): Cell[] {
  const row: Cell[] = [node.key, node.attributes.name, ...nodeColumns.map((column) => cell(column.value(node)))];
  if (appearance) {
    const drawn = appearance.get(node.key);
    row.push(drawn?.x ?? '', drawn?.y ?? '', drawn?.color ? cssColor(drawn.color) : '');
  }
  return row;
}

function edgeRow(edge: SerializedEdge): Cell[] {
  return [
    edge.key,
    edge.source,
    edge.target,
    edgeWeight(edge),
    ...edgeColumns.map((column) => cell(column.value(edge))),
  ];
}

/** Lists as JSON arrays (an alias may hold any separator), booleans as words, absent values as empty cells. */
function cell(value: ColumnValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  return value;
}
