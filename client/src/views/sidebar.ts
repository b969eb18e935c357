import { entityKinds, relationTypes } from '../core/api-types';
import type { Atlas } from '../core/atlas';
import { colourOfCommunity, colourOfKind, contestedColour, relationColours } from '../core/appearance';
import { readableType } from '../core/evidence';
import { outletsOnScreen } from '../core/filters';
import { byId, button, h, render } from './dom';

function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Every distinct claim date on screen, oldest first: the stops of the "as reported up to" slider. */
function claimDates(atlas: Atlas): string[] {
  const dates = new Set<string>();
  atlas.graph.forEachEdge((_key, attributes) => {
    for (const item of attributes.evidence) if (item.publishedAt) dates.add(item.publishedAt.slice(0, 10));
  });
  return [...dates].sort();
}

/**
 * The left column: the legend (which doubles as the kind filter), relation types, outlets, the time slider and
 * focus mode. It is redrawn from the graph and the filters whenever either changes.
 */
export function mountSidebar(atlas: Atlas): () => void {
  const element = byId('filters');
  const { store, graph } = atlas;

  const draw = () => {
    const { filters, colour } = store.state;
    const kindCounts = new Map<string, number>();
    graph.forEachNode((_key, attributes) =>
      kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1),
    );
    const typeCounts = new Map<string, number>();
    graph.forEachEdge((_key, attributes) =>
      typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1),
    );
    const outlets = [...outletsOnScreen(graph)].sort(([, a], [, b]) => b - a);
    const dates = claimDates(atlas);
    const hiddenByUser = graph.filterNodes((_key, attributes) => attributes.hidden === true).length;

    const kindRows = entityKinds.map((kind) =>
      h(
        'label',
        { class: `check${filters.hiddenKinds.has(kind) ? ' off' : ''}`, dataset: { kind } },
        h('input', {
          props: { type: 'checkbox', checked: !filters.hiddenKinds.has(kind) },
          on: { change: () => store.setFilters({ hiddenKinds: toggled(filters.hiddenKinds, kind) }) },
        }),
        h('span', { class: 'swatch', attrs: { style: `background:${colourOfKind(kind)}` } }),
        kind,
        h('span', { class: 'count' }, String(kindCounts.get(kind) ?? 0)),
      ),
    );
    const typeRows = relationTypes.map((type) =>
      h(
        'label',
        { class: `check${filters.hiddenTypes.has(type) ? ' off' : ''}`, dataset: { type } },
        h('input', {
          props: { type: 'checkbox', checked: !filters.hiddenTypes.has(type) },
          on: { change: () => store.setFilters({ hiddenTypes: toggled(filters.hiddenTypes, type) }) },
        }),
        h('span', {
          class: 'swatch',
          attrs: { style: `background:${relationColours[type] ?? '#bbb'};border-radius:2px` },
        }),
        readableType(type),
        h('span', { class: 'count' }, String(typeCounts.get(type) ?? 0)),
      ),
    );
    const outletRows = outlets.map(([outlet, count]) =>
      h(
        'label',
        { class: `check${filters.hiddenOutlets.has(outlet) ? ' off' : ''}`, title: outlet },
        h('input', {
          props: { type: 'checkbox', checked: !filters.hiddenOutlets.has(outlet) },
          on: { change: () => store.setFilters({ hiddenOutlets: toggled(filters.hiddenOutlets, outlet) }) },
        }),
        h('span', { class: 'outlet-name' }, outlet.length > 34 ? `${outlet.slice(0, 32)}…` : outlet),
        h('span', { class: 'count' }, String(count)),
      ),
    );

    // The slider's last stop means "everything", so that later claims arriving with an expansion are not cut off.
    const stop = filters.until
      ? Math.max(
          0,
          dates.findIndex((date) => date >= filters.until!),
        )
      : dates.length;
    const slider = h('input', {
      props: { type: 'range', min: '0', max: String(dates.length), step: '1', value: String(stop) },
      attrs: { 'aria-label': 'As reported up to', id: 'until-slider' },
      on: {
        input: (event) => {
          const index = Number((event.target as HTMLInputElement).value);
          store.setFilters({ until: index >= dates.length ? null : (dates[index] ?? null) });
        },
      },
    });
    const focusName = filters.focus ? atlas.nameOf(filters.focus) : null;

    render(
      element,
      h('h2', {}, colour === 'community' ? 'Communities (Louvain)' : 'Kinds'),
      colour === 'community' ? communityLegend(atlas) : null,
      kindRows,
      h('h2', {}, 'Relations'),
      typeRows,
      h(
        'p',
        { class: 'meta' },
        h('span', { class: 'swatch', attrs: { style: `background:${contestedColour};border-radius:2px` } }),
        ' contested (sources disagree) · width = number of outlets',
      ),
      h('h2', {}, 'As reported up to'),
      dates.length
        ? h(
            'div',
            {},
            slider,
            h(
              'div',
              { class: 'meta', attrs: { id: 'until-label' } },
              filters.until ?? `all (${dates[0]} – ${dates[dates.length - 1]})`,
            ),
          )
        : h('p', { class: 'muted' }, 'No dated claims on screen.'),
      h('h2', {}, `Outlets (${outlets.length})`),
      outletRows.length ? outletRows : h('p', { class: 'muted' }, 'No claims on screen.'),
      h('h2', {}, 'View'),
      focusName
        ? h(
            'p',
            {},
            'Focus on ',
            h('strong', {}, focusName),
            ' ',
            button('Leave', () => store.setFilters({ focus: null })),
          )
        : h('p', { class: 'muted' }, 'Focus mode: open a node and press Focus.'),
      hiddenByUser
        ? button(`Show ${hiddenByUser} hidden node${hiddenByUser === 1 ? '' : 's'}`, () => atlas.showAll())
        : null,
      h('p', { class: 'meta', attrs: { id: 'graph-stats' } }, `${graph.order} nodes · ${graph.size} edges on screen`),
    );
  };

  const unsubscribe = [
    store.subscribe((state, previous) => {
      if (state.filters !== previous.filters || state.colour !== previous.colour) draw();
    }),
    atlas.onGraphChanged(draw),
  ];
  draw();
  return () => unsubscribe.forEach((stop) => stop());
}

/** The largest communities with a member's name each, so a colour can be read without hovering. */
function communityLegend(atlas: Atlas): HTMLElement {
  const members = new Map<number, string[]>();
  atlas.graph.forEachNode((_key, attributes) => {
    if (attributes.community === undefined) return;
    const list = members.get(attributes.community) ?? [];
    list.push(attributes.name);
    members.set(attributes.community, list);
  });
  const largest = [...members].sort(([, a], [, b]) => b.length - a.length).slice(0, 8);
  return h(
    'div',
    { class: 'community-legend' },
    largest.map(([community, names]) =>
      h(
        'div',
        { class: 'check' },
        h('span', { class: 'swatch', attrs: { style: `background:${colourOfCommunity(community)}` } }),
        `${names[0]}${names.length > 1 ? ` +${names.length - 1}` : ''}`,
      ),
    ),
  );
}
