import type { EvidenceItem, NodeAnswer } from '../core/api-types';
import { entityKinds } from '../core/api-types';
import { hubThreshold, type Atlas } from '../core/atlas';
import { groupRelations, readableType } from '../core/evidence';
import { button, h, render } from './dom';
import { evidenceList } from './evidence-list';
import { notify, withBusy } from './notices';
import { kindBadge } from './search-box';

export type NodePanelActions = {
  openNode(id: string): void;
  openArticle(item: EvidenceItem): void;
  pathFrom(id: string, name: string): void;
  focusCamera(id: string): void;
};

/** Wikidata ids are checked before they become a link, so a stored value can never smuggle in another URL. */
function wikidataLink(qid: string | undefined): HTMLElement | null {
  if (!qid || !/^Q\d+$/.test(qid)) return null;
  return h(
    'a',
    { props: { href: `https://www.wikidata.org/wiki/${qid}`, target: '_blank', rel: 'noopener noreferrer' } },
    `Wikidata ${qid}`,
  );
}

/**
 * Expanding a node's neighbours. The API is first asked for counts only; past the hub threshold the user sees
 * them by kind and relation type and picks what to add, so a hub never floods the screen.
 */
function expandControls(atlas: Atlas, id: string): HTMLElement {
  const depth = h(
    'select',
    { attrs: { 'aria-label': 'Depth' } },
    [1, 2, 3].map((value) => h('option', { props: { value: String(value) } }, `depth ${value}`)),
  );
  const kindChecks = entityKinds.map((kind) =>
    h('input', { props: { type: 'checkbox', checked: true, value: kind }, attrs: { 'aria-label': kind } }),
  );
  const choice = h('div', {});
  const checkedKinds = () => kindChecks.filter((box) => box.checked).map((box) => box.value);

  const expand = async (control: HTMLButtonElement, options: { kinds?: string[]; types?: string[]; limit?: number }) =>
    withBusy(control, async () => {
      const { added, answer } = await atlas.expand(id, { depth: Number(depth.value), ...options });
      notify(
        added.length
          ? `Added ${added.length} node${added.length === 1 ? '' : 's'}${answer.truncated ? ` (of ${answer.total})` : ''}.`
          : 'No new neighbours with these settings.',
      );
      render(choice);
    });

  const start = button(
    'Expand',
    () =>
      void withBusy(start, async () => {
        const kinds = checkedKinds();
        const summary = await atlas.neighbourSummary(id, { depth: Number(depth.value), kinds });
        if (summary.total <= hubThreshold) {
          await expand(start, { kinds });
          return;
        }
        render(
          choice,
          hubChoice(summary.total, summary.counts, (picked, limit, control) => expand(control, { ...picked, limit })),
        );
      }),
    { class: 'primary', attrs: { 'data-action': 'expand' } },
  );

  return h(
    'div',
    { class: 'expand' },
    h('h3', {}, 'Expand neighbours'),
    h('div', { class: 'actions' }, depth, start),
    h(
      'div',
      { class: 'actions' },
      kindChecks.map((box) => h('label', { class: 'check' }, box, box.value)),
    ),
    choice,
  );
}

function hubChoice(
  total: number,
  counts: { byKind: Record<string, number>; byType: Record<string, number> },
  onAdd: (picked: { kinds: string[]; types: string[] }, limit: number, control: HTMLButtonElement) => Promise<unknown>,
): HTMLElement {
  const boxes = (entries: Record<string, number>, group: string) =>
    Object.entries(entries)
      .sort(([, a], [, b]) => b - a)
      .map(([name, count]) => ({
        name,
        box: h('input', {
          props: { type: 'checkbox', checked: false, value: name },
          attrs: { 'aria-label': `${group} ${name}` },
        }),
        count,
      }));
  const kinds = boxes(counts.byKind, 'kind');
  const types = boxes(counts.byType, 'type');
  const limit = h('input', {
    props: { type: 'number', value: String(hubThreshold), min: '1', max: '1000' },
    attrs: { 'aria-label': 'At most this many nodes' },
  });
  const table = (rows: typeof kinds, label: (name: string) => string) =>
    h(
      'table',
      { class: 'counts' },
      rows.map((row) =>
        h(
          'tr',
          {},
          h('td', {}, h('label', { class: 'check' }, row.box, label(row.name))),
          h('td', {}, String(row.count)),
        ),
      ),
    );
  const add = button(
    'Add chosen',
    () => {
      const picked = {
        kinds: kinds.filter((row) => row.box.checked).map((row) => row.name),
        types: types.filter((row) => row.box.checked).map((row) => row.name),
      };
      void onAdd(picked, Math.max(1, Math.min(1000, Number(limit.value) || hubThreshold)), add);
    },
    { class: 'primary', attrs: { 'data-action': 'add-chosen' } },
  );
  return h(
    'div',
    { class: 'hub-choice', attrs: { 'data-hub': 'true' } },
    h('p', { class: 'meta' }, `${total} neighbours — more than ${hubThreshold}. Pick what to add (none ticked = all):`),
    h('h3', {}, 'By kind'),
    table(kinds, (name) => name),
    h('h3', {}, 'By relation'),
    table(types, readableType),
    h('label', { class: 'form-row' }, 'At most', limit),
    add,
  );
}

/** A node's panel: who or what it is, what can be done with it, and every relation with the sentences behind it. */
export function nodePanel(answer: NodeAnswer, atlas: Atlas, actions: NodePanelActions): HTMLElement {
  const { node } = answer;
  const onScreen = atlas.graph.hasNode(node.id);
  const pinned = onScreen && atlas.graph.getNodeAttribute(node.id, 'fixed') === true;
  const focused = atlas.store.state.filters.focus === node.id;
  const groups = groupRelations(answer.relations);

  const toolbar = h(
    'div',
    { class: 'actions' },
    button(focused ? 'Leave focus' : 'Focus', () => atlas.store.setFilters({ focus: focused ? null : node.id }), {
      title: 'Show only this node and its neighbours',
      class: focused ? 'active' : '',
    }),
    button('Centre', () => actions.focusCamera(node.id)),
    button('Path from here…', () => actions.pathFrom(node.id, node.name)),
    button(pinned ? 'Unpin' : 'Pin', () => atlas.setPinned([node.id], !pinned), {
      title: 'A pinned node stays where it is during layout',
    }),
    button('Hide', () => atlas.setHidden([node.id], true)),
    button('Remove', () => atlas.remove([node.id]), { title: 'Take it off the view (undo brings it back)' }),
  );

  return h(
    'div',
    { class: 'node-panel', dataset: { node: node.id } },
    h(
      'p',
      { class: 'meta' },
      kindBadge(node.kind),
      ' ',
      `${answer.articles} article${answer.articles === 1 ? '' : 's'}`,
      ' ',
      wikidataLink(node.wikidata),
    ),
    node.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', node.aliases.join(' · ')) : null,
    toolbar,
    expandControls(atlas, node.id),
    h('h3', {}, `Relations (${answer.relations.length})`),
    groups.length === 0 ? h('p', { class: 'muted' }, 'No relation has been reported for this entity.') : null,
    groups.map((group) =>
      h(
        'section',
        { class: 'relation-group', dataset: { type: group.type } },
        h('h3', {}, `${readableType(group.type)} (${group.relations.length})`),
        group.relations.map((relation) =>
          h(
            'div',
            { class: 'relation', dataset: { edge: relation.key } },
            h(
              'div',
              { class: 'relation-head' },
              h('span', { class: 'muted' }, relation.direction === 'out' ? '→' : '←'),
              button(relation.other.name, () => actions.openNode(relation.other.id), {
                class: 'link',
                title: `Open ${relation.other.kind}`,
              }),
              kindBadge(relation.other.kind),
              h('span', { class: 'badge' }, `${relation.outlets} outlet${relation.outlets === 1 ? '' : 's'}`),
              relation.contested
                ? h('span', { class: 'badge contested', title: 'The sources disagree on this claim' }, 'contested')
                : null,
            ),
            evidenceList(relation.evidence, actions.openArticle),
          ),
        ),
      ),
    ),
  );
}
