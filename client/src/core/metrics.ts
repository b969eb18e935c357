import type { AtlasGraph } from './graph-store';

export type Metric = 'pagerank' | 'betweenness' | 'louvain';
export type MetricRequest = { id: number; metric: Metric; nodes: string[]; edges: [string, string][] };
export type MetricResponse = { id: number; scores?: Record<string, number>; error?: string };

/** Runs graphology-metrics and Louvain in a web worker; one worker, requests answered in order of asking. */
export class MetricsRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(scores: Record<string, number>): void; reject(error: Error): void }
  >();

  compute(graph: AtlasGraph, metric: Metric): Promise<Record<string, number>> {
    const worker = this.start();
    const id = this.nextId++;
    const edges: [string, string][] = [];
    graph.forEachEdge((_key, _attributes, source, target) => {
      edges.push([source, target]);
    });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, metric, nodes: graph.nodes(), edges } satisfies MetricRequest);
    });
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('metrics worker stopped'));
    this.pending.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./metrics-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MetricResponse>) => {
      const { id, scores, error } = event.data;
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (scores) waiting.resolve(scores);
      else waiting.reject(new Error(error ?? 'metrics worker failed'));
    };
    worker.onerror = (event) => {
      for (const { reject } of this.pending.values()) reject(new Error(event.message || 'metrics worker crashed'));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }
}
