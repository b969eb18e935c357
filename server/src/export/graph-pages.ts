import type { SerializedEdge, SerializedNode } from '../graph/serialization.js';
import type { Rgba } from './color.js';

/** Where the client drew a node: its position and colour in the view it asks to export. */
export type NodeAppearance = { x?: number; y?: number; color?: Rgba };

/**
 * A graph as it arrives from Neo4j: nodes and edges in pages, so that no writer ever holds the whole graph.
 * Writers read every node page before the first edge page.
 */
export type GraphPages = {
  nodes: AsyncIterable<SerializedNode[]>;
  edges: AsyncIterable<SerializedEdge[]>;
  /** Positions and colours by node key; empty when the caller supplied none. */
  appearance: ReadonlyMap<string, NodeAppearance>;
};

/** What every file names about itself: what was exported, and when (an ISO date, `2026-11-23`). */
export type ExportDescription = { description: string; date: string };

/** A format's output, chunk by chunk; at most one page of the graph is turned into text at a time. */
export type ExportChunks = AsyncGenerator<string, void, undefined>;
