import type { AtlasGraph } from './graph-store';

/** Colours chosen to stay apart for the common forms of colour blindness (Okabe–Ito palette). */
export const kindColours: Record<string, string> = {
  Person: '#0072B2',
  Country: '#E69F00',
  Agreement: '#009E73',
  Base: '#CC79A7',
  Organization: '#56B4E9',
};
const unknownKindColour = '#888888';

export const relationColours: Record<string, string> = {
  REPRESENTS: '#9bb7d4',
  MET: '#6a8caf',
  SIGNED: '#7fbf9f',
  PARTY_TO: '#a3d1b8',
  LOCATED_IN: '#d9b3cb',
  OPERATES: '#c99ab8',
  STATIONS_TROOPS_IN: '#e0b070',
};
/** Sources disagree on this edge (e.g. 55,000 vs 54,000 soldiers): drawn in a warning colour. */
export const contestedColour = '#D55E00';

const communityPalette = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#BBBBBB',
  '#994F00',
  '#006CD1',
  '#E1BE6A',
];

export type ColourMode = 'kind' | 'community';
export type SizeMetric = 'degree' | 'pagerank' | 'betweenness';

export function colourOfKind(kind: string): string {
  return kindColours[kind] ?? unknownKindColour;
}

export function colourOfCommunity(community: number | undefined): string {
  if (community === undefined) return unknownKindColour;
  return communityPalette[community % communityPalette.length]!;
}

/*
 * The bulk updates below pass no attribute hints on purpose: with hints, sigma repaints without re-indexing and
 * throws on nodes or edges added in the same tick ("can't be repaint").
 */

/** Colours every node by kind, or by its Louvain community when those have been computed. */
export function applyColours(graph: AtlasGraph, mode: ColourMode): void {
  graph.updateEachNodeAttributes((_key, attributes) => ({
    ...attributes,
    color: mode === 'community' ? colourOfCommunity(attributes.community) : colourOfKind(attributes.kind),
  }));
}

export const nodeSizeRange = { min: 4, max: 20 } as const;

/**
 * Sizes nodes from a centrality score. The square root keeps a hub from dwarfing everything else while keeping
 * the order; nodes without a score get the smallest size.
 */
export function applySizes(graph: AtlasGraph, scores: Record<string, number>): void {
  let max = 0;
  for (const value of Object.values(scores)) if (value > max) max = value;
  const { min, max: largest } = nodeSizeRange;
  graph.updateEachNodeAttributes((key, attributes) => {
    const score = scores[key] ?? 0;
    const size = max > 0 ? min + (largest - min) * Math.sqrt(score / max) : min;
    return { ...attributes, size };
  });
}

/** Degree counted over distinct neighbours, so that ten claims of one meeting do not make a hub. */
export function degreeScores(graph: AtlasGraph): Record<string, number> {
  const scores: Record<string, number> = {};
  graph.forEachNode((key) => {
    scores[key] = graph.neighbors(key).length;
  });
  return scores;
}

/** Edge width follows how many distinct outlets report the edge: more independent sources, thicker line. */
export function edgeWidth(outlets: number): number {
  return 1 + Math.min(outlets, 6) * 0.8;
}

/** How an edge is drawn follows from its own evidence only, so it is set once, when the edge arrives. */
export function edgeStyle(edge: { type: string; outlets: number; contested: boolean }): {
  size: number;
  color: string;
} {
  return {
    size: edgeWidth(edge.outlets),
    color: edge.contested ? contestedColour : (relationColours[edge.type] ?? '#bbbbbb'),
  };
}

/**
 * A node's label on the canvas: long names ("Abkommen (Japan, South Korea, United States of America)") are cut, as
 * they would cover their neighbours' labels. Hovered and selected nodes show the whole name, as does the panel.
 */
export function canvasLabel(name: string, max = 30): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
