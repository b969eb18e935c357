import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import { createLogger } from '../logger.js';
import { onShutdown } from './shutdown.js';

/** `atlas db start`: runs only the local Neo4j (for Neo4j Browser, cypher-shell or another client) until Ctrl-C. */
export async function dbStart(): Promise<number> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    console.error('atlas db start: NEO4J_URI is set, so there is no local database to start.');
    return 2;
  }
  const logger = createLogger(config.logLevel);
  const handle = await connectDatabase(config, logger);
  await applySchema(handle.db);
  process.stdout.write(
    `Local Neo4j running at ${handle.local!.uri} (user neo4j; password in ${config.local.dataDir}/atlas-credentials.json unless NEO4J_PASSWORD is set). Ctrl-C stops it.\n`,
  );
  return await onShutdown(() => handle.close());
}
