import { strict as assert } from 'node:assert';
import type { SerializedGraph } from '../../../server/src/graph/serialization.js';
import { sampleApi, type SampleApi } from '../../support/api.js';

type ErrorBody = { error: { code: string; message: string } };
type SearchBody = { results: { id: string; kind: string; name: string; matched: string }[] };

function assertNoDriverIntegers(body: unknown): void {
  assert.doesNotMatch(JSON.stringify(body), /"low":\s*-?\d+,\s*"high"/, 'a driver Integer leaked into the answer');
}

function assertGraphShape(graph: SerializedGraph): void {
  const keys = new Set(graph.nodes.map((node) => node.key));
  for (const node of graph.nodes) {
    assert.equal(typeof node.attributes.kind, 'string');
    assert.equal(typeof node.attributes.name, 'string');
    assert.ok(Array.isArray(node.attributes.aliases));
  }
  for (const edge of graph.edges) {
    assert.ok(keys.has(edge.source) && keys.has(edge.target), `edge ${edge.key} has an end outside the graph`);
    assert.ok(edge.attributes.evidence.length > 0, `edge ${edge.key} has no evidence`);
    assert.equal(edge.attributes.articles, new Set(edge.attributes.evidence.map((item) => item.article)).size);
  }
}

describe('exploration API on the sample corpus (real Neo4j)', function () {
  this.timeout(120_000);
  let api: SampleApi;
  before(async () => {
    api = await sampleApi();
  });
  after(() => api.close());

  describe('GET /api/search', () => {
    const firstHit = async (q: string, kinds = '') => {
      const { status, body } = await api.get<SearchBody>(
        `/api/search?q=${encodeURIComponent(q)}${kinds ? `&kinds=${kinds}` : ''}`,
      );
      assert.equal(status, 200);
      return body.results[0];
    };

    it('finds people by surname and with a typo', async () => {
      assert.equal((await firstHit('Kishida'))?.id, 'fumio-kishida');
      const typo = await firstHit('kishda');
      assert.equal(typo?.id, 'fumio-kishida');
      assert.equal(typo?.matched, 'Kishida');
    });

    it('finds countries with or without umlauts, spelled out or not', async () => {
      for (const q of ['Südkorea', 'Sudkorea', 'Suedkorea', 'südkorea']) {
        const hit = await firstHit(q);
        assert.equal(hit?.id, 'KR', `"${q}" should find South Korea`);
        assert.equal(hit?.matched, 'Südkorea');
      }
    });

    it('completes prefixes and filters by kind', async () => {
      assert.equal((await firstHit('Aus', 'Person'))?.id, 'lloyd-austin');
      const { body } = await api.get<SearchBody>('/api/search?q=Japan&kinds=Agreement&limit=50');
      assert.ok(body.results.length > 0);
      assert.ok(body.results.every((result) => result.kind === 'Agreement'));
    });

    it('treats Lucene syntax in the query as plain text', async () => {
      for (const q of ['") OR *:*', 'name:Trump', '\\', '~~~', '((((', 'a AND OR NOT']) {
        const { status } = await api.get(`/api/search?q=${encodeURIComponent(q)}`);
        assert.equal(status, 200, `"${q}"`);
      }
    });

    it('answers 400 naming the parameter for a missing query, an unknown kind or a bad limit', async () => {
      const cases: [string, RegExp][] = [
        ['/api/search', /q: /],
        ['/api/search?q=', /q: must not be empty/],
        ['/api/search?q=x&kinds=Ship', /kinds.*Person, Country/],
        ['/api/search?q=x&limit=0', /limit/],
        ['/api/search?q=x&limit=abc', /limit: must be a number/],
      ];
      for (const [path, message] of cases) {
        const { status, body } = await api.get<ErrorBody>(path);
        assert.equal(status, 400, path);
        assert.equal(body.error.code, 'BAD_REQUEST');
        assert.match(body.error.message, message, path);
      }
    });
  });

  describe('GET /api/nodes/:id', () => {
    type Details = {
      node: { id: string; name: string; kind: string };
      articles: number;
      counts: { type: string; direction: string; count: number }[];
      relations: {
        type: string;
        other: { id: string };
        evidence: { quote: string; title: string; source: string; publishedAt: string; start: number }[];
        outlets: number;
        contested: boolean;
      }[];
      graph: SerializedGraph;
    };

    it("gives Lloyd Austin's relations with the sentences, titles, outlets and dates behind them", async () => {
      const { status, body } = await api.get<Details>('/api/nodes/lloyd-austin');
      assert.equal(status, 200);
      assert.equal(body.node.name, 'Lloyd Austin');
      assert.equal(body.node.kind, 'Person');
      assert.ok(body.articles >= 3);
      const met = body.relations.filter((relation) => relation.type === 'MET').map((relation) => relation.other.id);
      for (const other of ['shin-won-sik', 'yasukazu-hamada', 'minoru-kihara']) assert.ok(met.includes(other), other);
      const shin = body.relations.find((relation) => relation.other.id === 'shin-won-sik')!;
      assert.match(shin.evidence[0]!.quote, /Shin Won-sik/);
      assert.equal(shin.evidence[0]!.source, 'Perspektiven Global');
      assert.match(shin.evidence[0]!.publishedAt, /^\d{4}-\d{2}-\d{2}/);
      assert.ok(shin.evidence[0]!.title.length > 0);
      const metClaims = body.counts.filter((count) => count.type === 'MET').reduce((sum, c) => sum + c.count, 0);
      assert.ok(metClaims >= met.length);
      assertGraphShape(body.graph);
      assertNoDriverIntegers(body);
    });

    it('marks the troop figure as contested: 55,000 in one article, 54,000 in another', async () => {
      const { body } = await api.get<Details>('/api/nodes/US');
      const troops = body.relations.find(
        (relation) => relation.type === 'STATIONS_TROOPS_IN' && relation.other.id === 'JP',
      )!;
      assert.ok(troops, 'US stations troops in Japan');
      assert.equal(troops.contested, true);
      assert.ok(troops.outlets >= 2);
      const counts = new Set(troops.evidence.map((item) => (item as { count?: number }).count).filter(Boolean));
      assert.deepEqual([...counts].sort(), [54000, 55000]);
    });

    it('answers 404 for an unknown id and 400 for a bad limit', async () => {
      const missing = await api.get<ErrorBody>('/api/nodes/no-such-entity');
      assert.equal(missing.status, 404);
      assert.match(missing.body.error.message, /no-such-entity/);
      const bad = await api.get<ErrorBody>('/api/nodes/US?limit=-1');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /limit/);
    });
  });

  describe('GET /api/nodes/:id/neighbours', () => {
    type Neighbours = {
      total: number;
      truncated: boolean;
      counts: { byKind: Record<string, number>; byType: Record<string, number> };
      graph: SerializedGraph | null;
    };

    it('returns the neighbourhood as a subgraph, filtered by kind', async () => {
      const { body } = await api.get<Neighbours>('/api/nodes/lloyd-austin/neighbours?depth=1&kinds=Person');
      const keys = body.graph!.nodes.map((node) => node.key);
      assert.ok(keys.includes('lloyd-austin') && keys.includes('shin-won-sik'));
      assert.ok(body.graph!.nodes.every((node) => node.key === 'lloyd-austin' || node.attributes.kind === 'Person'));
      assert.equal(body.graph!.nodes.length, body.total + 1);
      assertGraphShape(body.graph!);
    });

    it('goes deeper with depth, and counts without a graph when asked for a summary', async () => {
      const one = await api.get<Neighbours>('/api/nodes/lloyd-austin/neighbours?depth=1&summary=true');
      const two = await api.get<Neighbours>('/api/nodes/lloyd-austin/neighbours?depth=2&summary=true');
      assert.equal(one.body.graph, null);
      assert.ok(two.body.total > one.body.total);
      const byKind = Object.values(two.body.counts.byKind).reduce((sum, count) => sum + count, 0);
      assert.equal(byKind, two.body.total);
    });

    it('keeps the most connected neighbours when limited and says it cut', async () => {
      const { body } = await api.get<Neighbours>('/api/nodes/US/neighbours?depth=1&limit=2');
      assert.equal(body.truncated, true);
      assert.equal(body.graph!.nodes.length, 3);
      assert.ok(body.total > 2);
    });

    it('refuses a depth above 3, an unknown relation type, and unknown ids', async () => {
      assert.equal((await api.get('/api/nodes/US/neighbours?depth=4')).status, 400);
      const type = await api.get<ErrorBody>('/api/nodes/US/neighbours?types=LIKES');
      assert.equal(type.status, 400);
      assert.match(type.body.error.message, /types/);
      assert.equal((await api.get('/api/nodes/nobody/neighbours')).status, 404);
    });
  });

  describe('GET /api/paths', () => {
    type Paths = {
      paths: {
        nodes: string[];
        hops: { statement: string; citation: string; source: string; target: string; edgeKey: string }[];
      }[];
      graph: SerializedGraph;
    };

    it('finds a path from Hegseth to Takaichi with one cited line per hop', async () => {
      const { status, body } = await api.get<Paths>('/api/paths?from=pete-hegseth&to=sanae-takaichi');
      assert.equal(status, 200);
      const [path] = body.paths;
      assert.ok(path, 'a path exists');
      assert.equal(path.nodes[0], 'pete-hegseth');
      assert.equal(path.nodes.at(-1), 'sanae-takaichi');
      assert.equal(path.hops.length, path.nodes.length - 1);
      const edgeKeys = new Set(body.graph.edges.map((edge) => edge.key));
      for (const hop of path.hops) {
        assert.match(hop.citation, / — .+: '.+'/);
        assert.ok(edgeKeys.has(hop.edgeKey));
      }
      assertGraphShape(body.graph);
    });

    it('reads a hop as a story: "Lloyd Austin met Shin Won-sik — Perspektiven Global: …"', async () => {
      const { body } = await api.get<Paths>('/api/paths?from=lloyd-austin&to=shin-won-sik&maxLength=1');
      const hop = body.paths[0]!.hops[0]!;
      assert.match(hop.citation, /^Lloyd Austin met Shin Won-sik — Perspektiven Global: '.*Shin/);
      assert.equal(
        hop.statement,
        'Lloyd Austin met Shin Won-sik',
        'the claim alone, for a client that shows the quote',
      );
    });

    it('lists several distinct shortest paths with all=true', async () => {
      const { body } = await api.get<Paths>('/api/paths?from=pete-hegseth&to=sanae-takaichi&all=true');
      const sequences = body.paths.map((path) => path.nodes.join('>'));
      assert.equal(new Set(sequences).size, sequences.length);
      assert.ok(body.paths.every((path) => path.nodes.length === body.paths[0]!.nodes.length));
    });

    it('answers 400 for bad bounds or equal ends, 404 for unknown ends', async () => {
      assert.equal((await api.get('/api/paths?from=US&to=JP&maxLength=7')).status, 400);
      assert.equal((await api.get('/api/paths?from=US&to=US')).status, 400);
      assert.equal((await api.get('/api/paths?from=US')).status, 400);
      const missing = await api.get<ErrorBody>('/api/paths?from=US&to=atlantis');
      assert.equal(missing.status, 404);
      assert.match(missing.body.error.message, /atlantis/);
    });
  });

  describe('GET /api/graph', () => {
    type Overview = { graph: SerializedGraph; total: number; truncated: boolean };

    it('puts the most connected entities first when limited', async () => {
      const all = await api.get<Overview>('/api/graph');
      const five = await api.get<Overview>('/api/graph?limit=5');
      assert.equal(five.body.graph.nodes.length, 5);
      assert.equal(five.body.truncated, true);
      assert.equal(five.body.total, all.body.total);
      // The server ranks by claims (one per supporting sentence), which the evidence lists count.
      const claims = (key: string) =>
        all.body.graph.edges
          .filter((edge) => edge.source === key || edge.target === key)
          .reduce((sum, edge) => sum + edge.attributes.evidence.length, 0);
      const keptKeys = new Set(five.body.graph.nodes.map((node) => node.key));
      const weakestKept = Math.min(...[...keptKeys].map(claims));
      const strongestLeft = Math.max(
        ...all.body.graph.nodes.filter((node) => !keptKeys.has(node.key)).map((node) => claims(node.key)),
      );
      assert.ok(strongestLeft <= weakestKept, `left out ${strongestLeft} claims, kept as few as ${weakestKept}`);
      assert.ok(five.body.graph.nodes.some((node) => node.key === 'US'));
      assertGraphShape(all.body.graph);
      assertNoDriverIntegers(all.body);
    });

    it('filters by kind, relation type and article', async () => {
      const countries = await api.get<Overview>('/api/graph?kinds=Country');
      assert.ok(countries.body.graph.nodes.every((node) => node.attributes.kind === 'Country'));
      const met = await api.get<Overview>('/api/graph?types=MET');
      assert.ok(met.body.graph.edges.length > 0);
      assert.ok(met.body.graph.edges.every((edge) => edge.attributes.type === 'MET'));
      const one = await api.get<Overview>('/api/graph?articles=003_f6bb6e040b3f93b2');
      assert.ok(one.body.graph.nodes.some((node) => node.key === 'sanae-takaichi'));
      assert.ok(!one.body.graph.nodes.some((node) => node.key === 'shin-won-sik'));
      assert.ok(
        one.body.graph.edges.every((edge) =>
          edge.attributes.evidence.every((item) => item.article === '003_f6bb6e040b3f93b2'),
        ),
      );
    });
  });

  describe('GET /api/articles', () => {
    type Article = {
      article: { id: string; text: string; title: string; source: string };
      mentions: { entity: { id: string; name: string }; start: number; end: number }[];
    };

    it('lists the five articles with their metadata, newest first', async () => {
      const { body } = await api.get<{ total: number; articles: { id: string; publishedAt: string }[] }>(
        '/api/articles',
      );
      assert.equal(body.total, 5);
      const dates = body.articles.map((article) => article.publishedAt);
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    it('gives the text with the offsets of every recognised entity', async () => {
      const { body } = await api.get<Article>('/api/articles/001_3f6f21bc7dcc9bd1');
      assert.equal(body.article.source, 'Perspektiven Global');
      assert.ok(body.mentions.length > 10);
      const aliases = async (id: string) => {
        const node = await api.get<{ node: { name: string; aliases: string[] } }>(`/api/nodes/${id}`);
        return [node.body.node.name, ...node.body.node.aliases];
      };
      for (const mention of body.mentions.filter((m) => ['JP', 'shin-won-sik'].includes(m.entity.id))) {
        const surface = body.article.text.slice(mention.start, mention.end);
        assert.ok((await aliases(mention.entity.id)).includes(surface), `"${surface}" names ${mention.entity.id}`);
      }
    });

    it('answers 404 for an unknown article and 400 for a bad page', async () => {
      assert.equal((await api.get('/api/articles/nope')).status, 404);
      assert.equal((await api.get('/api/articles?offset=-3')).status, 400);
    });
  });
});
