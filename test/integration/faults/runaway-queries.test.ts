import { strict as assert } from 'node:assert';
import { sampleApi, type SampleApi } from '../../support/api.js';

async function median(samples: number[]): Promise<number> {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeSearches(api: SampleApi, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await api.get('/api/search?q=Kishida');
    assert.equal(response.status, 200);
    times.push(performance.now() - started);
  }
  return times;
}

describe('runaway queries', function () {
  this.timeout(120_000);
  let api: SampleApi;
  before(async () => {
    api = await sampleApi({ queryTimeoutMs: 1_500, rateLimitPerMinute: 0 });
  });
  after(() => api.close());

  it('are cut by the timeout with 504 while other requests keep being served at their usual speed', async () => {
    const idle = await median(await timeSearches(api, 15));
    const runaway = [
      // Five-way, not four: the sample's few dozen nodes give a four-way product a quiet machine counts within the
      // timeout (about 6 million rows); five ways make it some 300 million.
      'MATCH (a), (b), (c), (d), (e) WHERE a.name < b.name AND c.name <> d.name AND e.name <> a.name RETURN count(*) AS n',
      'MATCH p = (a:Entity)-[*]-(b:Entity) RETURN count(p) AS n',
      'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) AS n',
    ].map(async (query) => {
      const started = performance.now();
      const response = await api.post<{ error: { code: string; message: string } }>('/api/cypher', { query });
      return { query, status: response.status, code: response.body.error?.code, ms: performance.now() - started };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busy = await median(await timeSearches(api, 15));
    for (const outcome of await Promise.all(runaway)) {
      assert.equal(outcome.status, 504, `${outcome.query} answered ${outcome.status}`);
      assert.equal(outcome.code, 'QUERY_TIMEOUT');
      assert.ok(outcome.ms < 1_500 + 5_000, `${outcome.query} took ${Math.round(outcome.ms)} ms`);
    }
    // Generous, for a shared CI machine: the point is that searches are not queued behind the runaways.
    assert.ok(
      busy < Math.max(idle * 5, idle + 250),
      `search median ${busy.toFixed(0)} ms while busy, ${idle.toFixed(0)} ms idle`,
    );
  });
});
