import type { AtlasGraph } from './graph-store';

type Snapshot = ReturnType<AtlasGraph['export']>;

/**
 * Undo and redo of what the user did to the view (expand, hide, pin, remove, replace by a query result), by
 * keeping whole snapshots of the graph before each change. Views of analysts hold hundreds to a few thousand
 * nodes, where a snapshot costs milliseconds; the depth is bounded so memory stays bounded too.
 */
export class History {
  private readonly past: { label: string; snapshot: Snapshot }[] = [];
  private readonly future: { label: string; snapshot: Snapshot }[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly graph: AtlasGraph,
    private readonly depth = 50,
  ) {}

  /** Call before changing the graph; `label` names the change in the undo button's tooltip. */
  record(label: string): void {
    this.past.push({ label, snapshot: this.graph.export() });
    if (this.past.length > this.depth) this.past.shift();
    this.future.length = 0;
    this.emit();
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  get undoLabel(): string | undefined {
    return this.past[this.past.length - 1]?.label;
  }

  get redoLabel(): string | undefined {
    return this.future[this.future.length - 1]?.label;
  }

  undo(): boolean {
    const entry = this.past.pop();
    if (!entry) return false;
    this.future.push({ label: entry.label, snapshot: this.graph.export() });
    this.restore(entry.snapshot);
    return true;
  }

  redo(): boolean {
    const entry = this.future.pop();
    if (!entry) return false;
    this.past.push({ label: entry.label, snapshot: this.graph.export() });
    this.restore(entry.snapshot);
    return true;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private restore(snapshot: Snapshot): void {
    this.graph.clear();
    this.graph.import(snapshot);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
