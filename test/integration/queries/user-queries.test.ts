import { strict as assert } from 'node:assert';
import { defaultApiSettings } from '../../../server/src/config.js';
import { createApp } from '../../../server/src/http/app.js';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { listen, type RunningApp } from '../../support/http.js';
import { testLogger } from '../../support/logger.js';
import { fingerprint, idOf, rowObjects, send, type ErrorBody, type ResultBody } from './support.js';

const token = 'test-token-0123456789abcdef';
const authorised = { authorization: `Bearer ${token}` };

/** Names this file saves; removed before and after, since resetting the sample graph leaves saved queries alone. */
const names = ['people-of-a-country', 'writes-anyway', 'undeclared-parameter', 'bad-parameter'];

const peopleOfACountry = {
  name: 'people-of-a-country',
  title: 'People of a country',
  description: 'Everyone reported to represent a country.',
  parameters: [
    { name: 'country', type: 'entityId', default: 'US', description: 'The country' },
    { name: 'limit', type: 'integer', default: 10, min: 1, max: 50, description: 'How many people' },
  ],
  cypher: `MATCH (person:Person)-[:REPRESENTS]->(:Country {id: $country})
RETURN DISTINCT person ORDER BY person.name LIMIT $limit`,
};

type Saved = typeof peopleOfACountry & { origin: string; createdAt: string };

describe('user-saved queries', () => {
  let api: SampleApi;
  const removeOurs = () => api.db.write('MATCH (q:SavedQuery) WHERE q.name IN $names DELETE q', { names });
  const call = <T>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
    send<T>(api.baseUrl, method, path, options);

  before(async () => {
    api = await sampleApi({ apiToken: token });
    await removeOurs();
  });
  after(async () => {
    await removeOurs();
    await api.close();
  });

  describe('the token', () => {
    it('answers 401 without an Authorization header', async () => {
      const { status, body, headers } = await call<ErrorBody>('POST', '/api/queries', { body: peopleOfACountry });
      assert.equal(status, 401);
      assert.equal(body.error.code, 'UNAUTHORIZED');
      assert.match(body.error.message, /missing/);
      assert.match(headers.get('www-authenticate') ?? '', /^Bearer/);
    });

    it('answers 401 with a wrong token, also one that differs only in length', async () => {
      for (const wrong of ['nope', `${token}x`, token.slice(0, -1)]) {
        const { status, body } = await call<ErrorBody>('POST', '/api/queries', {
          body: peopleOfACountry,
          headers: { authorization: `Bearer ${wrong}` },
        });
        assert.equal(status, 401, wrong);
        assert.match(body.error.message, /wrong/);
      }
      const basic = await call<ErrorBody>('DELETE', '/api/queries/who-met-whom', {
        headers: { authorization: `Basic ${Buffer.from(`neo4j:${token}`).toString('base64')}` },
      });
      assert.equal(basic.status, 401);
    });

    it('answers 403 FORBIDDEN on a server without a token, saving nothing', async () => {
      const app: RunningApp = await listen(createApp({ db: api.db, logger: testLogger, settings: defaultApiSettings }));
      try {
        for (const [method, path] of [
          ['POST', '/api/queries'],
          ['DELETE', '/api/queries/people-of-a-country'],
        ] as const) {
          const { status, body } = await send<ErrorBody>(app.baseUrl, method, path, {
            body: peopleOfACountry,
            headers: authorised,
          });
          assert.equal(status, 403, `${method} ${path}`);
          assert.equal(body.error.code, 'FORBIDDEN');
          assert.match(body.error.message, /disabled: set ATLAS_API_TOKEN/);
        }
        const listed = await send<{ queries: { name: string }[] }>(app.baseUrl, 'GET', '/api/queries');
        assert.ok(!listed.body.queries.some((query) => query.name === 'people-of-a-country'));
      } finally {
        await app.close();
      }
    });
  });

  describe('round trip', () => {
    it('saves, lists, shows, runs and deletes a query', async () => {
      const saved = await call<Saved>('POST', '/api/queries', { body: peopleOfACountry, headers: authorised });
      assert.equal(saved.status, 201, JSON.stringify(saved.body));
      assert.equal(saved.headers.get('location'), '/api/queries/people-of-a-country');
      assert.equal(saved.body.origin, 'user');
      assert.ok(!Number.isNaN(Date.parse(saved.body.createdAt)));

      const stored = await api.db.read(
        "MATCH (q:SavedQuery {name: 'people-of-a-country'}) RETURN q.parameters AS parameters, q.cypher AS cypher",
      );
      assert.deepEqual(JSON.parse(stored.records[0]!.get('parameters')), peopleOfACountry.parameters);
      assert.equal(stored.records[0]!.get('cypher'), peopleOfACountry.cypher);

      const listed = await call<{ queries: { name: string; origin: string }[] }>('GET', '/api/queries');
      assert.deepEqual(
        listed.body.queries.filter((query) => query.name === 'people-of-a-country').map((query) => query.origin),
        ['user'],
      );
      const shown = await call<Saved>('GET', '/api/queries/people-of-a-country');
      assert.equal(shown.body.cypher, peopleOfACountry.cypher);
      assert.deepEqual(shown.body.parameters, peopleOfACountry.parameters);

      const ran = await call<ResultBody>('POST', '/api/queries/people-of-a-country/run', {
        body: { parameters: { country: 'KR' } },
      });
      assert.equal(ran.status, 200, JSON.stringify(ran.body));
      assert.deepEqual(
        rowObjects(ran.body).map((row) => idOf(row.person)),
        ['shin-won-sik'],
      );
      assert.deepEqual(ran.body.graph!.nodes.map((node) => node.key).sort(), ['shin-won-sik']);

      const checked = await call<ErrorBody>('POST', '/api/queries/people-of-a-country/run', {
        body: { parameters: { limit: 500 } },
      });
      assert.equal(checked.status, 400);
      assert.match(checked.body.error.message, /limit: must be at most 50/);

      const deleted = await call('DELETE', '/api/queries/people-of-a-country', { headers: authorised });
      assert.equal(deleted.status, 204);
      const gone = await call<ErrorBody>('GET', '/api/queries/people-of-a-country');
      assert.equal(gone.status, 404);
    });

    it('refuses a second query of the same name with 409', async () => {
      const first = await call('POST', '/api/queries', { body: peopleOfACountry, headers: authorised });
      assert.equal(first.status, 201);
      const second = await call<ErrorBody>('POST', '/api/queries', { body: peopleOfACountry, headers: authorised });
      assert.equal(second.status, 409);
      assert.match(second.body.error.message, /exists already/);
    });
  });

  describe('checks on save', () => {
    it('refuses a query that writes, with 403 READ_ONLY, and stores nothing', async () => {
      const before_ = await fingerprint(api.db);
      const { status, body } = await call<ErrorBody>('POST', '/api/queries', {
        body: { name: 'writes-anyway', title: 'Writes', cypher: "MATCH (n:Person) SET n.name = 'x'" },
        headers: authorised,
      });
      assert.equal(status, 403);
      assert.equal(body.error.code, 'READ_ONLY');
      assert.deepEqual(await fingerprint(api.db), before_);
    });

    it('refuses the name of a shipped query with 409', async () => {
      const { status, body } = await call<ErrorBody>('POST', '/api/queries', {
        body: { ...peopleOfACountry, name: 'who-met-whom' },
        headers: authorised,
      });
      assert.equal(status, 409);
      assert.match(body.error.message, /shipped/);
    });

    it('refuses a $parameter the declarations lack, naming it', async () => {
      const { status, body } = await call<ErrorBody>('POST', '/api/queries', {
        body: { name: 'undeclared-parameter', title: 'Undeclared', cypher: 'MATCH (n:Entity {id: $id}) RETURN n' },
        headers: authorised,
      });
      assert.equal(status, 400);
      assert.match(body.error.message, /\$id but does not declare it/);
    });

    it('refuses malformed declarations with 400 naming the field', async () => {
      const cases: [unknown, RegExp][] = [
        [
          {
            name: 'bad-parameter',
            title: 'Bad',
            parameters: [{ name: 'n', type: 'number', description: 'N' }],
            cypher: 'RETURN $n',
          },
          /parameters\.0\.type: must be one of/,
        ],
        [
          {
            name: 'bad-parameter',
            title: 'Bad',
            parameters: [{ name: 'n', type: 'integer', default: 9, max: 5, description: 'N' }],
            cypher: 'RETURN $n',
          },
          /parameters\.0\.default: default 9 does not fit/,
        ],
        [{ name: 'Bad Name', title: 'Bad', cypher: 'RETURN 1' }, /name: must be kebab-case/],
        [{ name: 'bad-parameter', cypher: 'RETURN 1' }, /title: is required/],
        [{ name: 'bad-parameter', title: 'Bad', cypher: 'RETURN 1', extra: true }, /Unrecognized key|extra/],
      ];
      for (const [body, message] of cases) {
        const response = await call<ErrorBody>('POST', '/api/queries', { body, headers: authorised });
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.match(response.body.error.message, message);
      }
      const stored = await api.db.read("MATCH (q:SavedQuery {name: 'bad-parameter'}) RETURN count(q) AS n");
      assert.equal(stored.records[0]!.get('n'), 0);
    });
  });

  describe('delete', () => {
    it('refuses to delete a shipped query with 409', async () => {
      const { status, body } = await call<ErrorBody>('DELETE', '/api/queries/who-met-whom', { headers: authorised });
      assert.equal(status, 409);
      assert.equal(body.error.code, 'SHIPPED_QUERY');
      assert.equal((await call('GET', '/api/queries/who-met-whom')).status, 200);
    });

    it('answers 404 for a query that does not exist', async () => {
      const { status } = await call('DELETE', '/api/queries/never-saved', { headers: authorised });
      assert.equal(status, 404);
    });
  });
});
