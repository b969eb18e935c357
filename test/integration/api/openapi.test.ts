import { strict as assert } from 'node:assert';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sampleApi, type SampleApi } from '../../support/api.js';

type Document = { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };

describe('GET /api/openapi.json', function () {
  this.timeout(120_000);
  let api: SampleApi;
  let document: Document;
  before(async () => {
    api = await sampleApi();
    const response = await api.get<Document>('/api/openapi.json');
    assert.equal(response.status, 200);
    document = response.body;
  });
  after(() => api.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(document as unknown as Parameters<Validator['validate']>[0]);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  });

  it('describes only endpoints the server serves', async () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        const url = path.replace('{id}', 'US').replace('{name}', 'no-such-query');
        const response = await fetch(`${api.baseUrl}${url}`, { method: method.toUpperCase() });
        const body = (await response.json()) as { error?: { message: string } };
        assert.doesNotMatch(body.error?.message ?? '', /^No endpoint/, `${method.toUpperCase()} ${path} is not served`);
      }
    }
  });
});
