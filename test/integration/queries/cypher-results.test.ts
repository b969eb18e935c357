import { strict as assert } from 'node:assert';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { rowObjects, type ErrorBody, type JsonNode, type JsonRelationship, type ResultBody } from './support.js';

type JsonPath = {
  start: JsonNode;
  end: JsonNode;
  segments: { start: JsonNode; relationship: JsonRelationship; end: JsonNode }[];
};

describe('POST /api/cypher answers', () => {
  let api: SampleApi;
  before(async () => {
    api = await sampleApi();
  });
  after(async () => {
    await api.close();
  });

  async function cypher(query: string, parameters?: Record<string, unknown>) {
    const response = await api.post<ResultBody>('/api/cypher', { query, ...(parameters ? { parameters } : {}) });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  }

  it('gives columns, rows, truncated and elapsedMs', async () => {
    const body = await cypher("RETURN 1 AS one, 'two' AS two, [3, 4.5] AS list, {five: true} AS map, null AS nothing");
    assert.deepEqual(body.columns, ['one', 'two', 'list', 'map', 'nothing']);
    assert.deepEqual(body.rows, [[1, 'two', [3, 4.5], { five: true }, null]]);
    assert.equal(body.truncated, false);
    assert.equal(typeof body.elapsedMs, 'number');
    assert.equal(body.graph, null, 'no entity, no graph');
  });

  it('gives nodes as {id, labels, properties}, named by their domain id', async () => {
    const { rows } = await cypher("MATCH (n:Entity {id: 'lloyd-austin'}) RETURN n");
    const node = rows[0]![0] as JsonNode;
    assert.equal(node.id, 'lloyd-austin');
    assert.deepEqual([...node.labels].sort(), ['Entity', 'Person']);
    assert.equal(node.properties.name, 'Lloyd Austin');
    assert.ok(Array.isArray(node.properties.aliases));
    assert.ok(!('searchText' in node.properties), 'the derived search field is left out');
    assert.equal(typeof node.elementId, 'string');
  });

  it("leaves an article's full text out of its node", async () => {
    const { rows } = await cypher("MATCH (a:Article {id: '003_f6bb6e040b3f93b2'}) RETURN a");
    const article = rows[0]![0] as JsonNode;
    assert.equal(article.id, '003_f6bb6e040b3f93b2');
    assert.equal(typeof article.properties.title, 'string');
    assert.ok(!('text' in article.properties));
  });

  it('gives relationships as {type, start, end, properties}, their ends named by domain id', async () => {
    const body = await cypher(
      "MATCH (:Person {id: 'lloyd-austin'})-[r:MET]-(:Person {id: 'shin-won-sik'}) RETURN r LIMIT 1",
    );
    const relationship = body.rows[0]![0] as JsonRelationship;
    assert.equal(relationship.type, 'MET');
    assert.deepEqual([relationship.start, relationship.end].sort(), ['lloyd-austin', 'shin-won-sik']);
    assert.equal(relationship.properties.article, '001_3f6f21bc7dcc9bd1');
    assert.equal(typeof relationship.properties.quote, 'string');
    // The ends were not in the rows; the graph still holds them, with the meeting and its evidence.
    assert.deepEqual(body.graph!.nodes.map((node) => node.key).sort(), ['lloyd-austin', 'shin-won-sik']);
    const edge = body.graph!.edges.find((item) => item.attributes.type === 'MET')!;
    assert.ok(edge.attributes.evidence.some((item) => item.article === '001_3f6f21bc7dcc9bd1'));
    assert.equal(typeof edge.attributes.evidence[0]!.title, 'string', 'evidence names its article');
  });

  it('gives paths as segments', async () => {
    const { rows } = await cypher(
      `MATCH path = (:Person {id: 'shin-won-sik'})-[:REPRESENTS]->(:Country)
       RETURN path LIMIT 1`,
    );
    const path = rows[0]![0] as JsonPath;
    assert.equal(path.start.id, 'shin-won-sik');
    assert.equal(path.end.id, 'KR');
    assert.equal(path.segments.length, 1);
    assert.equal(path.segments[0]!.relationship.type, 'REPRESENTS');
    assert.equal(path.segments[0]!.relationship.start, 'shin-won-sik');
    assert.equal(path.segments[0]!.relationship.properties.role, 'defence-minister');
  });

  it('gives temporal and spatial values as strings', async () => {
    const body = await cypher(
      `RETURN date('2024-07-28') AS day, datetime('2024-07-28T10:15:00Z') AS moment, localtime('10:15') AS time,
        duration({days: 2}) AS span, point({latitude: 35.28, longitude: 139.67}) AS yokosuka`,
    );
    const [row] = rowObjects(body);
    assert.equal(row!.day, '2024-07-28');
    assert.equal(row!.moment, '2024-07-28T10:15:00Z');
    assert.equal(row!.time, '10:15:00');
    assert.equal(typeof row!.span, 'string');
    assert.match(String(row!.yokosuka), /35\.28/);
  });

  it('builds the graph from every entity in nodes, relationships and paths, without articles', async () => {
    const body = await cypher(
      `MATCH (article:Article {id: '001_3f6f21bc7dcc9bd1'})
       MATCH (shin:Person {id: 'shin-won-sik'})-[met:MET]-(:Person)
       MATCH office = (shin)-[:REPRESENTS]->(:Country)
       RETURN article, collect(DISTINCT shin) AS people, collect(met) AS meetings, collect(DISTINCT office) AS offices`,
    );
    const keys = body.graph!.nodes.map((node) => node.key).sort();
    assert.deepEqual(keys, ['KR', 'lloyd-austin', 'minoru-kihara', 'shin-won-sik']);
    const types = body.graph!.edges.map((edge) => `${edge.source} ${edge.attributes.type} ${edge.target}`);
    assert.ok(types.includes('shin-won-sik REPRESENTS KR'));
    assert.equal(types.filter((type) => type.includes(' MET ')).length, 3, 'Shin, Austin and Kihara met pairwise');
  });

  it('binds parameters, whole numbers as integers so LIMIT takes them', async () => {
    const body = await cypher('MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name LIMIT $n', {
      prefix: 'Yo',
      n: 1,
    });
    assert.equal(body.rows.length, 1);
    assert.match(String(body.rows[0]![0]), /^Yo/);
  });

  it('answers 400 when the query uses a parameter that was not given', async () => {
    const { status, body } = await api.post<ErrorBody>('/api/cypher', {
      query: 'MATCH (n:Entity {id: $id}) RETURN n',
    });
    assert.equal(status, 400);
    assert.deepEqual(body.error.details, [{ parameter: 'id', message: 'is used by the query but not given' }]);
  });

  it('answers 400 to a body without a query, or with keys it does not know', async () => {
    const missing = await api.post<ErrorBody>('/api/cypher', { parameters: {} });
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /query: is required/);
    const empty = await api.post<ErrorBody>('/api/cypher', { query: '   ' });
    assert.equal(empty.status, 400);
    const unknown = await api.post<ErrorBody>('/api/cypher', { query: 'RETURN 1', rowLimit: 5 });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /Unrecognized key/);
    const badParameters = await api.post<ErrorBody>('/api/cypher', { query: 'RETURN 1', parameters: ['x'] });
    assert.equal(badParameters.status, 400);
  });

  it('answers 400 to a runtime error of the query', async () => {
    const { status, body } = await api.post<ErrorBody>('/api/cypher', { query: 'UNWIND [1, 0] AS x RETURN 1 / x' });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'CYPHER_ERROR');
    assert.match(body.error.message, /by zero/);
  });
});
