import { strict as assert } from 'node:assert';
import { createApp } from '../../../server/src/http/app.js';
import type { Database } from '../../../server/src/db/database.js';
import { testDatabase } from '../../support/database.js';
import { listen, type RunningApp } from '../../support/http.js';
import { testLogger } from '../../support/logger.js';

describe('GET /api/health', () => {
  let db: Database;
  let app: RunningApp;
  before(async () => {
    db = testDatabase();
    app = await listen(createApp({ db, logger: testLogger }));
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  it('answers 200 with the Neo4j version and node count', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      status: string;
      neo4j: { version: string; edition: string };
      nodes: number;
    };
    assert.equal(body.status, 'ok');
    assert.match(body.neo4j.version, /^5\.26\./);
    assert.equal(body.neo4j.edition, 'community');
    assert.equal(typeof body.nodes, 'number');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await fetch(`${app.baseUrl}/api/no-such-thing`);
    assert.equal(response.status, 404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'NOT_FOUND');
    assert.match(body.error.message, /no-such-thing/);
  });
});
