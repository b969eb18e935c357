import { strict as assert } from 'node:assert';
import { MultiDirectedGraph } from 'graphology';
import type { NodeAppearance } from '../../../server/src/export/graph-pages.js';
import { jsonChunks } from '../../../server/src/export/json.js';
import type { SerializedGraph } from '../../../server/src/graph/serialization.js';
import { collect, pagesOf } from '../../support/export.js';
import { fixtureGraph } from './fixture.js';

const about = { description: 'the whole graph', date: '2026-11-23' };

describe('jsonChunks', () => {
  it("writes graphology's serialisation: the same nodes and edges, in order, as one JSON document", async () => {
    const graph = fixtureGraph();
    const parsed = JSON.parse(await collect(jsonChunks(pagesOf(graph), about))) as SerializedGraph;
    assert.deepEqual(parsed.nodes, graph.nodes);
    assert.deepEqual(parsed.edges, graph.edges);
    assert.deepEqual(parsed.options, graph.options);
    assert.equal(parsed.attributes.name, 'Alliance Atlas');
  });

  it('imports into a graphology graph as is', async () => {
    const graph = MultiDirectedGraph.from(JSON.parse(await collect(jsonChunks(pagesOf(fixtureGraph()), about))));
    assert.equal(graph.order, 5);
    assert.equal(graph.size, 3);
    assert.equal(graph.getEdgeAttribute('STATIONS_TROOPS_IN:US->JP', 'evidence').length, 2);
  });

  it('is valid JSON for an empty graph and for empty pages', async () => {
    const pages = {
      nodes: (async function* () {
        yield [];
      })(),
      edges: (async function* () {
        yield [];
      })(),
      appearance: new Map(),
    };
    const parsed = JSON.parse(await collect(jsonChunks(pages, about))) as SerializedGraph;
    assert.deepEqual([parsed.nodes, parsed.edges], [[], []]);
  });

  it('adds x, y and color attributes to the nodes the caller drew', async () => {
    const appearance = new Map<string, NodeAppearance>([['JP', { x: 3, y: 4, color: { r: 0, g: 0, b: 255 } }]]);
    const parsed = JSON.parse(
      await collect(jsonChunks(pagesOf(fixtureGraph(), { appearance }), about)),
    ) as SerializedGraph;
    assert.deepEqual(parsed.nodes[0]!.attributes, {
      ...fixtureGraph().nodes[0]!.attributes,
      x: 3,
      y: 4,
      color: '#0000ff',
    });
    assert.deepEqual(parsed.nodes[1], fixtureGraph().nodes[1]);
  });
});
