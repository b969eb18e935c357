import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../server/src/db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/src/db/local-neo4j.js';
import { applySchema } from '../../server/src/db/schema.js';

/**
 * The whole suite shares one throw-away Neo4j: the project's own launcher, a free port and a temporary store.
 * It is stopped and deleted after the run, failed or not. Tests reach it through NEO4J_URI and NEO4J_PASSWORD.
 */
let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  home = await mkdtemp(join(tmpdir(), 'atlas-test-neo4j-'));
  const password = 'atlas-test-password';
  neo4j = await startLocalNeo4j({ home, port: 0, password, heap: '1g' });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  const db = new Database(
    { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' },
    { queryTimeoutMs: 30_000, retryMs: 2_000 },
  );
  await applySchema(db);
  await db.close();
}

export async function mochaGlobalTeardown(): Promise<void> {
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
}
