import type { SerializedEdge, SerializedNode } from '../graph/serialization.js';
import { edgeColumns, edgeWeight, nodeColumns, type Column, type ColumnType, type ColumnValue } from './columns.js';
import type { ExportChunks, ExportDescription, GraphPages, NodeAppearance } from './graph-pages.js';
import { renderInChunks } from './text-chunks.js';
import { xmlAttribute, xmlText } from './xml.js';

/**
 * GraphML (http://graphml.graphdrawing.org/) for yEd, Gephi and Cytoscape: every value is a `<data>` of a
 * declared `<key>`. The entity's name is the node `label` and the relation type the edge `label` (the key names
 * Gephi and graphology read as labels); `weight` is the number of outlets. GraphML has no list type, so `aliases`
 * and `evidence` are JSON strings. When the caller drew the nodes, `x`, `y` and `r`, `g`, `b` keys carry the
 * layout: Gephi reads those names as position and colour. Attribute values stand between apostrophes (see xml.ts).
 */
export async function* graphmlChunks(graph: GraphPages, about: ExportDescription): ExportChunks {
  const drawn = graph.appearance.size > 0;
  yield `<?xml version='1.0' encoding='UTF-8'?>
<graphml xmlns='http://graphml.graphdrawing.org/xmlns' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:schemaLocation='http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'>
  <desc>${xmlText(`Alliance Atlas, ${about.description}, ${about.date}`)}</desc>
  <key id='label' for='node' attr.name='label' attr.type='string'/>
${nodeColumns.map((column) => key('node', column.name, column.name, column.type)).join('')}${drawn ? layoutKeys : ''}  <key id='edge-label' for='edge' attr.name='label' attr.type='string'/>
  <key id='weight' for='edge' attr.name='weight' attr.type='double'/>
${edgeColumns.map((column) => key('edge', column.name, column.name, column.type)).join('')}  <graph id='alliance-atlas' edgedefault='directed'>
`;
  for await (const page of graph.nodes)
    yield* renderInChunks(page, (node) => nodeElement(node, graph.appearance.get(node.key)));
  for await (const page of graph.edges) yield* renderInChunks(page, edgeElement);
  yield '  </graph>\n</graphml>\n';
}

const graphmlTypes: Record<ColumnType, string> = {
  string: 'string',
  integer: 'int',
  boolean: 'boolean',
  list: 'string',
};

function key(forElement: 'node' | 'edge', id: string, name: string, type: ColumnType | 'double'): string {
  const attrType = type === 'double' ? 'double' : graphmlTypes[type];
  return `  <key id='${id}' for='${forElement}' attr.name='${name}' attr.type='${attrType}'/>\n`;
}

const layoutKeys = [
  key('node', 'x', 'x', 'double'),
  key('node', 'y', 'y', 'double'),
  key('node', 'r', 'r', 'integer'),
  key('node', 'g', 'g', 'integer'),
  key('node', 'b', 'b', 'integer'),
].join('');

function nodeElement(node: SerializedNode, appearance: NodeAppearance | undefined): string {
  return `    <node id='${xmlAttribute(node.key)}'>${data('label', node.attributes.name)}${dataOf(node, nodeColumns)}${appearance ? layoutData(appearance) : ''}</node>\n`;
}

function edgeElement(edge: SerializedEdge): string {
  return `    <edge id='${xmlAttribute(edge.key)}' source='${xmlAttribute(edge.source)}' target='${xmlAttribute(edge.target)}'>${data('edge-label', edge.attributes.type)}${data('weight', edgeWeight(edge))}${dataOf(edge, edgeColumns)}</edge>\n`;
}

function dataOf<T>(item: T, columns: readonly Column<T>[]): string {
  let elements = '';
  for (const column of columns) elements += data(column.name, column.value(item));
  return elements;
}

function data(key: string, value: ColumnValue): string {
  if (value === null || value === undefined) return '';
  return `<data key='${key}'>${dataText(value)}</data>`;
}

/** A value as element text: lists as JSON; numbers and booleans (three columns of every edge) need no escaping. */
function dataText(value: NonNullable<ColumnValue>): string {
  if (typeof value === 'object') return xmlText(JSON.stringify(value));
  return typeof value === 'string' ? xmlText(value) : String(value);
}

function layoutData({ x, y, color }: NodeAppearance): string {
  return data('x', x) + data('y', y) + (color ? data('r', color.r) + data('g', color.g) + data('b', color.b) : '');
}
