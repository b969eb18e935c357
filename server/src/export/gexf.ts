import type { SerializedEdge, SerializedNode } from '../graph/serialization.js';
import { edgeColumns, edgeWeight, nodeColumns, type Column, type ColumnType, type ColumnValue } from './columns.js';
import type { ExportChunks, ExportDescription, GraphPages, NodeAppearance } from './graph-pages.js';
import { renderInChunks } from './text-chunks.js';
import { xmlAttribute, xmlText } from './xml.js';

/**
 * GEXF 1.3 (https://gexf.net/schema.html), the format Gephi opens natively. Nodes are labelled with the entity's
 * name, edges with their relation type, which is also the edge `kind` so that Gephi keeps two relations between
 * the same pair apart. The weight is the number of outlets reporting the edge. `aliases` is a GEXF list written
 * as a JSON array (the quoted list syntax GEXF 1.3 and graphology-gexf read); `evidence` is a JSON string.
 * Positions and colours become `viz:position` and `viz:color` for the nodes the caller drew. Attribute values
 * stand between apostrophes (see xml.ts).
 */
export async function* gexfChunks(graph: GraphPages, about: ExportDescription): ExportChunks {
  yield `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns='http://gexf.net/1.3' xmlns:viz='http://gexf.net/1.3/viz' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:schemaLocation='http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd' version='1.3'>
  <meta lastmodifieddate='${xmlAttribute(about.date)}'>
    <creator>Alliance Atlas</creator>
    <description>${xmlText(about.description)}</description>
  </meta>
  <graph defaultedgetype='directed' mode='static'>
${declarations('node', nodeColumns)}
${declarations('edge', edgeColumns)}
    <nodes>
`;
  for await (const page of graph.nodes)
    yield* renderInChunks(page, (node) => nodeElement(node, graph.appearance.get(node.key)));
  yield '    </nodes>\n    <edges>\n';
  for await (const page of graph.edges) yield* renderInChunks(page, edgeElement);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

const gexfTypes: Record<ColumnType, string> = {
  string: 'string',
  integer: 'integer',
  boolean: 'boolean',
  list: 'liststring',
};

function declarations<T>(forClass: 'node' | 'edge', columns: readonly Column<T>[]): string {
  const attributes = columns.map(
    (column) => `      <attribute id='${column.name}' title='${column.name}' type='${gexfTypes[column.type]}'/>\n`,
  );
  return `    <attributes class='${forClass}'>\n${attributes.join('')}    </attributes>`;
}

function nodeElement(node: SerializedNode, appearance: NodeAppearance | undefined): string {
  return `      <node id='${xmlAttribute(node.key)}' label='${xmlAttribute(node.attributes.name)}'>${attributeValues(node, nodeColumns)}${appearance ? viz(appearance) : ''}</node>\n`;
}

function edgeElement(edge: SerializedEdge): string {
  const type = xmlAttribute(edge.attributes.type);
  return `      <edge id='${xmlAttribute(edge.key)}' source='${xmlAttribute(edge.source)}' target='${xmlAttribute(edge.target)}' label='${type}' kind='${type}' weight='${edgeWeight(edge)}'>${attributeValues(edge, edgeColumns)}</edge>\n`;
}

function attributeValues<T>(item: T, columns: readonly Column<T>[]): string {
  let values = '';
  for (const column of columns) {
    const value = column.value(item);
    if (value === null || value === undefined) continue;
    values += `<attvalue for='${column.name}' value='${gexfValue(value)}'/>`;
  }
  return `<attvalues>${values}</attvalues>`;
}

/** A value as attribute text: lists as JSON; numbers and booleans (three columns of every edge) need no escaping. */
function gexfValue(value: NonNullable<ColumnValue>): string {
  if (typeof value === 'object') return xmlAttribute(JSON.stringify(value));
  return typeof value === 'string' ? xmlAttribute(value) : String(value);
}

function viz({ x, y, color }: NodeAppearance): string {
  let elements = '';
  if (x !== undefined && y !== undefined) elements += `<viz:position x='${x}' y='${y}' z='0'/>`;
  if (color)
    elements += `<viz:color r='${color.r}' g='${color.g}' b='${color.b}'${color.a === undefined ? '' : ` a='${color.a}'`}/>`;
  return elements;
}
