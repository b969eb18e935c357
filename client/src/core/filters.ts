import type { EvidenceItem } from './api-types';
import type { AtlasGraph, ViewEdge } from './graph-store';

/**
 * What the user chose not to see. Stored as exclusions, so that kinds or outlets arriving later (an expansion,
 * a query) show up rather than hide silently.
 */
export type Filters = {
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  hiddenOutlets: ReadonlySet<string>;
  /** "As reported up to": only claims published on or before this ISO date count. */
  until: string | null;
  /** Focus mode: only this node and its neighbours. */
  focus: string | null;
};

export const noFilters: Filters = {
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  hiddenOutlets: new Set(),
  until: null,
  focus: null,
};

/** Claims without an outlet are grouped under one name, so they can be filtered like the others. */
export const unknownOutlet = 'unknown outlet';

export function outletOf(item: EvidenceItem): string {
  return item.source ?? unknownOutlet;
}

/** The claims of an edge that the filters let through. */
export function visibleEvidence(edge: ViewEdge, filters: Filters): EvidenceItem[] {
  return edge.evidence.filter(
    (item) =>
      !filters.hiddenOutlets.has(outletOf(item)) &&
      (filters.until === null || (item.publishedAt !== null && item.publishedAt.slice(0, 10) <= filters.until)),
  );
}

function edgePasses(edge: ViewEdge, filters: Filters): boolean {
  if (filters.hiddenTypes.has(edge.type)) return false;
  // An edge from a query result may carry no evidence at all; only claim filters can hide it then.
  if (edge.evidence.length === 0) return filters.until === null && filters.hiddenOutlets.size === 0;
  return visibleEvidence(edge, filters).length > 0;
}

export type Visibility = { hiddenNodes: Set<string>; hiddenEdges: Set<string> };

function claimFiltersActive(filters: Filters): boolean {
  return filters.until !== null || filters.hiddenOutlets.size > 0;
}

/**
 * Which nodes and edges the filters hide, computed once per change so that the renderer's reducers only look
 * sets up. With a claim filter (date, outlet) on, a node left without any visible relation goes too: the network
 * "as reported up to X" holds no one the reports had not yet linked to anything.
 */
export function computeVisibility(graph: AtlasGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.hidden || filters.hiddenKinds.has(attributes.kind)) hiddenNodes.add(key);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(attributes, filters)) hiddenEdges.add(key);
  });
  if (claimFiltersActive(filters)) {
    graph.forEachNode((key) => {
      if (hiddenNodes.has(key) || graph.degree(key) === 0) return;
      if (graph.everyEdge(key, (edge) => hiddenEdges.has(edge))) hiddenNodes.add(key);
    });
  }
  if (filters.focus && graph.hasNode(filters.focus) && !hiddenNodes.has(filters.focus)) {
    const focus = filters.focus;
    const kept = new Set([focus]);
    graph.forEachEdge(focus, (key, _attributes, source, target) => {
      if (!hiddenEdges.has(key)) kept.add(source === focus ? target : source);
    });
    graph.forEachNode((key) => {
      if (!kept.has(key)) hiddenNodes.add(key);
    });
    graph.forEachEdge((key, _attributes, source, target) => {
      if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(key);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** Every outlet named by the claims on screen, with how many claims each. */
export function outletsOnScreen(graph: AtlasGraph): Map<string, number> {
  const outlets = new Map<string, number>();
  graph.forEachEdge((_key, attributes) => {
    for (const item of attributes.evidence) outlets.set(outletOf(item), (outlets.get(outletOf(item)) ?? 0) + 1);
  });
  return outlets;
}

/** The first and last publication date (YYYY-MM-DD) among the claims on screen; null when none is dated. */
export function dateRange(graph: AtlasGraph): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  graph.forEachEdge((_key, attributes) => {
    for (const item of attributes.evidence) {
      if (!item.publishedAt) continue;
      const day = item.publishedAt.slice(0, 10);
      if (first === null || day < first) first = day;
      if (last === null || day > last) last = day;
    }
  });
  return first !== null && last !== null ? { first, last } : null;
}
