import { strict as assert } from 'node:assert';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  type ViewState,
} from '../../../client/src/core/url-state.js';

describe('client URL state: a shared link reopens the same view', () => {
  it('the default view is an empty query string, and decodes back to the default', () => {
    assert.equal(encodeViewState(defaultViewState), '');
    assert.deepEqual(decodeViewState(''), defaultViewState);
  });

  it('round-trips a query with parameters, filters, camera and appearance', () => {
    const state: ViewState = {
      node: null,
      query: { name: 'country-officials', parameters: { country: 'JP', limit: 5, kinds: ['Person'] } },
      filters: {
        hiddenKinds: new Set(['Base']),
        hiddenTypes: new Set(['MET', 'SIGNED']),
        hiddenOutlets: new Set(['Asahi, English edition', 'Nikkei & Co']),
        until: '2025-01-31',
        focus: 'lloyd-austin',
      },
      camera: { x: 0.5, y: -0.25, ratio: 1.5 },
      colour: 'community',
      size: 'pagerank',
    };
    assert.deepEqual(decodeViewState(encodeViewState(state)), state);
  });

  it('carries a focused node when no query is shown', () => {
    const state = { ...defaultViewState, node: 'Ünïcode & id' };
    assert.equal(decodeViewState(encodeViewState(state)).node, 'Ünïcode & id');
  });

  it('falls back to the default for each malformed part instead of failing the page', () => {
    const state = decodeViewState(
      '?query=who-met-whom&params=%7Bbroken&until=yesterday&camera=1,2&colour=rainbow&size=huge',
    );
    assert.deepEqual(state.query, { name: 'who-met-whom', parameters: {} });
    assert.equal(state.filters.until, null);
    assert.equal(state.camera, null);
    assert.equal(state.colour, 'kind');
    assert.equal(state.size, 'degree');
    assert.equal(decodeViewState('?camera=1,2,0').camera, null, 'a zero zoom ratio cannot be drawn');
    assert.deepEqual(decodeViewState('?query=q&params=%5B1%5D').query?.parameters, {});
  });
});
