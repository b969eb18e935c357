import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../server/src/db/database.js';
import { startLocalNeo4j } from '../../server/src/db/local-neo4j.js';
import { applySchema } from '../../server/src/db/schema.js';

export type BenchNeo4j = { db: Database; uri: string; password: string; home: string; stop(): Promise<void> };

const password = 'bench-password';

/** A throw-away local Neo4j with the schema applied, for one benchmark. */
export async function startBenchNeo4j(heap = '2g'): Promise<BenchNeo4j> {
  const home = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
  const neo4j = await startLocalNeo4j({ home, port: 0, password, heap });
  const db = new Database(
    { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' },
    { queryTimeoutMs: 120_000, retryMs: 5_000 },
  );
  await applySchema(db);
  return {
    db,
    uri: neo4j.uri,
    password,
    home,
    stop: async () => {
      await db.close();
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
