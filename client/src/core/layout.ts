import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { AtlasGraph } from './graph-store';

/**
 * ForceAtlas2 in its web worker (graphology's supervisor), and a noverlap pass to pull apart the nodes it left
 * on top of each other. Pinned nodes (`fixed`) stay put.
 */
export class Layout {
  private supervisor: FA2LayoutSupervisor | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: AtlasGraph) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  onChange(listener: (running: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.running || this.graph.order === 0) return;
    this.supervisor?.kill();
    // Settings follow the graph's size (Barnes-Hut past a few thousand nodes), so they are inferred at each start.
    // Gravity 1 rather than the inferred 0.05: with weak gravity, entities without relations drift to a far ring,
    // the camera fits that ring, and the connected network, the part worth reading, shrinks to a third of the
    // stage with its labels on top of each other.
    this.supervisor = new FA2LayoutSupervisor(this.graph, {
      settings: { ...inferSettings(this.graph), gravity: 1, adjustSizes: false },
      getEdgeWeight: null,
    });
    this.supervisor.start();
    this.emit();
  }

  stop(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = undefined;
    if (!this.running) return;
    this.supervisor?.stop();
    this.emit();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /**
   * Runs ForceAtlas2 for a while (by default longer for larger graphs, within bounds), then stops and removes
   * overlaps. A new call replaces a pending one.
   */
  settle(
    onDone: () => void = () => undefined,
    pixelRatio = 1,
    duration = Math.min(6_000, 2_000 + this.graph.order * 4),
  ): void {
    if (this.graph.order === 0) return;
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.start();
    this.stopTimer = setTimeout(() => {
      this.stopTimer = undefined;
      this.stop();
      this.removeOverlaps(pixelRatio);
      onDone();
    }, duration);
  }

  /**
   * noverlap works in graph coordinates while sigma draws sizes in pixels; `pixelRatio` (graph units per pixel)
   * converts one into the other so that the result is free of overlaps on screen.
   */
  removeOverlaps(pixelRatio = 1): void {
    if (this.graph.order === 0 || this.graph.order > 5_000) return;
    noverlap.assign(this.graph, {
      maxIterations: 60,
      settings: { margin: 2 * pixelRatio, ratio: 1.1 },
      inputReducer: (key, attributes) => ({
        x: attributes.x,
        y: attributes.y,
        size: (this.graph.getNodeAttribute(key, 'size') ?? 4) * pixelRatio,
      }),
      // Pinned nodes stay where the user put them.
      outputReducer: (key, position) =>
        this.graph.getNodeAttribute(key, 'fixed') ? this.graph.getNodeAttributes(key) : position,
    });
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = undefined;
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}
