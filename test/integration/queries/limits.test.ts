import { strict as assert } from 'node:assert';
import { defaultApiSettings } from '../../../server/src/config.js';
import { createApp } from '../../../server/src/http/app.js';
import { ApiError } from '../../../server/src/http/errors.js';
import { fromCypherError } from '../../../server/src/queries/errors.js';
import { runSavedQuery, type SavedQuery } from '../../../server/src/queries/index.js';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { listen, type RunningApp } from '../../support/http.js';
import { testLogger } from '../../support/logger.js';
import { send, type ErrorBody, type ResultBody } from './support.js';

// Neo4j checks transaction deadlines every couple of seconds, so a stopped query answers within a few seconds of
// its limit; the bounds below leave room for that and for a slow shared machine.
const endless = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS multiples';
const huge = 'UNWIND range(1, 100000000) AS x RETURN x';

describe('query limits', () => {
  let api: SampleApi;
  before(async () => {
    api = await sampleApi({ rowLimit: 50, queryTimeoutMs: 10_000 });
  });
  after(async () => {
    await api.close();
  });

  describe('time', () => {
    it('stops a long query at the timeout the body asks for and answers 504 QUERY_TIMEOUT', async () => {
      const started = Date.now();
      const { status, body } = await api.post<ErrorBody>('/api/cypher', { query: endless, timeoutMs: 300 });
      assert.equal(status, 504, JSON.stringify(body));
      assert.equal(body.error.code, 'QUERY_TIMEOUT');
      assert.match(body.error.message, /time limit of 300 ms/);
      assert.ok(Date.now() - started < 8_000, `took ${Date.now() - started} ms`);
    });

    it("stops a Cartesian product at the server's own timeout when the body names none", async () => {
      const strict = createApp({
        db: api.db,
        logger: testLogger,
        settings: { ...defaultApiSettings, queryTimeoutMs: 500 },
      });
      const app: RunningApp = await listen(strict);
      try {
        const { status, body } = await send<ErrorBody>(app.baseUrl, 'POST', '/api/cypher', {
          body: {
            query: 'MATCH (a), (b), (c), (d), (e) WHERE a.name < b.name + c.name + d.name + e.name RETURN count(*)',
          },
        });
        assert.equal(status, 504, JSON.stringify(body));
        assert.match(body.error.message, /time limit of 500 ms/);
      } finally {
        await app.close();
      }
    });

    it('bounds saved queries by the same runner', async () => {
      const slow: SavedQuery = {
        name: 'slow',
        title: 'Slow',
        description: '',
        parameters: [],
        cypher: endless,
        origin: 'user',
      };
      await assert.rejects(
        runSavedQuery(api.db, slow, {}, { limit: 10, timeoutMs: 300 }),
        (error: unknown) => error instanceof ApiError && error.status === 504 && error.code === 'QUERY_TIMEOUT',
      );
    });

    it("refuses a timeout above the server's", async () => {
      const { status, body } = await api.post<ErrorBody>('/api/cypher', { query: 'RETURN 1', timeoutMs: 10_001 });
      assert.equal(status, 400);
      assert.match(body.error.message, /timeoutMs: must be at most 10000/);
    });
  });

  describe('rows', () => {
    it('returns the first rows up to the limit the body asks for, flagged truncated', async () => {
      const { status, body } = await api.post<ResultBody>('/api/cypher', { query: huge, limit: 5 });
      assert.equal(status, 200, JSON.stringify(body));
      assert.deepEqual(body.rows, [[1], [2], [3], [4], [5]]);
      assert.equal(body.truncated, true);
    });

    it("cuts at the server's row limit when the body names none", async () => {
      const { body } = await api.post<ResultBody>('/api/cypher', { query: huge });
      assert.equal(body.rows.length, 50);
      assert.equal(body.truncated, true);
    });

    it('stops reading a result of a hundred million rows after the limit instead of collecting it', async () => {
      // Collecting the whole result would run into the 10 s timeout; streaming stops after 51 records.
      const { status, body } = await api.post<ResultBody>('/api/cypher', { query: huge, limit: 50 });
      assert.equal(status, 200);
      assert.ok(body.elapsedMs < 5_000, `took ${body.elapsedMs} ms`);
    });

    it('is not truncated when the result has exactly as many rows as the limit', async () => {
      const { body } = await api.post<ResultBody>('/api/cypher', {
        query: 'UNWIND range(1, 5) AS x RETURN x',
        limit: 5,
      });
      assert.equal(body.rows.length, 5);
      assert.equal(body.truncated, false);
    });

    it('cuts saved queries too', async () => {
      const { body } = await api.post<ResultBody>('/api/queries/who-met-whom/run', { limit: 2 });
      assert.equal(body.rows.length, 2);
      assert.equal(body.truncated, true);
    });

    it("refuses a limit above the server's row limit", async () => {
      const { status, body } = await api.post<ErrorBody>('/api/cypher', { query: 'RETURN 1', limit: 51 });
      assert.equal(status, 400);
      assert.match(body.error.message, /limit: must be at most 50/);
    });

    it('refuses a query longer than 10,000 characters', async () => {
      const query = `RETURN 1 ${' '.repeat(10_000)}AS one`;
      const { status, body } = await api.post<ErrorBody>('/api/cypher', { query });
      assert.equal(status, 400);
      assert.match(body.error.message, /query: must be at most 10000 characters/);
    });
  });

  describe('the read transaction itself', () => {
    it('refuses a write that got past the guard, and the refusal maps to 403 READ_ONLY', async () => {
      const attempt = api.db.transaction('READ', (tx) => tx.run("CREATE (:Entity {id: 'mallory'})"));
      const error = await attempt.then(
        () => assert.fail('the write ran'),
        (failure: unknown) => failure,
      );
      const mapped = fromCypherError(error, 1_000);
      assert.ok(mapped instanceof ApiError);
      assert.deepEqual([mapped.status, mapped.code], [403, 'READ_ONLY']);
      const { records } = await api.db.read("MATCH (n {id: 'mallory'}) RETURN count(n) AS n");
      assert.equal(records[0]!.get('n'), 0);
    });
  });
});
