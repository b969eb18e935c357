import type { EvidenceItem, SerializedGraph } from '../../../client/src/core/api-types.js';
import { createGraph, mergeGraph, type AtlasGraph } from '../../../client/src/core/graph-store.js';

/** One claim of an edge, reported by `source` on `publishedAt`. */
export function claim(source: string | null, publishedAt: string | null, article = 'a1'): EvidenceItem {
  return { article, title: 'T', source, publishedAt, sentence: 0, start: 0, end: 4, quote: 'Text' };
}

type EdgeSpec = [type: string, source: string, target: string, evidence: EvidenceItem[]];

/** A view graph from node `[key, kind]` pairs and edges, built the way the client builds it from an answer. */
export function viewGraph(nodes: [string, string][], edges: EdgeSpec[]): AtlasGraph {
  const answer: SerializedGraph = {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodes.map(([key, kind]) => ({ key, attributes: { kind, name: key.toUpperCase(), aliases: [] } })),
    edges: edges.map(([type, source, target, evidence]) => ({
      key: `${type}:${source}:${target}`,
      source,
      target,
      attributes: {
        type,
        evidence,
        articles: new Set(evidence.map((item) => item.article)).size,
        outlets: new Set(evidence.map((item) => item.source)).size,
        firstReported: null,
        lastReported: null,
        contested: false,
      },
    })),
  };
  const graph = createGraph();
  mergeGraph(graph, answer);
  return graph;
}
