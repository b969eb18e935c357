import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { sampleApi, type SampleApi } from '../../support/api.js';

/** Values that have broken query builders before: quotes, backticks, braces, comments, Lucene and Cypher syntax. */
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    "' OR 1=1 //",
    '`}) MATCH (n) DETACH DELETE n //',
    '"}]->(x) CREATE (:Pwned) //',
    '${id}',
    '\\u0000',
    '%',
    '../../etc/passwd',
    '*:*',
    'Person,Country,`Pwned`',
    '-1',
    '1e309',
    'NaN',
    '99999999999999999999',
    '<img src=x onerror=alert(1)>',
  ),
);

type Sample = { path: string; init?: RequestInit };

/** Every read endpoint with its parameters filled by the fuzzer. */
const requests: fc.Arbitrary<Sample> = fc.oneof(
  fc.record({ q: hostile, kinds: hostile, limit: hostile }).map((p) => ({ path: `/api/search?${query(p)}` })),
  fc
    .record({ id: hostile, limit: hostile })
    .map((p) => ({ path: `/api/nodes/${encodeURIComponent(p.id)}?${query({ limit: p.limit })}` })),
  fc
    .record({ id: hostile, depth: hostile, kinds: hostile, types: hostile, limit: hostile, summary: hostile })
    .map(({ id, ...p }) => ({ path: `/api/nodes/${encodeURIComponent(id)}/neighbours?${query(p)}` })),
  fc
    .record({ from: hostile, to: hostile, maxLength: hostile, all: hostile, types: hostile })
    .map((p) => ({ path: `/api/paths?${query(p)}` })),
  fc
    .record({ kinds: hostile, types: hostile, articles: hostile, limit: hostile })
    .map((p) => ({ path: `/api/graph?${query(p)}` })),
  fc.record({ limit: hostile, offset: hostile, source: hostile }).map((p) => ({ path: `/api/articles?${query(p)}` })),
  hostile.map((id) => ({ path: `/api/articles/${encodeURIComponent(id)}` })),
  fc.record({ format: hostile, ids: hostile, neighbours: hostile }).map((p) => ({ path: `/api/export?${query(p)}` })),
  fc.record({ name: hostile, body: fc.jsonValue() }).map(({ name, body }) => ({
    path: `/api/queries/${encodeURIComponent(name)}/run`,
    init: post(body),
  })),
  fc.jsonValue().map((body) => ({ path: '/api/cypher', init: post(body) })),
  fc
    .record({ query: hostile, parameters: fc.jsonValue(), limit: hostile })
    .map((body) => ({ path: '/api/cypher', init: post(body) })),
  fc.jsonValue().map((body) => ({ path: '/api/export', init: post(body) })),
);

function query(parameters: Record<string, string>): string {
  return new URLSearchParams(parameters).toString();
}

function post(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

describe('fuzzing every endpoint with hostile values', function () {
  this.timeout(300_000);
  let api: SampleApi;
  let before_: { nodes: number; relationships: number };

  const counts = async () => {
    const result = await api.db.read<{ nodes: number; relationships: number }>(
      'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    );
    return result.records[0]!.toObject();
  };

  before(async () => {
    api = await sampleApi({ rateLimitPerMinute: 0 });
    before_ = await counts();
  });
  after(() => api.close());

  it('answers every request with 2xx or 4xx JSON in the documented shape, never a 500 or a stack trace', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(requests, async ({ path, init }) => {
        cases += 1;
        const response = await fetch(`${api.baseUrl}${path}`, init);
        const text = await response.text();
        assert.ok(
          response.status < 500,
          `${init?.method ?? 'GET'} ${path} answered ${response.status}: ${text.slice(0, 300)}`,
        );
        assert.doesNotMatch(text, /\bat .+\.(ts|js):\d+/, 'a stack trace leaked');
        if (response.status >= 400) {
          const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
          assert.equal(typeof body.error?.code, 'string', text);
          assert.equal(typeof body.error?.message, 'string', text);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    assert.ok(cases >= 100);
  });

  it('left the graph exactly as it was: nothing the fuzzer sent was spliced into a query', async () => {
    assert.deepEqual(await counts(), before_);
    const pwned = await api.db.read('MATCH (n:Pwned) RETURN n LIMIT 1');
    assert.equal(pwned.records.length, 0);
  });
});
