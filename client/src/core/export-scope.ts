import type { Visibility } from './filters';
import type { AtlasGraph } from './graph-store';

/** What the user picks; CSV is two files (nodes, edges), so it is two choices that map to `format` + `part`. */
export const exportFormats = ['json', 'gexf', 'graphml', 'csv-nodes', 'csv-edges', 'cypher'] as const;
export type ExportFormat = (typeof exportFormats)[number];

function formatFields(format: ExportFormat): { format: string; part?: string } {
  if (format === 'csv-nodes') return { format: 'csv', part: 'nodes' };
  if (format === 'csv-edges') return { format: 'csv', part: 'edges' };
  return { format };
}
export type ExportScopeKind = 'view' | 'selection' | 'result' | 'all';

/** A node as the export carries it from the client: where it is drawn and how, so Gephi opens the same picture. */
export type PlacedNode = { key: string; x: number; y: number; color: string };

function placed(graph: AtlasGraph, keys: Iterable<string>): PlacedNode[] {
  const nodes: PlacedNode[] = [];
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const { x, y, color } = graph.getNodeAttributes(key);
    nodes.push({ key, x, y, color });
  }
  return nodes;
}

/**
 * The body of `POST /api/export` (server/src/http/routes/export.ts) for a scope: the nodes on screen (what the
 * filters let through), the selected ones, the last query's result — each sent as a `view` with positions and
 * colours — or the whole database. The server re-reads these nodes and the edges among them itself.
 */
export function exportRequest(
  format: ExportFormat,
  scope: ExportScopeKind,
  context: {
    graph: AtlasGraph;
    visibility: Visibility;
    selection: ReadonlySet<string>;
    resultNodes: readonly string[];
  },
): Record<string, unknown> {
  const { graph, visibility } = context;
  const fields = formatFields(format);
  switch (scope) {
    case 'all':
      return { ...fields, scope: { kind: 'whole-graph' } };
    case 'selection':
      return { ...fields, scope: { kind: 'view', nodes: placed(graph, context.selection) } };
    case 'result':
      return { ...fields, scope: { kind: 'view', nodes: placed(graph, context.resultNodes) } };
    case 'view':
      return {
        ...fields,
        scope: {
          kind: 'view',
          nodes: placed(
            graph,
            graph.filterNodes((key) => !visibility.hiddenNodes.has(key)),
          ),
        },
      };
  }
}
