import type { SearchResult } from '../core/api-types';
import type { Atlas } from '../core/atlas';
import { byId, button, h, render } from './dom';
import { searchBox } from './search-box';

export type ToolbarActions = {
  chooseSearchResult(result: SearchResult): void;
  removeOverlaps(): void;
  reloadOverview(): void;
  openTool(tool: 'path' | 'queries' | 'cypher' | 'export'): void;
};

/** The top bar: search, layout, undo/redo and the tools. */
export function mountToolbar(atlas: Atlas, actions: ToolbarActions): { search: HTMLInputElement } {
  const element = byId('toolbar');
  const search = searchBox({
    id: 'search',
    label: 'Search entities',
    placeholder: 'Search people, countries, bases…  ( / )',
    onChoose: (result) => {
      actions.chooseSearchResult(result);
      search.clear();
    },
  });

  const layoutButton = button('Start layout', () => atlas.layout.toggle(), {
    title: 'ForceAtlas2, running in a web worker',
    attrs: { 'data-action': 'layout' },
  });
  atlas.layout.onChange((running) => {
    layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
    layoutButton.classList.toggle('active', running);
  });

  const undo = button('↶ Undo', () => atlas.undo(), { attrs: { 'data-action': 'undo' } });
  const redo = button('↷ Redo', () => atlas.redo(), { attrs: { 'data-action': 'redo' } });
  const syncHistory = () => {
    undo.disabled = !atlas.history.canUndo;
    redo.disabled = !atlas.history.canRedo;
    undo.title = atlas.history.undoLabel ? `Undo ${atlas.history.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = atlas.history.redoLabel ? `Redo ${atlas.history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  };
  atlas.history.onChange(syncHistory);
  syncHistory();

  const tool = (label: string, name: 'path' | 'queries' | 'cypher' | 'export') =>
    button(label, () => actions.openTool(name), { attrs: { 'data-tool': name } });

  render(
    element,
    h('span', { class: 'brand' }, 'Alliance Atlas'),
    search.element,
    h(
      'div',
      { class: 'group' },
      layoutButton,
      button('Spread', actions.removeOverlaps, { title: 'Remove overlaps (noverlap)' }),
    ),
    h('div', { class: 'group' }, undo, redo),
    h('span', { class: 'spacer' }),
    h(
      'div',
      { class: 'group' },
      button('Overview', actions.reloadOverview, { title: 'Back to the most connected entities' }),
      tool('Path', 'path'),
      tool('Queries', 'queries'),
      tool('Cypher', 'cypher'),
      tool('Export', 'export'),
    ),
  );
  return { search: search.input };
}
