import { strict as assert } from 'node:assert';
import {
  computeVisibility,
  dateRange,
  noFilters,
  outletsOnScreen,
  unknownOutlet,
} from '../../../client/src/core/filters.js';
import { claim, viewGraph } from './fixture.js';

/**
 * austin —MET→ wang (reported by Outlet A in 2024 and Outlet B in 2025), austin —REPRESENTS→ us (Outlet B, 2025),
 * wang —REPRESENTS→ cn (no outlet, undated), plus an unconnected base.
 */
function sample() {
  return viewGraph(
    [
      ['austin', 'Person'],
      ['wang', 'Person'],
      ['us', 'Country'],
      ['cn', 'Country'],
      ['yokosuka', 'Base'],
    ],
    [
      ['MET', 'austin', 'wang', [claim('Outlet A', '2024-03-01'), claim('Outlet B', '2025-06-10T08:00:00Z')]],
      ['REPRESENTS', 'austin', 'us', [claim('Outlet B', '2025-01-05')]],
      ['REPRESENTS', 'wang', 'cn', [claim(null, null)]],
    ],
  );
}

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('client filters: what the view hides', () => {
  it('hides nothing without filters', () => {
    const { hiddenNodes, hiddenEdges } = computeVisibility(sample(), noFilters);
    assert.equal(hiddenNodes.size + hiddenEdges.size, 0);
  });

  it('hides a kind and every edge that touches it', () => {
    const { hiddenNodes, hiddenEdges } = computeVisibility(sample(), {
      ...noFilters,
      hiddenKinds: new Set(['Country']),
    });
    assert.deepEqual(sorted(hiddenNodes), ['cn', 'us']);
    assert.deepEqual(sorted(hiddenEdges), ['REPRESENTS:austin:us', 'REPRESENTS:wang:cn']);
  });

  it('as reported up to a date: later and undated claims drop out, and so do people left unlinked', () => {
    const { hiddenNodes, hiddenEdges } = computeVisibility(sample(), { ...noFilters, until: '2024-12-31' });
    assert.deepEqual(sorted(hiddenEdges), ['REPRESENTS:austin:us', 'REPRESENTS:wang:cn']);
    // wang still has the 2024 meeting; cn and us lost their only relation; the base never had one and stays.
    assert.deepEqual(sorted(hiddenNodes), ['cn', 'us']);
  });

  it('compares dates by day, so a claim published on the chosen day counts', () => {
    const { hiddenEdges } = computeVisibility(sample(), { ...noFilters, until: '2025-06-10' });
    assert.ok(!hiddenEdges.has('MET:austin:wang'));
  });

  it('hides an outlet, keeping edges another outlet also reports', () => {
    const { hiddenEdges } = computeVisibility(sample(), { ...noFilters, hiddenOutlets: new Set(['Outlet B']) });
    assert.deepEqual(sorted(hiddenEdges), ['REPRESENTS:austin:us']);
  });

  it('groups claims without an outlet under one name that can be hidden too', () => {
    const { hiddenEdges } = computeVisibility(sample(), { ...noFilters, hiddenOutlets: new Set([unknownOutlet]) });
    assert.deepEqual(sorted(hiddenEdges), ['REPRESENTS:wang:cn']);
  });

  it('focus keeps a node and its visible neighbours only', () => {
    const { hiddenNodes } = computeVisibility(sample(), { ...noFilters, focus: 'austin' });
    assert.deepEqual(sorted(hiddenNodes), ['cn', 'yokosuka']);
    const narrowed = computeVisibility(sample(), {
      ...noFilters,
      focus: 'austin',
      hiddenTypes: new Set(['REPRESENTS']),
    });
    assert.deepEqual(sorted(narrowed.hiddenNodes), ['cn', 'us', 'yokosuka']);
  });

  it('lists the outlets on screen with their claim counts, and the date range of dated claims', () => {
    const graph = sample();
    assert.deepEqual(
      [...outletsOnScreen(graph)].sort(),
      [
        ['Outlet A', 1],
        ['Outlet B', 2],
        [unknownOutlet, 1],
      ].sort(),
    );
    assert.deepEqual(dateRange(graph), { first: '2024-03-01', last: '2025-06-10' });
  });
});
