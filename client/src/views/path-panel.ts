import type { EvidenceItem, PathsAnswer, SearchResult } from '../core/api-types';
import type { Atlas } from '../core/atlas';
import { sourceLine } from '../core/evidence';
import { button, h, render } from './dom';
import { withBusy } from './notices';
import { searchBox } from './search-box';

export type Endpoint = { id: string; name: string };

/**
 * The shortest-path tool: two entities, then every shortest path between them drawn over the view and listed hop
 * by hop, each hop with the quote and source that back it.
 */
export function pathPanel(
  atlas: Atlas,
  initial: { from: Endpoint | null; to: Endpoint | null },
  actions: { openArticle(item: EvidenceItem): void; selectEdge(key: string): void },
): HTMLElement {
  let from = initial.from;
  let to = initial.to;
  const result = h('div', { class: 'path-result' });
  const fromBox = searchBox({
    id: 'path-from',
    label: 'From',
    placeholder: 'From…',
    onChoose: (choice: SearchResult) => (from = { id: choice.id, name: choice.name }),
  });
  const toBox = searchBox({
    id: 'path-to',
    label: 'To',
    placeholder: 'To…',
    onChoose: (choice: SearchResult) => (to = { id: choice.id, name: choice.name }),
  });
  if (from) fromBox.input.value = from.name;
  if (to) toBox.input.value = to.name;
  const maxLength = h(
    'select',
    { attrs: { 'aria-label': 'Longest path' } },
    [2, 3, 4, 5, 6].map((value) =>
      h('option', { props: { value: String(value), selected: value === 4 } }, `at most ${value} hops`),
    ),
  );

  const find = button(
    'Find path',
    () => {
      if (!from || !to) {
        render(result, h('p', { class: 'invalid' }, 'Choose both ends from the suggestions first.'));
        return;
      }
      const ends = { from, to };
      void withBusy(find, async () => {
        const answer = await atlas.findPaths(ends.from.id, ends.to.id, Number(maxLength.value));
        render(result, hopList(answer, atlas, ends, actions));
      });
    },
    { class: 'primary', attrs: { 'data-action': 'find-path' } },
  );

  return h(
    'div',
    { class: 'path-panel' },
    h('label', { class: 'form-row' }, 'From', fromBox.element),
    h('label', { class: 'form-row' }, 'To', toBox.element),
    h(
      'div',
      { class: 'actions' },
      maxLength,
      find,
      button('Clear highlight', () => atlas.store.set({ path: null })),
    ),
    result,
  );
}

function hopList(
  answer: PathsAnswer,
  atlas: Atlas,
  ends: { from: Endpoint; to: Endpoint },
  actions: { openArticle(item: EvidenceItem): void; selectEdge(key: string): void },
): HTMLElement {
  if (answer.paths.length === 0) {
    return h('p', { class: 'muted' }, `No path between ${ends.from.name} and ${ends.to.name} within that length.`);
  }
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'meta' },
      `${answer.paths.length} shortest path${answer.paths.length === 1 ? '' : 's'}, ${answer.paths[0]!.hops.length} hop${answer.paths[0]!.hops.length === 1 ? '' : 's'} each.`,
    ),
    answer.paths.map((path, index) =>
      h(
        'section',
        { class: 'path', dataset: { path: String(index) } },
        h('h3', {}, path.nodes.map((id) => atlas.nameOf(id)).join(' → ')),
        path.hops.map((hop) =>
          h(
            'div',
            { class: 'hop', dataset: { edge: hop.edgeKey } },
            // The quote and its source follow on their own line, so the link names the claim alone.
            button(hop.evidence ? hop.statement : hop.citation, () => actions.selectEdge(hop.edgeKey), {
              class: 'link citation',
            }),
            hop.evidence
              ? h(
                  'div',
                  {},
                  button(`“${hop.evidence.quote}”`, () => actions.openArticle(hop.evidence!), { class: 'link quote' }),
                  h('span', { class: 'source muted' }, ' ', sourceLine(hop.evidence)),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}
