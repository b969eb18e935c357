import type { ColourMode, SizeMetric } from './appearance';
import { noFilters, type Filters } from './filters';

/** The path tool's answer drawn over the view: these nodes and edges stand out, the rest fades. */
export type PathHighlight = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

/** The saved query whose result is on screen, so the URL can carry it. */
export type ActiveQuery = { name: string; parameters: Record<string, unknown> };

/** Everything about the view that is not the graph itself. Views read it and ask for changes through `set`. */
export type AppState = {
  filters: Filters;
  colour: ColourMode;
  size: SizeMetric;
  /** The node or edge whose panel is open. */
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Nodes picked for export or for the path tool (shift-click adds and removes). */
  selection: ReadonlySet<string>;
  hoveredNode: string | null;
  path: PathHighlight | null;
  query: ActiveQuery | null;
  labelDensity: number;
};

export const initialState: AppState = {
  filters: noFilters,
  colour: 'kind',
  size: 'degree',
  selectedNode: null,
  selectedEdge: null,
  selection: new Set(),
  hoveredNode: null,
  path: null,
  query: null,
  labelDensity: 1,
};

type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  private current: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: AppState = initialState) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  set(change: Partial<AppState>): void {
    const previous = this.current;
    this.current = { ...previous, ...change };
    for (const listener of this.listeners) listener(this.current, previous);
  }

  setFilters(change: Partial<Filters>): void {
    this.set({ filters: { ...this.current.filters, ...change } });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
