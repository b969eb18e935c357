import { graphOptions, type SerializedNode } from '../graph/serialization.js';
import { cssColor } from './color.js';
import type { ExportChunks, ExportDescription, GraphPages, NodeAppearance } from './graph-pages.js';
import { renderInChunks } from './text-chunks.js';

/**
 * graphology's serialisation (`SerializedGraph`), written one node or edge per line so that no more than a page
 * is ever a string. `graph.import()` reads it back as is. A node the client posted a position or colour for
 * carries them as graphology's usual `x`, `y` and `color` attributes.
 */
export async function* jsonChunks(graph: GraphPages, about: ExportDescription): ExportChunks {
  const attributes = { name: 'Alliance Atlas', description: about.description, exportedAt: about.date };
  yield `{"attributes":${JSON.stringify(attributes)},"options":${JSON.stringify(graphOptions)},"nodes":[`;
  let separator = '\n';
  const item = (value: unknown) => {
    const line = separator + JSON.stringify(value);
    separator = ',\n';
    return line;
  };
  for await (const page of graph.nodes) {
    yield* renderInChunks(page, (node) => item(drawn(node, graph.appearance.get(node.key))));
  }
  yield '\n],"edges":[';
  separator = '\n';
  for await (const page of graph.edges) yield* renderInChunks(page, item);
  yield '\n]}\n';
}

function drawn(node: SerializedNode, appearance: NodeAppearance | undefined): SerializedNode {
  if (!appearance) return node;
  const { x, y, color } = appearance;
  return {
    key: node.key,
    attributes: {
      ...node.attributes,
      ...(x !== undefined && { x }),
      ...(y !== undefined && { y }),
      ...(color && { color: cssColor(color) }),
    },
  };
}
