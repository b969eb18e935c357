import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { localPassword } from './local-credentials.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';

export type DatabaseHandle = {
  db: Database;
  /** Present when this process started the project's own Neo4j; it stops with the handle. */
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
};

/** NEO4J_URI when set; otherwise the project's local Neo4j, started here with its store in ATLAS_DATA_DIR. */
export async function connectDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const options = { queryTimeoutMs: config.queryTimeoutMs, retryMs: config.dbRetryMs };
  if (config.neo4j.uri) {
    const db = new Database(
      {
        uri: config.neo4j.uri,
        user: config.neo4j.user,
        password: config.neo4j.password!,
        database: config.neo4j.database,
      },
      options,
    );
    logger.info({ uri: config.neo4j.uri }, 'using Neo4j from NEO4J_URI');
    return { db, local: undefined, close: () => db.close() };
  }

  const password = localPassword(config.local.dataDir, config.neo4j.password);
  logger.info({ dataDir: config.local.dataDir }, 'starting the local Neo4j (NEO4J_URI is not set)');
  const started = Date.now();
  const local = await startLocalNeo4j({
    home: config.local.dataDir,
    port: config.local.port,
    password,
    heap: config.local.heap,
    logger,
  });
  logger.info({ uri: local.uri, ms: Date.now() - started }, 'local Neo4j ready');
  const db = new Database({ uri: local.uri, user: 'neo4j', password, database: config.neo4j.database }, options);
  return {
    db,
    local,
    close: async () => {
      await db.close();
      await local.stop();
    },
  };
}
