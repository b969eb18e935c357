import { strict as assert } from 'node:assert';
import { gexfChunks } from '../../../server/src/export/gexf.js';
import type { NodeAppearance } from '../../../server/src/export/graph-pages.js';
import { collect, comparable, graphFromGexf, pagesOf } from '../../support/export.js';
import { fixtureGraph, hostileName } from './fixture.js';

const about = { description: 'the whole graph', date: '2026-11-23' };

describe('gexfChunks', () => {
  it('round-trips through graphology-gexf: keys, names, kinds, aliases, wikidata, types and the whole ledger', async () => {
    const graph = fixtureGraph();
    const parsed = graphFromGexf(await collect(gexfChunks(pagesOf(graph), about)));
    assert.deepEqual(comparable(parsed), comparable(graph));
  });

  it('declares every attribute it uses, so a strict reader accepts the file', async () => {
    const text = await collect(gexfChunks(pagesOf(fixtureGraph()), about));
    assert.match(text, /<attribute id='aliases' title='aliases' type='liststring'\/>/);
    assert.match(text, /<attribute id='contested' title='contested' type='boolean'\/>/);
    // graphology-gexf refuses undeclared attributes unless told otherwise.
    assert.doesNotThrow(() => graphFromGexf(text));
  });

  it('labels edges with their type, keeps parallel relations apart by kind and weighs them by outlets', async () => {
    const { graph } = graphFromGexf(await collect(gexfChunks(pagesOf(fixtureGraph()), about)));
    const edge = graph.getEdgeAttributes('STATIONS_TROOPS_IN:US->JP');
    assert.equal(edge.label, 'STATIONS_TROOPS_IN');
    assert.equal(edge.kind, 'STATIONS_TROOPS_IN');
    assert.equal(edge.weight, 2);
    assert.equal(graph.type, 'directed');
  });

  it('escapes a hostile name: no markup gets in, the name reads back as written', async () => {
    const text = await collect(gexfChunks(pagesOf(fixtureGraph()), about));
    assert.doesNotMatch(text, /<img/);
    const { graph } = graphFromGexf(text);
    assert.equal(graph.getNodeAttribute('hostile', 'label'), hostileName);
  });

  it('writes the posted layout as viz:position and viz:color, only for the nodes that have one', async () => {
    const appearance = new Map<string, NodeAppearance>([
      ['JP', { x: -12.5, y: 40, color: { r: 31, g: 119, b: 180 } }],
      ['US', { color: { r: 255, g: 0, b: 0, a: 0.5 } }],
    ]);
    const text = await collect(gexfChunks(pagesOf(fixtureGraph(), { appearance }), about));
    const { graph } = graphFromGexf(text);
    assert.equal(graph.getNodeAttribute('JP', 'x'), -12.5);
    assert.equal(graph.getNodeAttribute('JP', 'y'), 40);
    assert.equal(graph.getNodeAttribute('JP', 'color'), 'rgb(31,119,180)');
    assert.equal(graph.getNodeAttribute('US', 'color'), 'rgba(255,0,0,0.5)');
    assert.equal(graph.getNodeAttribute('US', 'x'), undefined);
    assert.equal(graph.getNodeAttribute('camp-schwab', 'color'), undefined);
  });

  it('gives the same file whatever the page size', async () => {
    const [small, large] = await Promise.all([
      collect(gexfChunks(pagesOf(fixtureGraph(), { pageSize: 1 }), about)),
      collect(gexfChunks(pagesOf(fixtureGraph(), { pageSize: 100 }), about)),
    ]);
    assert.equal(small, large);
  });

  it('writes a valid empty graph', async () => {
    const { graph } = graphFromGexf(await collect(gexfChunks(pagesOf({ nodes: [], edges: [] }), about)));
    assert.equal(graph.order, 0);
  });
});
