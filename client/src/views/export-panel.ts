import { api } from '../core/api';
import { exportFormats, exportRequest, type ExportScopeKind } from '../core/export-scope';
import type { Visibility } from '../core/filters';
import type { Atlas } from '../core/atlas';
import type { ViewEdge, ViewNode } from '../core/graph-store';
import type Sigma from 'sigma';
import { button, h } from './dom';
import { notify, withBusy } from './notices';
import { download, viewAsPng } from './png-export';

const formatNames: Record<string, string> = {
  json: 'JSON (graphology)',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (yEd, Cytoscape)',
  'csv-nodes': 'CSV — nodes',
  'csv-edges': 'CSV — edges',
  cypher: 'Cypher script',
};

/** Export through the API (positions and colours go along) or the picture of the view as PNG. */
export function exportPanel(atlas: Atlas, sigma: Sigma<ViewNode, ViewEdge>, visibility: () => Visibility): HTMLElement {
  const format = h(
    'select',
    { attrs: { 'aria-label': 'Format', name: 'format' } },
    exportFormats.map((name) => h('option', { props: { value: name } }, formatNames[name] ?? name)),
  );
  const resultNodes = atlas.lastResult?.graph?.nodes.map((node) => node.key) ?? [];
  const scopes: { value: ExportScopeKind; label: string; available: boolean }[] = [
    { value: 'view', label: `The view (${atlas.graph.order - visibility().hiddenNodes.size} nodes)`, available: true },
    {
      value: 'selection',
      label: `The selection (${atlas.store.state.selection.size}, shift-click to pick)`,
      available: atlas.store.state.selection.size > 0,
    },
    { value: 'result', label: `The last query result (${resultNodes.length})`, available: resultNodes.length > 0 },
    { value: 'all', label: 'The whole database', available: true },
  ];
  const radios = scopes.map((scope, index) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        props: { type: 'radio', name: 'scope', value: scope.value, checked: index === 0, disabled: !scope.available },
      }),
      scope.label,
    ),
  );
  const chosenScope = () =>
    (radios.map((label) => label.querySelector('input')!).find((input) => input.checked)?.value ??
      'view') as ExportScopeKind;

  const exportButton = button(
    'Download',
    () =>
      void withBusy(exportButton, async () => {
        const body = exportRequest(format.value as (typeof exportFormats)[number], chosenScope(), {
          graph: atlas.graph,
          visibility: visibility(),
          selection: atlas.store.state.selection,
          resultNodes,
        });
        const file = await api.export(body);
        download(file.blob, file.fileName);
        notify(
          `Downloaded ${file.fileName}.${file.unknown ? ` ${file.unknown} node(s) no longer in the database were left out.` : ''}`,
        );
      }),
    { class: 'primary', attrs: { 'data-action': 'export' } },
  );
  const pngButton = button(
    'Download PNG',
    () =>
      void withBusy(pngButton, async () => {
        download(await viewAsPng(sigma), 'alliance-atlas.png');
      }),
    { attrs: { 'data-action': 'png' } },
  );

  return h(
    'div',
    { class: 'export-panel' },
    h('h3', {}, 'Data'),
    h('label', { class: 'form-row' }, 'Format', format),
    h('div', { class: 'form-row' }, radios),
    h('p', { class: 'meta' }, 'GEXF and GraphML keep the positions and colours you see.'),
    h('div', { class: 'actions' }, exportButton),
    h('h3', {}, 'Picture'),
    h('p', { class: 'meta' }, 'The view as drawn now, with the legend.'),
    h('div', { class: 'actions' }, pngButton),
  );
}
