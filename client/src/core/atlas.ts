import { api } from './api';
import type { NeighboursAnswer, NodeAnswer, PathsAnswer, QueryResult, SerializedGraph } from './api-types';
import { applyColours, applySizes, degreeScores, type ColourMode, type SizeMetric } from './appearance';
import { createGraph, mergeGraph, removeNodes, replaceGraph, type AtlasGraph } from './graph-store';
import { History } from './history';
import { Layout } from './layout';
import { MetricsRunner } from './metrics';
import { Store } from './store';

/** Past this many neighbours, an expansion first shows counts by kind and type and lets the user pick. */
export const hubThreshold = 50;
/** How many nodes the first screen asks for: the most connected ones. */
export const overviewLimit = 500;

export type ExpandOptions = { depth: number; kinds?: readonly string[]; types?: readonly string[]; limit?: number };

/**
 * What the user can do to the view, as plain methods over the graph, the state and the API: views call these
 * and render what changes; nothing here touches the DOM.
 */
export class Atlas {
  readonly graph: AtlasGraph = createGraph();
  readonly store = new Store();
  readonly history = new History(this.graph);
  readonly layout = new Layout(this.graph);
  private readonly metrics = new MetricsRunner();
  private readonly changeListeners = new Set<(added: string[]) => void>();
  /** The result of the last query, kept for "export the query result". */
  lastResult: QueryResult | null = null;

  constructor() {
    this.history.onChange(() => this.changed([]));
  }

  /** Called after every change of the graph's content, with the nodes that were added. */
  onGraphChanged(listener: (added: string[]) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  async loadOverview(limit = overviewLimit): Promise<{ total: number; truncated: boolean }> {
    const answer = await api.overview({ limit });
    this.showGraph(answer.graph);
    return { total: answer.total, truncated: answer.truncated };
  }

  /** Replaces the view with a graph, as it arrived, without an undo step (the first screen, the benchmark). */
  showGraph(graph: SerializedGraph): void {
    replaceGraph(this.graph, graph);
    this.changed(this.graph.nodes());
  }

  /** Fetches a node with its relations and evidence, and puts it (with its direct neighbours) on screen. */
  async openNode(id: string, options: { addNeighbours?: boolean } = {}): Promise<NodeAnswer> {
    const answer = await api.node(id);
    const graph: SerializedGraph = options.addNeighbours
      ? answer.graph
      : {
          ...answer.graph,
          nodes: answer.graph.nodes.filter((node) => node.key === id || this.graph.hasNode(node.key)),
        };
    this.add(graph, `open ${answer.node.name}`);
    this.store.set({ selectedNode: id, selectedEdge: null });
    return answer;
  }

  /** Neighbour counts only: whether an expansion is small enough to add at once. */
  neighbourSummary(id: string, options: ExpandOptions): Promise<NeighboursAnswer> {
    return api.neighbours(id, { ...options, summary: true });
  }

  async expand(id: string, options: ExpandOptions): Promise<{ added: string[]; answer: NeighboursAnswer }> {
    const answer = await api.neighbours(id, options);
    const added = answer.graph ? this.add(answer.graph, `expand ${this.nameOf(id)}`) : [];
    return { added, answer };
  }

  async findPaths(from: string, to: string, maxLength?: number): Promise<PathsAnswer> {
    const answer = await api.paths(from, to, { maxLength, all: true });
    this.add(answer.graph, `path ${this.nameOf(from)} → ${this.nameOf(to)}`);
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const path of answer.paths) {
      for (const node of path.nodes) nodes.add(node);
      for (const hop of path.hops) edges.add(hop.edgeKey);
    }
    this.store.set({ path: answer.paths.length ? { nodes, edges } : null });
    return answer;
  }

  async runQuery(name: string, parameters: Record<string, unknown>): Promise<QueryResult> {
    const result = await api.runQuery(name, parameters);
    this.showResult(result, `query ${name}`);
    this.store.set({ query: { name, parameters } });
    return result;
  }

  async runCypher(query: string, parameters: Record<string, unknown> = {}): Promise<QueryResult> {
    const result = await api.cypher(query, parameters);
    this.showResult(result, 'Cypher query');
    this.store.set({ query: null });
    return result;
  }

  /** A result with a graph replaces the view (undo brings the previous one back); a table-only one leaves it. */
  private showResult(result: QueryResult, label: string): void {
    this.lastResult = result;
    if (!result.graph || result.graph.nodes.length === 0) return;
    this.history.record(label);
    replaceGraph(this.graph, result.graph);
    this.store.set({ path: null, selectedNode: null, selectedEdge: null, selection: new Set() });
    this.changed(this.graph.nodes());
  }

  setHidden(keys: readonly string[], hidden: boolean): void {
    this.history.record(hidden ? 'hide' : 'show');
    for (const key of keys) if (this.graph.hasNode(key)) this.graph.setNodeAttribute(key, 'hidden', hidden);
    this.changed([]);
  }

  showAll(): void {
    this.history.record('show all');
    this.graph.updateEachNodeAttributes((_key, attributes) => ({ ...attributes, hidden: false }));
    this.changed([]);
  }

  setPinned(keys: readonly string[], pinned: boolean): void {
    this.history.record(pinned ? 'pin' : 'unpin');
    for (const key of keys) if (this.graph.hasNode(key)) this.graph.setNodeAttribute(key, 'fixed', pinned);
    this.changed([]);
  }

  remove(keys: readonly string[]): void {
    this.history.record('remove');
    removeNodes(this.graph, keys);
    const { selection, selectedNode } = this.store.state;
    this.store.set({
      selection: new Set([...selection].filter((key) => this.graph.hasNode(key))),
      selectedNode: selectedNode && this.graph.hasNode(selectedNode) ? selectedNode : null,
      selectedEdge: null,
      path: null,
    });
    this.changed([]);
  }

  undo(): void {
    this.history.undo();
  }

  redo(): void {
    this.history.redo();
  }

  toggleSelected(key: string): void {
    const selection = new Set(this.store.state.selection);
    if (selection.has(key)) selection.delete(key);
    else selection.add(key);
    this.store.set({ selection });
  }

  async setColourMode(mode: ColourMode): Promise<void> {
    if (mode === 'community') {
      const communities = await this.metrics.compute(this.graph, 'louvain');
      this.graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, community: communities[key] }));
    }
    applyColours(this.graph, mode);
    this.store.set({ colour: mode });
  }

  async setSizeMetric(metric: SizeMetric): Promise<void> {
    const scores = metric === 'degree' ? degreeScores(this.graph) : await this.metrics.compute(this.graph, metric);
    applySizes(this.graph, scores);
    this.store.set({ size: metric });
  }

  nameOf(id: string): string {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'name') : id;
  }

  dispose(): void {
    this.layout.kill();
    this.metrics.terminate();
  }

  private add(answer: SerializedGraph, label: string): string[] {
    const fresh = answer.nodes.some((node) => !this.graph.hasNode(node.key));
    const freshEdges = answer.edges.some((edge) => !this.graph.hasEdge(edge.key));
    if (fresh || freshEdges) this.history.record(label);
    const added = mergeGraph(this.graph, answer);
    this.changed(added);
    return added;
  }

  /**
   * Keeps appearance in step with the content: colours, sizes and edge widths. Metrics from the worker are
   * recomputed in the background; meanwhile new nodes get the smallest size and the colour of their kind.
   */
  private changed(added: string[]): void {
    const { colour, size } = this.store.state;
    applyColours(this.graph, colour);
    if (colour === 'community' && added.length > 0) void this.setColourMode('community').catch(() => undefined);
    if (size === 'degree') applySizes(this.graph, degreeScores(this.graph));
    else if (added.length > 0) void this.setSizeMetric(size).catch(() => undefined);
    for (const listener of this.changeListeners) listener(added);
  }
}
