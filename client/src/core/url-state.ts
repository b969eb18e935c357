import type { ColourMode, SizeMetric } from './appearance';
import { noFilters, type Filters } from './filters';

/**
 * What a shared link carries, so that it reopens the same view: what was looked at (a node, or a saved query with
 * its parameters), the filters, the camera and the appearance switches.
 */
export type ViewState = {
  node: string | null;
  query: { name: string; parameters: Record<string, unknown> } | null;
  filters: Filters;
  camera: { x: number; y: number; ratio: number } | null;
  colour: ColourMode;
  size: SizeMetric;
};

export const defaultViewState: ViewState = {
  node: null,
  query: null,
  filters: noFilters,
  camera: null,
  colour: 'kind',
  size: 'degree',
};

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.query) {
    params.set('query', state.query.name);
    if (Object.keys(state.query.parameters).length) params.set('params', JSON.stringify(state.query.parameters));
  } else if (state.node) params.set('node', state.node);
  const { filters } = state;
  if (filters.hiddenKinds.size) params.set('hideKinds', [...filters.hiddenKinds].join(','));
  if (filters.hiddenTypes.size) params.set('hideTypes', [...filters.hiddenTypes].join(','));
  // Outlet names contain commas and spaces, so each gets its own parameter.
  for (const outlet of filters.hiddenOutlets) params.append('hideOutlet', outlet);
  if (filters.until) params.set('until', filters.until);
  if (filters.focus) params.set('focus', filters.focus);
  if (state.colour !== 'kind') params.set('colour', state.colour);
  if (state.size !== 'degree') params.set('size', state.size);
  if (state.camera) {
    params.set('camera', [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function list(value: string | null): Set<string> {
  return new Set((value ?? '').split(',').filter(Boolean));
}

function parseParameters(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function parseCamera(text: string | null): ViewState['camera'] {
  const parts = (text ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

/** Reads a link's state; whatever is malformed falls back to the default rather than failing the page. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const queryName = params.get('query');
  const until = params.get('until');
  const colour = params.get('colour');
  const size = params.get('size');
  return {
    node: queryName ? null : params.get('node'),
    query: queryName ? { name: queryName, parameters: parseParameters(params.get('params')) } : null,
    filters: {
      hiddenKinds: list(params.get('hideKinds')),
      hiddenTypes: list(params.get('hideTypes')),
      hiddenOutlets: new Set(params.getAll('hideOutlet')),
      until: until && /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : null,
      focus: params.get('focus'),
    },
    camera: parseCamera(params.get('camera')),
    colour: colour === 'community' ? 'community' : 'kind',
    size: size === 'pagerank' || size === 'betweenness' ? size : 'degree',
  };
}
