import { Database } from '../../server/src/db/database.js';

/** A Database on the suite's Neo4j (started by test/setup/global-neo4j.ts). */
export function testDatabase(options: { queryTimeoutMs?: number } = {}): Database {
  const uri = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD;
  if (!uri || !password) throw new Error('NEO4J_URI is not set: run the suite with `npm test`, which starts Neo4j.');
  return new Database(
    { uri, user: process.env.NEO4J_USER ?? 'neo4j', password, database: 'neo4j' },
    { queryTimeoutMs: options.queryTimeoutMs ?? 10_000, retryMs: 1_000 },
  );
}
