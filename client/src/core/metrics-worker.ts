/**
 * Centrality and community detection off the main thread: betweenness on a large graph takes seconds, and the
 * canvas must keep answering meanwhile. Scores are computed on the undirected simple graph of who is linked to
 * whom: a meeting counts the same from both sides, and ten claims of one relation are one link.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { MetricRequest, MetricResponse } from './metrics';

type WorkerScope = {
  onmessage: ((event: MessageEvent<MetricRequest>) => void) | null;
  postMessage(message: MetricResponse): void;
};
// A module worker's global scope; the DOM library does not describe it, so its two members are named here.
const scope = globalThis as unknown as WorkerScope;

function linkGraph(request: MetricRequest): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of request.nodes) graph.addNode(node);
  for (const [source, target] of request.edges) {
    if (source !== target) graph.mergeEdge(source, target);
  }
  return graph;
}

function compute(request: MetricRequest): Record<string, number> {
  const graph = linkGraph(request);
  switch (request.metric) {
    case 'pagerank':
      return pagerank(graph, { getEdgeWeight: null });
    case 'betweenness':
      return betweenness(graph, { getEdgeWeight: null });
    case 'louvain':
      return louvain(graph, { getEdgeWeight: null });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    scope.postMessage({ id: request.id, scores: compute(request) });
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
