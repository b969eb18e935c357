import { strict as assert } from 'node:assert';
import { sampleApi, type SampleApi } from '../../support/api.js';

describe('HTTP hardening', function () {
  this.timeout(120_000);
  let api: SampleApi;
  before(async () => {
    api = await sampleApi({ rateLimitPerMinute: 5 });
  });
  after(() => api.close());

  it('sends security headers and no CORS permission, even when another origin asks', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('x-powered-by'), null);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(response.headers.get('content-security-policy') ?? '', /worker-src 'self' blob:/);
  });

  it('refuses a body over 1 MB with 413 in the usual error shape', async () => {
    const response = await api.post<{ error: { code: string; message: string } }>('/api/cypher', {
      query: `RETURN '${'x'.repeat(1_100_000)}'`,
    });
    assert.equal(response.status, 413);
    assert.equal(response.body.error.code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await api.post<{ error: { code: string } }>('/api/cypher', '{"query": ');
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'BAD_REQUEST');
  });

  it('limits the rate of expensive requests per client with 429 and Retry-After, leaving cheap ones alone', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 7; index += 1) {
      const response = await fetch(`${api.baseUrl}/api/paths?from=US&to=JP`);
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        const body = (await response.json()) as { error: { code: string } };
        assert.equal(body.error.code, 'RATE_LIMITED');
      } else await response.arrayBuffer();
    }
    assert.deepEqual(statuses.slice(0, 5), [200, 200, 200, 200, 200]);
    assert.deepEqual(statuses.slice(5), [429, 429]);
    assert.match(retryAfter ?? '', /^\d+$/);
    assert.equal((await api.get('/api/search?q=Japan')).status, 200);
  });
});
