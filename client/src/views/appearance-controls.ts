import type { Atlas } from '../core/atlas';
import type { ColourMode, SizeMetric } from '../core/appearance';
import { byId, h, render } from './dom';
import { withBusy } from './notices';

/** Size by degree, PageRank or betweenness; colour by kind or Louvain community; how many labels to draw. */
export function mountAppearanceControls(atlas: Atlas): void {
  const size = h(
    'select',
    {
      attrs: { 'aria-label': 'Node size', id: 'size-metric' },
      on: {
        change: () => void withBusy(null, () => atlas.setSizeMetric(size.value as SizeMetric)),
      },
    },
    h('option', { props: { value: 'degree' } }, 'degree'),
    h('option', { props: { value: 'pagerank' } }, 'PageRank'),
    h('option', { props: { value: 'betweenness' } }, 'betweenness'),
  );
  const colour = h(
    'select',
    {
      attrs: { 'aria-label': 'Node colour', id: 'colour-mode' },
      on: { change: () => void withBusy(null, () => atlas.setColourMode(colour.value as ColourMode)) },
    },
    h('option', { props: { value: 'kind' } }, 'kind'),
    h('option', { props: { value: 'community' } }, 'community (Louvain)'),
  );
  const density = h('input', {
    props: { type: 'range', min: '0.1', max: '3', step: '0.1', value: String(atlas.store.state.labelDensity) },
    attrs: { 'aria-label': 'Label density' },
    on: { input: () => atlas.store.set({ labelDensity: Number(density.value) }) },
  });
  const sync = () => {
    size.value = atlas.store.state.size;
    colour.value = atlas.store.state.colour;
  };
  atlas.store.subscribe(sync);
  sync();

  render(
    byId('appearance'),
    h('h2', {}, 'Appearance'),
    h('label', { class: 'form-row' }, 'Size by', size),
    h('label', { class: 'form-row' }, 'Colour by', colour),
    h('label', { class: 'form-row' }, 'Label density', density),
  );
}
