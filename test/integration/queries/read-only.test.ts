import { strict as assert } from 'node:assert';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { fingerprint, type ErrorBody, type ResultBody } from './support.js';

/**
 * Attempts to change the database through POST /api/cypher, each with the refusal expected: 403 READ_ONLY with its
 * reason where the guard recognises the attempt, 400 where Neo4j already rejects the statement as malformed. After
 * every attempt the database must be as it was.
 */
const attempts: { name: string; query: string; status: 403 | 400; reason?: string }[] = [
  {
    name: 'CREATE',
    query: "CREATE (n:Entity:Person {id: 'mallory', name: 'Mallory'}) RETURN n",
    status: 403,
    reason: 'write',
  },
  { name: 'MERGE', query: "MERGE (n:Entity {id: 'mallory'}) RETURN n", status: 403, reason: 'write' },
  { name: 'DELETE', query: 'MATCH ()-[r:MET]->() DELETE r', status: 403, reason: 'write' },
  { name: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n', status: 403, reason: 'write' },
  { name: 'SET', query: "MATCH (n:Entity) SET n.name = 'x'", status: 403, reason: 'write' },
  { name: 'REMOVE', query: 'MATCH (n:Entity) REMOVE n.name', status: 403, reason: 'write' },
  { name: 'REMOVE a label', query: 'MATCH (n:Person) REMOVE n:Person RETURN count(n)', status: 403, reason: 'write' },
  {
    name: 'LOAD CSV',
    query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    status: 403,
    reason: 'load-csv',
  },
  {
    name: 'LOAD CSV from a URL',
    query: "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row",
    status: 403,
    reason: 'load-csv',
  },
  {
    name: 'CALL dbms.security.createUser',
    query: "CALL dbms.security.createUser('mallory', 'password123', false)",
    status: 403,
    reason: 'procedure',
  },
  { name: 'CALL dbms.killQueries', query: "CALL dbms.killQueries(['query-1'])", status: 403, reason: 'procedure' },
  { name: 'CALL db.createLabel', query: "CALL db.createLabel('Mallory')", status: 403, reason: 'procedure' },
  { name: 'CALL dbms.listConfig', query: 'CALL dbms.listConfig()', status: 403, reason: 'procedure' },
  { name: 'CALL db.clearQueryCaches', query: 'CALL db.clearQueryCaches()', status: 403, reason: 'procedure' },
  { name: 'CREATE INDEX', query: 'CREATE INDEX mallory FOR (n:Entity) ON (n.kind)', status: 403, reason: 'schema' },
  { name: 'DROP CONSTRAINT', query: 'DROP CONSTRAINT entity_id', status: 403, reason: 'schema' },
  { name: 'DROP INDEX', query: 'DROP INDEX entity_search', status: 403, reason: 'schema' },
  {
    name: 'a write hidden in a CALL subquery',
    query: "MATCH (n:Person) CALL (n) { CREATE (n)-[:MET]->(:Person {id: 'mallory'}) } RETURN count(*)",
    status: 403,
    reason: 'write',
  },
  {
    name: 'a write hidden in an old-style CALL subquery',
    query: "CALL { CREATE (:Entity {id: 'mallory'}) } RETURN 1 AS one",
    status: 403,
    reason: 'write',
  },
  {
    name: 'a write hidden in FOREACH',
    query: "MATCH (n:Person) FOREACH (x IN [1] | CREATE (:Entity {id: 'mallory'}))",
    status: 403,
    reason: 'write',
  },
  {
    name: 'CALL { … } IN TRANSACTIONS',
    query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS',
    status: 403,
    reason: 'write',
  },
  {
    name: 'CALL apoc.create.node (no plugin)',
    query: "CALL apoc.create.node(['Mallory'], {})",
    status: 403,
    reason: 'procedure',
  },
  {
    name: 'CALL apoc.cypher.doIt (no plugin)',
    query: "CALL apoc.cypher.doIt('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN value",
    status: 403,
    reason: 'procedure',
  },
  { name: 'USE system SHOW USERS', query: 'USE system SHOW USERS', status: 400 },
  { name: 'SHOW USERS', query: 'SHOW USERS', status: 403, reason: 'database' },
  { name: 'CREATE USER', query: "CREATE USER mallory SET PASSWORD 'password123'", status: 403, reason: 'database' },
  { name: 'SHOW TRANSACTIONS', query: 'SHOW TRANSACTIONS', status: 403, reason: 'command' },
  {
    name: 'TERMINATE TRANSACTIONS',
    query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    status: 403,
    reason: 'command',
  },
  {
    name: 'two statements separated by ;',
    query: 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n',
    status: 400,
  },
  {
    name: 'a write after a read, separated by ; and a comment',
    query: "MATCH (n) RETURN n LIMIT 1; // harmless?\nCREATE (:Entity {id: 'mallory'})",
    status: 400,
  },
];

describe('POST /api/cypher is read-only', () => {
  let api: SampleApi;
  let before_: Record<string, unknown>;
  before(async () => {
    api = await sampleApi();
    before_ = await fingerprint(api.db);
  });
  after(async () => {
    await api.close();
  });

  for (const attempt of attempts) {
    it(`refuses ${attempt.name} with ${attempt.status}${attempt.reason ? ` (${attempt.reason})` : ''} and changes nothing`, async () => {
      const { status, body } = await api.post<ErrorBody>('/api/cypher', { query: attempt.query });
      assert.equal(status, attempt.status, JSON.stringify(body));
      if (attempt.status === 403) {
        assert.equal(body.error.code, 'READ_ONLY');
        assert.equal((body.error.details as { reason: string }).reason, attempt.reason);
      } else {
        assert.match(body.error.code, /^CYPHER_/);
      }
      assert.ok(body.error.message.length > 20, 'a message that says what was wrong');
      assert.deepEqual(await fingerprint(api.db), before_);
    });
  }

  it('names the refused procedure and the allowed ones', async () => {
    const { body } = await api.post<ErrorBody>('/api/cypher', { query: 'CALL db.awaitIndexes()' });
    assert.equal(body.error.code, 'READ_ONLY');
    assert.deepEqual(body.error.details, { reason: 'procedure', procedure: 'db.awaitIndexes' });
    assert.match(body.error.message, /db\.labels/);
  });

  it('runs the procedures on the allow-list', async () => {
    const labels = await api.post<ResultBody>('/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label' });
    assert.equal(labels.status, 200);
    assert.ok(labels.body.rows.some(([label]) => label === 'Person'));
    const search = await api.post<ResultBody>('/api/cypher', {
      query: "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id LIMIT 3",
      parameters: { q: 'Austin' },
    });
    assert.equal(search.status, 200, JSON.stringify(search.body));
    assert.ok(search.body.rows.some(([id]) => id === 'lloyd-austin'));
  });

  it('reads what it is asked to read: a read in a subquery and a string that mentions CREATE', async () => {
    const { status, body } = await api.post<ResultBody>('/api/cypher', {
      query: "CALL () { MATCH (n:Person) RETURN count(n) AS people } RETURN people, 'CREATE (n) // DELETE' AS text",
    });
    assert.equal(status, 200, JSON.stringify(body));
    assert.ok((body.rows[0]![0] as number) > 5);
    assert.equal(body.rows[0]![1], 'CREATE (n) // DELETE');
  });

  it('answers a syntax error with 400 and the position in the query as sent', async () => {
    const { status, body } = await api.post<ErrorBody>('/api/cypher', { query: 'MATCH (n) RETURN n +' });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'CYPHER_SYNTAX');
    assert.match(body.error.message, /line 1, column 21/);
    assert.ok(!body.error.message.includes('EXPLAIN'), body.error.message);
  });
});
