import { loadConfig, type Config } from '../config.js';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import { createLogger, type Logger } from '../logger.js';

/** What every database command starts with: settings, logger, database (local or NEO4J_URI), schema. */
export async function openDatabase(): Promise<{ handle: DatabaseHandle; logger: Logger; config: Config }> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const handle = await connectDatabase(config, logger);
  try {
    await applySchema(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { handle, logger, config };
}
