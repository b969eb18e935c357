import { strict as assert } from 'node:assert';
import { DOMParser } from '@xmldom/xmldom';
import type { NodeAppearance } from '../../../server/src/export/graph-pages.js';
import { graphmlChunks } from '../../../server/src/export/graphml.js';
import { collect, comparable, graphFromGraphml, pagesOf } from '../../support/export.js';
import { fixtureGraph, hostileName } from './fixture.js';

const about = { description: 'the whole graph', date: '2026-11-23' };

describe('graphmlChunks', () => {
  it('round-trips through graphology-graphml: keys, names, kinds, aliases, wikidata, types and the whole ledger', async () => {
    const graph = fixtureGraph();
    const parsed = graphFromGraphml(await collect(graphmlChunks(pagesOf(graph), about)));
    assert.deepEqual(comparable(parsed), comparable(graph));
  });

  it('declares a typed <key> for every <data> it writes', async () => {
    const document = new DOMParser().parseFromString(
      await collect(graphmlChunks(pagesOf(fixtureGraph()), about)),
      'text/xml',
    );
    const keys = new Map(Array.from(document.getElementsByTagName('key')).map((key) => [key.getAttribute('id'), key]));
    const used = new Set(Array.from(document.getElementsByTagName('data')).map((data) => data.getAttribute('key')));
    for (const key of used) assert.ok(keys.has(key), `<data key="${key}"> has no <key>`);
    assert.equal(keys.get('articles')?.getAttribute('attr.type'), 'int');
    assert.equal(keys.get('contested')?.getAttribute('attr.type'), 'boolean');
    assert.equal(document.getElementsByTagName('graph')[0]?.getAttribute('edgedefault'), 'directed');
  });

  it('labels nodes with their name and edges with their type, weighted by outlets', async () => {
    const { graph } = graphFromGraphml(await collect(graphmlChunks(pagesOf(fixtureGraph()), about)));
    assert.equal(graph.getNodeAttribute('hostile', 'label'), hostileName);
    assert.equal(graph.getEdgeAttribute('STATIONS_TROOPS_IN:US->JP', 'label'), 'STATIONS_TROOPS_IN');
    assert.equal(graph.getEdgeAttribute('STATIONS_TROOPS_IN:US->JP', 'weight'), 2);
  });

  it('adds x, y and r, g, b keys only when the caller drew the nodes', async () => {
    const plain = await collect(graphmlChunks(pagesOf(fixtureGraph()), about));
    assert.doesNotMatch(plain, /<key id='x'/);
    const appearance = new Map<string, NodeAppearance>([['JP', { x: 1.5, y: -2, color: { r: 31, g: 119, b: 180 } }]]);
    const { graph } = graphFromGraphml(await collect(graphmlChunks(pagesOf(fixtureGraph(), { appearance }), about)));
    assert.equal(graph.getNodeAttribute('JP', 'x'), 1.5);
    assert.equal(graph.getNodeAttribute('JP', 'y'), -2);
    assert.equal(graph.getNodeAttribute('JP', 'color'), '#1f77b4');
    assert.equal(graph.getNodeAttribute('US', 'x'), undefined);
  });
});
