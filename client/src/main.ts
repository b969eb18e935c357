import type { EvidenceItem, NodeAnswer, QueryResult, SearchResult } from './core/api-types';
import { Atlas } from './core/atlas';
import { decodeViewState, encodeViewState } from './core/url-state';
import { mountAppearanceControls } from './views/appearance-controls';
import { ArticleReader } from './views/article-reader';
import { createCanvas } from './views/canvas';
import { cypherPanel } from './views/cypher-panel';
import { byId, button } from './views/dom';
import { edgePanel } from './views/edge-panel';
import { exportPanel } from './views/export-panel';
import { nodePanel } from './views/node-panel';
import { notify, notifyError, stageMessage, withBusy } from './views/notices';
import { pathPanel, type Endpoint } from './views/path-panel';
import { queriesPanel } from './views/queries-panel';
import { ResultsTable } from './views/results-table';
import { SidePanel } from './views/side-panel';
import { mountSidebar } from './views/sidebar';
import { mountToolbar } from './views/toolbar';
import { installTestHook } from './test-hook';

/** The wiring of the page: the core's Atlas, the canvas and the panels; each view does its own drawing. */
const atlas = new Atlas();
const linked = decodeViewState(window.location.search);
atlas.store.set({ filters: linked.filters, colour: linked.colour, size: linked.size });

const panel = new SidePanel();
const results = new ResultsTable();
const reader = new ArticleReader((entity) => void openNode(entity.id, { addNeighbours: false }));
const container = byId('canvas');
const canvas = createCanvas(container, atlas.graph, atlas.store, {
  onClickNode: (node, additive) => {
    if (additive) atlas.toggleSelected(node);
    else void openNode(node);
  },
  onClickEdge: (edge) => showEdge(edge),
  onClickStage: () => {
    atlas.store.set({ selectedEdge: null, selectedNode: null });
    if (panel.current?.startsWith('node:') || panel.current?.startsWith('edge:')) panel.close();
  },
  onDragStart: () => atlas.history.record('move'),
});
new ResizeObserver(() => {
  canvas.sigma.resize();
  canvas.sigma.refresh();
}).observe(container);

atlas.onGraphChanged((added) => {
  canvas.refresh();
  // Fresh nodes start near their neighbours; a short layout run settles them in without the user asking.
  if (added.length > 0 && added.length < atlas.graph.order) {
    atlas.layout.settle(() => undefined, canvas.graphUnitsPerPixel(), 1_500);
  }
  if (atlas.graph.order > 0) stageMessage(null);
});

const openArticle = (item: EvidenceItem) => void reader.show(item.article, { start: item.start, end: item.end });

function showNodePanel(answer: NodeAnswer): void {
  panel.show(`node:${answer.node.id}`, answer.node.name, nodePanel(answer, atlas, nodeActions), {
    onClose: () => atlas.store.set({ selectedNode: null }),
  });
}

const nodeActions = {
  openNode: (id: string) => void openNode(id),
  openArticle,
  pathFrom: (id: string, name: string) => openPathTool({ id, name }, null),
  focusCamera: (id: string) => canvas.focusNode(id),
};

/** Puts the node on screen (if it is not there yet), moves the camera to it and opens its panel. */
async function openNode(id: string, options: { addNeighbours?: boolean } = {}): Promise<void> {
  await withBusy(null, async () => {
    const answer = await atlas.openNode(id, options);
    showNodePanel(answer);
    canvas.focusNode(id);
  });
}

function showEdge(key: string): void {
  if (!atlas.graph.hasEdge(key)) return;
  const edge = atlas.graph.getEdgeAttributes(key);
  const end = (id: string) => ({ id, name: atlas.nameOf(id) });
  atlas.store.set({ selectedEdge: key, selectedNode: null });
  panel.show(
    `edge:${key}`,
    'Evidence',
    edgePanel(
      edge,
      { source: end(atlas.graph.source(key)), target: end(atlas.graph.target(key)) },
      atlas.store.state.filters,
      {
        openNode: (id) => void openNode(id),
        openArticle,
      },
    ),
    { onClose: () => atlas.store.set({ selectedEdge: null }) },
  );
}

function showResult(title: string, result: QueryResult): void {
  results.show(title, result);
  if (result.graph && result.graph.nodes.length) settleAndFit();
  else if (result.rows.length === 0) notify('The query returned no rows.');
}

function openPathTool(from: Endpoint | null, to: Endpoint | null): void {
  const selection = [...atlas.store.state.selection];
  const pick = (index: number): Endpoint | null => {
    const id = selection[index];
    return id ? { id, name: atlas.nameOf(id) } : null;
  };
  panel.show(
    'path',
    'Shortest path',
    pathPanel(atlas, { from: from ?? pick(0), to: to ?? pick(1) }, { openArticle, selectEdge: showEdge }),
    {
      onClose: () => atlas.store.set({ path: null }),
    },
  );
}

function openTool(tool: 'path' | 'queries' | 'cypher' | 'export'): void {
  if (panel.current === tool) return panel.close();
  switch (tool) {
    case 'path':
      return openPathTool(null, null);
    case 'queries':
      return panel.show('queries', 'Saved queries', queriesPanel(atlas, { showResult }));
    case 'cypher':
      return panel.show('cypher', 'Cypher', cypherPanel(atlas, { showResult }));
    case 'export':
      return panel.show('export', 'Export', exportPanel(atlas, canvas.sigma, canvas.visibility));
  }
}

function settleAndFit(onDone: () => void = () => undefined): void {
  void canvas.sigma.getCamera().animatedReset({ duration: 300 });
  atlas.layout.settle(() => {
    void canvas.sigma.getCamera().animatedReset({ duration: 300 });
    onDone();
  }, canvas.graphUnitsPerPixel());
}

async function loadOverview(): Promise<void> {
  stageMessage('Loading the network…', 'loading');
  try {
    const { total, truncated } = await atlas.loadOverview();
    if (atlas.graph.order === 0) {
      stageMessage('The graph is empty. Add articles with `npx atlas ingest path/to/articles`, then reload.');
      return;
    }
    if (truncated)
      notify(`Showing the ${atlas.graph.order} most connected of ${total} entities. Search or expand to see more.`);
    settleAndFit(() => {
      if (linked.camera) canvas.sigma.getCamera().setState(linked.camera);
    });
  } catch (error) {
    stageMessage(
      `The network could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      'error',
      button('Retry', () => void loadOverview()),
    );
  }
}

/** A shared link reopens its view: a saved query with its parameters, or a node, else the overview. */
async function start(): Promise<void> {
  if (linked.query) {
    const query = linked.query;
    panel.show('queries', 'Saved queries', queriesPanel(atlas, { showResult }, query));
    await withBusy(null, async () => showResult(query.name, await atlas.runQuery(query.name, query.parameters)));
    return;
  }
  await loadOverview();
  if (linked.node) await openNode(linked.node);
}

function syncUrl(): void {
  const { filters, colour, size, selectedNode, query } = atlas.store.state;
  const camera = canvas.sigma.getCamera().getState();
  const search = encodeViewState({ node: selectedNode, query, filters, colour, size, camera });
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
}
let urlTimer: ReturnType<typeof setTimeout> | undefined;
const scheduleUrlSync = () => {
  if (urlTimer) clearTimeout(urlTimer);
  urlTimer = setTimeout(syncUrl, 300);
};
atlas.store.subscribe((state, previous) => {
  if (state.hoveredNode !== previous.hoveredNode) return;
  scheduleUrlSync();
});
canvas.sigma.getCamera().on('updated', scheduleUrlSync);

const { search } = mountToolbar(atlas, {
  chooseSearchResult: (result: SearchResult) => void openNode(result.id),
  removeOverlaps: () => atlas.layout.removeOverlaps(canvas.graphUnitsPerPixel()),
  reloadOverview: () => {
    atlas.history.record('overview');
    atlas.store.set({
      query: null,
      path: null,
      selectedNode: null,
      selectedEdge: null,
      filters: { ...atlas.store.state.filters, focus: null },
    });
    void loadOverview();
  },
  openTool,
});
mountSidebar(atlas);
mountAppearanceControls(atlas);

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if (event.key === 'Escape') {
    if (reader.open) reader.close();
    else if (panel.open) panel.close();
    else if (results.open) results.close();
    else atlas.store.set({ path: null, selection: new Set(), selectedEdge: null });
    if (typing) target.blur();
    return;
  }
  if (typing) return;
  if (event.key === '/') {
    event.preventDefault();
    search.focus();
  } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    if (event.shiftKey) atlas.redo();
    else atlas.undo();
  } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y') {
    event.preventDefault();
    atlas.redo();
  }
});

installTestHook(atlas, canvas);
void start().catch(notifyError);
