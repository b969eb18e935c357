import type { Server } from 'node:http';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import { createApp } from '../http/app.js';
import { createLogger } from '../logger.js';
import { loadSampleCorpusIfEmpty } from './sample-corpus.js';
import { onShutdown } from './shutdown.js';

/** `atlas serve` (and `npm start`): database, schema, sample data when empty, then the HTTP server. */
export async function serve(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const handle = await connectDatabase(config, logger);
  const { db } = handle;
  try {
    const statements = await applySchema(db);
    logger.info({ statements }, 'schema applied');
    await loadSampleCorpusIfEmpty(db, logger, config.lexiconDir);
  } catch (error) {
    await handle.close();
    throw error;
  }

  const app = createApp({ db, logger, settings: config.api });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.http.port, config.http.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  logger.info({ url: `http://${config.http.host}:${port}` }, 'Alliance Atlas is serving');
  process.stdout.write(`Alliance Atlas: http://${config.http.host}:${port}\n`);

  return await onShutdown(async (signal) => {
    logger.info({ signal }, 'shutting down');
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await handle.close();
    logger.info('stopped');
  });
}
