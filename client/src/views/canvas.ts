import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { canvasLabel } from '../core/appearance';
import { edgeNear, type DrawnEdge } from '../core/edge-hit';
import { computeVisibility, type Visibility } from '../core/filters';
import type { AtlasGraph, ViewEdge, ViewNode } from '../core/graph-store';
import type { Store } from '../core/store';

/** What is not the point of attention fades to this, so the neighbourhood or path reads at a glance. */
const fadedNode = '#e4e6ea';
const fadedEdge = '#eef0f3';
const highlightEdge = '#2b2d42';
/**
 * Past this many nodes, hovering highlights the neighbourhood without fading the rest: fading touches every node
 * and edge, while the highlight alone repaints only the neighbourhood and stays fast on large graphs.
 */
const fadeOnHoverUpTo = 5_000;

export type CanvasEvents = {
  onClickNode(node: string, additive: boolean): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
  /** A node is being dragged to a new place, where it will stay pinned; called once, before the first move. */
  onDragStart(node: string): void;
};

export type Canvas = {
  sigma: Sigma<ViewNode, ViewEdge>;
  /** Recompute what the filters hide, then redraw. */
  refresh(): void;
  /** Redraw after a highlight change only (hover, selection, path): positions and sizes are unchanged. */
  redraw(): void;
  focusNode(node: string, ratio?: number): void;
  /** Graph units per screen pixel at the current zoom, for layout passes that think in pixels. */
  graphUnitsPerPixel(): number;
  /** What the filters hide right now. */
  visibility(): Visibility;
};

/**
 * The sigma renderer over the view's graph. Hover, selection, path and filters are applied in reducers: they
 * change what is drawn, never the graph.
 */
export function createCanvas(container: HTMLElement, graph: AtlasGraph, store: Store, events: CanvasEvents): Canvas {
  let visibility: Visibility = computeVisibility(graph, store.state.filters);
  let hoverNeighbours: Set<string> | null = null;
  const fadeOnHover = () => graph.order <= fadeOnHoverUpTo;

  const nodeReducer = (key: string, attributes: ViewNode): Partial<NodeDisplayData> => {
    if (visibility.hiddenNodes.has(key)) return { ...attributes, hidden: true };
    const { hoveredNode, selectedNode, selection, path } = store.state;
    const display: Partial<NodeDisplayData> = { ...attributes, hidden: false };
    if (path && !path.nodes.has(key)) {
      display.color = fadedNode;
      display.label = null;
    } else if (path) {
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (hoverNeighbours && !hoverNeighbours.has(key)) {
      if (fadeOnHover()) {
        display.color = fadedNode;
        display.label = null;
        display.zIndex = 0;
      }
    } else if (hoverNeighbours) {
      display.forceLabel = true;
      if (fadeOnHover()) display.zIndex = 2;
    }
    if (key === hoveredNode || key === selectedNode || selection.has(key)) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 3;
    } else if (typeof display.label === 'string') display.label = canvasLabel(display.label);
    return display;
  };

  const edgeReducer = (key: string, attributes: ViewEdge): Partial<EdgeDisplayData> => {
    const display: Partial<EdgeDisplayData> = {
      ...attributes,
      label: attributes.type,
      // Meetings read the same both ways, so they get no arrowhead.
      type: attributes.type === 'MET' ? 'line' : 'arrow',
      hidden: visibility.hiddenEdges.has(key),
    };
    if (display.hidden) return display;
    const { hoveredNode, selectedEdge, path } = store.state;
    if (path) {
      if (path.edges.has(key)) {
        display.color = highlightEdge;
        display.size = attributes.size + 1.5;
        display.zIndex = 2;
      } else display.color = fadedEdge;
    }
    if (hoveredNode && !graph.hasExtremity(key, hoveredNode)) {
      if (fadeOnHover()) display.hidden = true;
    } else if (hoveredNode && !fadeOnHover()) display.color = highlightEdge;
    if (key === selectedEdge) {
      display.color = highlightEdge;
      display.size = attributes.size + 2;
      display.zIndex = 3;
    }
    return display;
  };

  const sigma = new Sigma<ViewNode, ViewEdge>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    labelDensity: store.state.labelDensity,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    defaultEdgeType: 'arrow',
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
  });

  const redraw = () => sigma.refresh({ skipIndexation: true });
  const refresh = () => {
    visibility = computeVisibility(graph, store.state.filters);
    // Past this many edges, drawing them during pans and zooms costs more than the smoothness is worth.
    sigma.setSetting('hideEdgesOnMove', graph.size > 10_000);
    sigma.refresh();
  };

  sigma.on('enterNode', ({ node }) => {
    hoverNeighbours = new Set(graph.neighbors(node));
    hoverNeighbours.add(node);
    store.set({ hoveredNode: node });
  });
  sigma.on('leaveNode', () => {
    hoverNeighbours = null;
    store.set({ hoveredNode: null });
  });
  // Edges are found under a click here, on the click alone (see edgeNear), instead of by sigma's edge events.
  const edgeAt = (point: { x: number; y: number }): string | null => {
    const ends = new Map<string, { x: number; y: number } | null>();
    const end = (node: string) => {
      let position = ends.get(node);
      if (position === undefined) {
        const display = sigma.getNodeDisplayData(node);
        position = display && !display.hidden ? sigma.framedGraphToViewport(display) : null;
        ends.set(node, position);
      }
      return position;
    };
    const drawn: DrawnEdge[] = [];
    graph.forEachEdge((edge, _attributes, source, target) => {
      const display = sigma.getEdgeDisplayData(edge);
      const from = end(source);
      const to = end(target);
      if (!display || display.hidden || !from || !to) return;
      drawn.push({ key: edge, x1: from.x, y1: from.y, x2: to.x, y2: to.y, width: display.size });
    });
    return edgeNear(point, drawn);
  };
  sigma.on('clickStage', ({ event }) => {
    const edge = edgeAt(event);
    if (edge) events.onClickEdge(edge);
    else events.onClickStage();
  });

  // Dragging a node moves it and pins it there; a press without movement stays a click.
  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.on('clickNode', ({ node, event }) => {
    if (moved) return;
    events.onClickNode(node, event.original.shiftKey);
  });
  const captor = sigma.getMouseCaptor();
  captor.on('mousemovebody', (event) => {
    if (!dragged) return;
    if (!moved) {
      moved = true;
      events.onDragStart(dragged);
    }
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on('mouseup', () => {
    dragged = null;
  });

  /** The nodes and edges a hover changes when nothing fades: the hovered node's neighbourhood. */
  const hoverItems = (node: string | null) =>
    node && graph.hasNode(node)
      ? { nodes: [node, ...graph.neighbors(node)], edges: graph.edges(node) }
      : { nodes: [], edges: [] };

  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) return refresh();
    const onlyHoverChanged =
      state.hoveredNode !== previous.hoveredNode &&
      state.selectedNode === previous.selectedNode &&
      state.selectedEdge === previous.selectedEdge &&
      state.selection === previous.selection &&
      state.path === previous.path;
    if (onlyHoverChanged && !fadeOnHover()) {
      const before = hoverItems(previous.hoveredNode);
      const now = hoverItems(state.hoveredNode);
      sigma.refresh({
        partialGraph: { nodes: [...before.nodes, ...now.nodes], edges: [...before.edges, ...now.edges] },
        skipIndexation: true,
      });
      return;
    }
    if (state.labelDensity !== previous.labelDensity) sigma.setSetting('labelDensity', state.labelDensity);
    if (
      state.hoveredNode !== previous.hoveredNode ||
      state.selectedNode !== previous.selectedNode ||
      state.selectedEdge !== previous.selectedEdge ||
      state.selection !== previous.selection ||
      state.path !== previous.path
    ) {
      redraw();
    }
  });
  return {
    sigma,
    refresh,
    redraw,
    focusNode(node, ratio) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return;
      // Closer on large graphs, where a node is lost among thousands; never further out than the user already is.
      const target = Math.min(sigma.getCamera().ratio, ratio ?? (graph.order > 200 ? 0.35 : 0.8));
      void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: target }, { duration: 600 });
    },
    visibility: () => visibility,
    graphUnitsPerPixel() {
      const origin = sigma.viewportToGraph({ x: 0, y: 0 });
      const step = sigma.viewportToGraph({ x: 100, y: 0 });
      return Math.hypot(step.x - origin.x, step.y - origin.y) / 100;
    },
  };
}
