import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from './api-types';
import { colourOfKind, edgeStyle } from './appearance';

/**
 * The graph on screen: the API's node and edge attributes plus what sigma draws (position, size, colour, label)
 * and what the user decided (hidden, pinned). It is the single truth of the view; highlights are reducers.
 */
export type ViewNode = NodeAttributes & {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  hidden?: boolean;
  /** Pinned: ForceAtlas2 leaves the node where it is. */
  fixed?: boolean;
  community?: number;
};
/** `type` stays the relation type (MET, SIGNED …); the canvas's edge reducer picks sigma's edge program. */
export type ViewEdge = EdgeAttributes & { size: number; color: string };

export type AtlasGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export function createGraph(): AtlasGraph {
  return new MultiDirectedGraph<ViewNode, ViewEdge>({ allowSelfLoops: false });
}

/**
 * The spread of fresh positions grows with the square root of the node count, so that ForceAtlas2 starts from a
 * density close to the one it ends at, whatever the size.
 */
function spread(order: number): number {
  return Math.max(10, Math.sqrt(order) * 10);
}

function randomAround(x: number, y: number, radius: number): { x: number; y: number } {
  const angle = Math.random() * Math.PI * 2;
  const distance = radius * (0.3 + Math.random() * 0.7);
  return { x: x + Math.cos(angle) * distance, y: y + Math.sin(angle) * distance };
}

/**
 * Adds an answer's nodes and edges to the view, keeping what is there (positions, pins) and updating the data.
 * A new node starts beside a neighbour already on screen, so an expansion grows where the user is looking.
 * Returns the keys of the nodes that were not on screen before.
 */
export function mergeGraph(graph: AtlasGraph, answer: SerializedGraph): string[] {
  const added: string[] = [];
  const radius = spread(graph.order + answer.nodes.length);
  for (const node of answer.nodes) {
    if (graph.hasNode(node.key)) {
      graph.mergeNodeAttributes(node.key, { ...node.attributes, label: node.attributes.name });
      continue;
    }
    graph.addNode(node.key, {
      ...node.attributes,
      label: node.attributes.name,
      x: 0,
      y: 0,
      size: 5,
      color: colourOfKind(node.attributes.kind),
    });
    added.push(node.key);
  }
  for (const edge of answer.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes = { ...edge.attributes, ...edgeStyle(edge.attributes) };
    if (graph.hasEdge(edge.key)) graph.replaceEdgeAttributes(edge.key, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  placeNewNodes(graph, added, radius);
  return added;
}

function placeNewNodes(graph: AtlasGraph, added: readonly string[], radius: number): void {
  const fresh = new Set(added);
  const placed = (key: string) => !fresh.has(key);
  for (const key of added) {
    const anchor = graph.neighbors(key).find(placed);
    const origin = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    const position = randomAround(origin.x, origin.y, anchor ? radius / 4 : radius);
    graph.mergeNodeAttributes(key, position);
    fresh.delete(key);
  }
}

/** Nodes the user removed go with their edges; the API can bring them back on the next expansion. */
export function removeNodes(graph: AtlasGraph, keys: Iterable<string>): void {
  for (const key of keys) if (graph.hasNode(key)) graph.dropNode(key);
}

/** Replaces the whole view with an answer, e.g. a query result. */
export function replaceGraph(graph: AtlasGraph, answer: SerializedGraph): void {
  graph.clear();
  mergeGraph(graph, answer);
}

/** The view as the API's serialisation with layout positions, colours and sizes, for export and undo. */
export function snapshot(graph: AtlasGraph): ReturnType<AtlasGraph['export']> {
  return graph.export();
}
