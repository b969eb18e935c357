import { strict as assert } from 'node:assert';
import { defaultApiSettings } from '../../../server/src/config.js';
import { ApiError } from '../../../server/src/http/errors.js';
import { runSavedQueryForGraph } from '../../../server/src/queries/index.js';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { idOf, idsOf, rowObjects, type ErrorBody, type JsonNode, type ResultBody } from './support.js';

// Facts of the sample corpus (data/corpus, annotated in test/fixtures/gold): Austin met Kihara and Shin (001),
// Hamada and Hayashi (002), Blinken and Kamikawa (004); the US, Japan and South Korea signed a trilateral memorandum
// (001, signed by Austin, Kihara, Shin); the US operates the Yokosuka base (003); two articles give 55,000 and
// 54,000 US soldiers in Japan (000, 001).

type Summary = { name: string; title: string; description: string; parameters: { name: string }[]; origin: string };

describe('saved queries', () => {
  let api: SampleApi;
  before(async () => {
    api = await sampleApi();
  });
  after(async () => {
    await api.close();
  });

  async function run(name: string, parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
    const response = await api.post<ResultBody & ErrorBody>(`/api/queries/${name}/run`, { parameters, ...extra });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  }

  async function runError(name: string, body: unknown) {
    const response = await api.post<ErrorBody>(`/api/queries/${name}/run`, body);
    return { status: response.status, error: response.body.error };
  }

  describe('GET /api/queries', () => {
    it('lists the shipped queries with title, description, parameters and origin "file"', async () => {
      const { status, body } = await api.get<{ queries: Summary[] }>('/api/queries');
      assert.equal(status, 200);
      const shipped = body.queries.filter((query) => query.origin === 'file');
      assert.ok(shipped.length >= 8);
      const path = shipped.find((query) => query.name === 'shortest-path')!;
      assert.equal(path.title, 'Shortest path between two entities');
      assert.deepEqual(
        path.parameters.map((parameter) => parameter.name),
        ['from', 'to', 'maxLength'],
      );
      assert.ok(!('cypher' in path), 'the list leaves the Cypher out');
    });

    it('shows one query with its Cypher', async () => {
      const { status, body } = await api.get<Summary & { cypher: string }>('/api/queries/who-met-whom');
      assert.equal(status, 200);
      assert.equal(body.origin, 'file');
      assert.match(body.cypher, /MATCH \(a:Person\)-\[meeting:MET\]-\(b:Person\)/);
      assert.ok(!body.cypher.includes('// name:'), 'the header is not part of the Cypher');
    });

    it('answers 404 for an unknown query', async () => {
      const { status, body } = await api.get<ErrorBody>('/api/queries/no-such-query');
      assert.equal(status, 404);
      assert.equal(body.error.code, 'NOT_FOUND');
      const run = await runError('no-such-query', {});
      assert.equal(run.status, 404);
    });
  });

  describe('who-met-whom', () => {
    it('lists each meeting pair once, Lloyd Austin among them', async () => {
      const rows = rowObjects(await run('who-met-whom'));
      const pairs = rows.map((row) => [idOf(row.person), idOf(row.counterpart)].sort().join(' + '));
      assert.equal(new Set(pairs).size, pairs.length, 'no pair twice');
      assert.ok(pairs.includes('lloyd-austin + minoru-kihara'));
      assert.ok(pairs.includes('antony-blinken + wang-yi'));
    });

    it("around one person: the people Lloyd Austin met, with the reports' articles", async () => {
      const body = await run('who-met-whom', { person: 'lloyd-austin' });
      const rows = rowObjects(body);
      assert.ok(rows.every((row) => idOf(row.person) === 'lloyd-austin'));
      const met = rows.map((row) => idOf(row.counterpart));
      for (const person of [
        'minoru-kihara',
        'shin-won-sik',
        'yasukazu-hamada',
        'yoshimasa-hayashi',
        'antony-blinken',
      ]) {
        assert.ok(met.includes(person), `Austin met ${person}`);
      }
      const kihara = rows.find((row) => idOf(row.counterpart) === 'minoru-kihara')!;
      assert.ok((kihara.articles as string[]).includes('001_3f6f21bc7dcc9bd1'));
      assert.ok((kihara.reports as number) >= 1);

      const edge = body.graph!.edges.find(
        (item) =>
          item.attributes.type === 'MET' && [item.source, item.target].sort().join() === 'lloyd-austin,minoru-kihara',
      );
      assert.ok(edge, 'the graph holds the meeting');
      assert.ok(
        edge.attributes.evidence.some(
          (item) => item.article === '001_3f6f21bc7dcc9bd1' && item.quote.includes('Kihara'),
        ),
      );
    });
  });

  describe('agreement-parties', () => {
    it("gives the trilateral memorandum's parties and signatories", async () => {
      const rows = rowObjects(await run('agreement-parties'));
      const trilateral = rows.find((row) => idsOf(row.parties).includes('KR'));
      assert.ok(trilateral, 'an agreement South Korea is party to');
      assert.deepEqual(idsOf(trilateral.parties).sort(), ['JP', 'KR', 'US']);
      const signatories = idsOf(trilateral.signatories);
      for (const person of ['lloyd-austin', 'minoru-kihara', 'shin-won-sik']) assert.ok(signatories.includes(person));

      const only = rowObjects(await run('agreement-parties', { agreement: idOf(trilateral.agreement) }));
      assert.equal(only.length, 1);
      assert.deepEqual(idsOf(only[0]!.parties).sort(), ['JP', 'KR', 'US']);
    });

    it('gives the US and Japan as parties to the security treaty', async () => {
      const rows = rowObjects(await run('agreement-parties', { agreement: 'us-japan-security-treaty' }));
      assert.equal(rows.length, 1);
      assert.deepEqual(idsOf(rows[0]!.parties).sort(), ['JP', 'US']);
    });
  });

  describe('bases-by-country', () => {
    async function yokosuka() {
      const rows = rowObjects(await run('bases-by-country'));
      return rows.find((row) => String((row.base as JsonNode).properties.name).includes('Yokosuka'));
    }

    it('gives the Yokosuka base with the US as its operator', async () => {
      const row = await yokosuka();
      assert.ok(row, 'Yokosuka is listed');
      assert.deepEqual(idsOf(row.operators), ['US']);
      const byOperator = rowObjects(await run('bases-by-country', { operator: 'US' }));
      assert.ok(byOperator.some((item) => idOf(item.base) === idOf(row.base)));
      assert.deepEqual(rowObjects(await run('bases-by-country', { operator: 'KR' })), []);
    });

    it('filters by host country through LOCATED_IN claims', async () => {
      // The sample states Yokosuka's host only implicitly (the gold marks it optional); this claim states it.
      const base = idOf((await yokosuka())!.base);
      await api.db.write(
        `MATCH (b:Entity {id: $base}), (jp:Entity {id: 'JP'})
         CREATE (b)-[:LOCATED_IN {article: '003_f6bb6e040b3f93b2', sentence: 11, start: 0, end: 10, quote: 'test claim'}]->(jp)`,
        { base },
      );
      try {
        const inJapan = rowObjects(await run('bases-by-country', { country: 'JP', operator: 'US' }));
        assert.deepEqual(
          inJapan.map((row) => [idOf(row.host), idOf(row.base), idsOf(row.operators)]),
          [['JP', base, ['US']]],
        );
        assert.deepEqual(rowObjects(await run('bases-by-country', { country: 'KR' })), []);
      } finally {
        await api.db.write(`MATCH (:Entity {id: $base})-[r:LOCATED_IN {quote: 'test claim'}]->() DELETE r`, { base });
      }
    });
  });

  describe('shortest-path', () => {
    it('links Lloyd Austin to Wang Yi in two hops through Antony Blinken', async () => {
      const body = await run('shortest-path', { from: 'lloyd-austin', to: 'wang-yi', maxLength: 4 });
      const rows = rowObjects(body);
      assert.ok(rows.length >= 1);
      assert.ok(rows.every((row) => row.hops === 2));
      const path = rows[0]!.path as { segments: { start: JsonNode; end: JsonNode; relationship: { type: string } }[] };
      assert.equal(path.segments.length, 2);
      assert.deepEqual(
        rows.map((row) => (row.names as string[]).join(' → ')),
        ['Lloyd Austin → Antony Blinken → Wang Yi'],
      );
      assert.deepEqual(body.graph!.nodes.map((node) => node.key).sort(), ['antony-blinken', 'lloyd-austin', 'wang-yi']);
    });

    it('finds nothing when maxLength is shorter than the shortest path', async () => {
      assert.deepEqual((await run('shortest-path', { from: 'lloyd-austin', to: 'wang-yi', maxLength: 1 })).rows, []);
    });

    it('refuses maxLength outside 1..6', async () => {
      for (const maxLength of [0, 7]) {
        const { status, error } = await runError('shortest-path', { parameters: { maxLength } });
        assert.equal(status, 400);
        assert.match(error.message, /maxLength: must be at (least 1|most 6)/);
      }
    });
  });

  describe('article-claims', () => {
    it("lists article 003's claims in sentence order: Trump met Takaichi, the US operates Yokosuka", async () => {
      const rows = rowObjects(await run('article-claims', { article: '003_f6bb6e040b3f93b2' }));
      const claims = rows.map((row) => `${idOf(row.subject)} ${row.relation} ${idOf(row.object)}`);
      assert.ok(claims.includes('donald-trump MET sanae-takaichi'));
      assert.ok(claims.includes('sanae-takaichi REPRESENTS JP'));
      assert.ok(claims.some((claim) => /^US OPERATES /.test(claim)));
      const sentences = rows.map((row) => row.sentence as number);
      assert.deepEqual(
        sentences,
        [...sentences].sort((a, b) => a - b),
      );
      assert.ok(rows.every((row) => typeof row.quote === 'string' && (row.quote as string).length > 0));
    });

    it('requires the article and refuses an unknown one', async () => {
      const missing = await runError('article-claims', {});
      assert.equal(missing.status, 400);
      assert.match(missing.error.message, /article: is required/);
      const unknown = await runError('article-claims', { parameters: { article: 'no-such-article' } });
      assert.equal(unknown.status, 400);
      assert.match(unknown.error.message, /article: no article with id "no-such-article"/);
    });
  });

  describe('country-officials', () => {
    it("gives Japan's defence minister Kihara and his foreign counterparts Austin (US) and Shin (KR)", async () => {
      const rows = rowObjects(await run('country-officials', { country: 'JP' }));
      const kihara = rows.filter((row) => idOf(row.official) === 'minoru-kihara');
      assert.ok(kihara.length > 0);
      assert.ok((kihara[0]!.roles as string[]).includes('defence-minister'));
      const counterparts = new Map(kihara.map((row) => [idOf(row.counterpart), idsOf(row.counterpartCountries)]));
      assert.deepEqual(counterparts.get('lloyd-austin'), ['US']);
      assert.deepEqual(counterparts.get('shin-won-sik'), ['KR']);
      assert.ok(rows.every((row) => row.counterpart === null || !idsOf(row.counterpartCountries).includes('JP')));
    });
  });

  describe('shared-agreements', () => {
    it('gives the US and South Korea the trilateral memorandum, with Japan as the further party', async () => {
      const rows = rowObjects(await run('shared-agreements', { first: 'US', second: 'KR' }));
      assert.equal(rows.length, 1);
      assert.deepEqual(idsOf(rows[0]!.otherParties), ['JP']);
    });

    it('gives the US and Japan the security treaty among several', async () => {
      const rows = rowObjects(await run('shared-agreements'));
      const agreements = rows.map((row) => idOf(row.agreement));
      assert.ok(agreements.includes('us-japan-security-treaty'));
      assert.ok(agreements.length >= 2);
    });
  });

  describe('most-connected', () => {
    it('ranks by distinct neighbours, the US first', async () => {
      const rows = rowObjects(await run('most-connected', { limit: 5 }));
      assert.equal(rows.length, 5);
      assert.equal(idOf(rows[0]!.entity), 'US');
      const neighbours = rows.map((row) => row.neighbours as number);
      assert.deepEqual(
        neighbours,
        [...neighbours].sort((a, b) => b - a),
      );
    });

    it('ranks only the kinds asked for: Lloyd Austin leads the people', async () => {
      const rows = rowObjects(await run('most-connected', { kinds: ['Person'], limit: 3 }));
      assert.equal(rows.length, 3);
      assert.ok(rows.every((row) => (row.entity as JsonNode).labels.includes('Person')));
      assert.equal(idOf(rows[0]!.entity), 'lloyd-austin');
    });

    it('refuses a kind that does not exist', async () => {
      const { status, error } = await runError('most-connected', { parameters: { kinds: ['Ship'] } });
      assert.equal(status, 400);
      assert.match(error.message, /kinds: must be one of Person/);
    });
  });

  describe('troop-presence', () => {
    it('keeps the disagreeing troop counts side by side: 55,000 and 54,000 US soldiers in Japan', async () => {
      const body = await run('troop-presence', { host: 'JP' });
      const counts = rowObjects(body).map((row) => row.troops);
      assert.ok(counts.includes(55000) && counts.includes(54000), `counts ${counts}`);
      const edge = body.graph!.edges.find((item) => item.attributes.type === 'STATIONS_TROOPS_IN');
      assert.equal(edge?.attributes.contested, true);
    });
  });

  describe('parameters', () => {
    it('refuses a wrong type, naming the parameter', async () => {
      const { status, error } = await runError('most-connected', { parameters: { limit: 'ten' } });
      assert.equal(status, 400);
      assert.equal(error.code, 'BAD_REQUEST');
      assert.deepEqual(error.details, [{ parameter: 'limit', message: 'must be a whole number' }]);
    });

    it('refuses an unknown parameter, naming it', async () => {
      const { status, error } = await runError('who-met-whom', { parameters: { country: 'US' } });
      assert.equal(status, 400);
      assert.match(error.message, /country: unknown parameter; it takes person/);
    });

    it('refuses an entity id that names nothing', async () => {
      const { status, error } = await runError('shortest-path', { parameters: { from: 'lloyd-austen' } });
      assert.equal(status, 400);
      assert.match(error.message, /from: no entity with id "lloyd-austen"/);
    });

    it('refuses a body that is not {parameters, limit?, timeoutMs?}', async () => {
      const { status, error } = await runError('who-met-whom', { params: { person: 'lloyd-austin' } });
      assert.equal(status, 400);
      assert.match(error.message, /Unrecognized key/);
    });
  });

  it('every shipped query runs on the sample with its defaults (article-claims given an article)', async () => {
    const { body } = await api.get<{ queries: Summary[] }>('/api/queries');
    for (const query of body.queries.filter((item) => item.origin === 'file')) {
      const parameters = query.name === 'article-claims' ? { article: '000_530ece4cdc23e59e' } : {};
      const result = await run(query.name, parameters);
      assert.ok(result.rows.length > 0, `${query.name} found nothing`);
      assert.ok(result.graph && result.graph.nodes.length > 0, `${query.name} has no graph`);
    }
  });

  describe('runSavedQueryForGraph', () => {
    it("returns the graph of a saved query's answer with evidence on its edges", async () => {
      const graph = await runSavedQueryForGraph(api.db, defaultApiSettings, 'who-met-whom', { person: 'shin-won-sik' });
      const keys = graph.nodes.map((node) => node.key).sort();
      assert.deepEqual(keys, ['lloyd-austin', 'minoru-kihara', 'shin-won-sik']);
      assert.ok(graph.edges.length >= 3);
      assert.ok(graph.edges.every((edge) => edge.attributes.evidence.length > 0));
    });

    it('returns an empty graph when the answer names no entity', async () => {
      const graph = await runSavedQueryForGraph(api.db, defaultApiSettings, 'shortest-path', {
        from: 'lloyd-austin',
        to: 'wang-yi',
        maxLength: 1,
      });
      assert.deepEqual([graph.nodes, graph.edges], [[], []]);
    });

    it('throws the API errors for an unknown query or bad parameters', async () => {
      await assert.rejects(runSavedQueryForGraph(api.db, defaultApiSettings, 'nope', {}), (error: unknown) => {
        return error instanceof ApiError && error.status === 404;
      });
      await assert.rejects(
        runSavedQueryForGraph(api.db, defaultApiSettings, 'most-connected', { limit: 1000 }),
        (error: unknown) => error instanceof ApiError && error.status === 400 && /limit/.test(error.message),
      );
    });
  });
});
