import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { clientDistDir } from '../paths.js';
import { defaultApiSettings, type ApiSettings } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { ApiError, errorHandler } from './errors.js';
import { articleRoutes } from './routes/articles.js';
import { cypherRoutes } from './routes/cypher.js';
import { exportRoutes } from './routes/export.js';
import { graphRoutes } from './routes/graph.js';
import { openApiDocument } from './openapi.js';
import { expensiveRateLimit, securityHeaders } from './protection.js';
import { healthRoutes } from './routes/health.js';
import { nodeRoutes } from './routes/nodes.js';
import { pathRoutes } from './routes/paths.js';
import { queryRoutes } from './routes/queries.js';
import { searchRoutes } from './routes/search.js';

export type AppContext = { db: Database; logger: Logger; settings: ApiSettings };

export function createApp({
  db,
  logger,
  settings = defaultApiSettings,
}: Omit<AppContext, 'settings'> & { settings?: ApiSettings }): Express {
  const context: AppContext = { db, logger, settings };
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(express.json({ limit: '1mb' }));
  const expensive = expensiveRateLimit(settings.rateLimitPerMinute);
  for (const path of ['/api/cypher', '/api/queries/:name/run', '/api/paths', '/api/export']) app.use(path, expensive);
  app.get('/api/openapi.json', (_request, response) => {
    response.json(openApiDocument);
  });
  app.use('/api', healthRoutes(db));
  app.use('/api', searchRoutes(context));
  app.use('/api', nodeRoutes(context));
  app.use('/api', pathRoutes(context));
  app.use('/api', graphRoutes(context));
  app.use('/api', articleRoutes(context));
  app.use('/api', queryRoutes(context));
  app.use('/api', cypherRoutes(context));
  app.use('/api', exportRoutes(context));
  app.use('/api', (request) => {
    throw new ApiError(
      404,
      'NOT_FOUND',
      `No endpoint ${request.method} ${request.originalUrl}. See /api/openapi.json.`,
    );
  });
  serveClient(app, logger);
  app.use(errorHandler(logger));
  return app;
}

/** The built client (client/dist), with index.html for any other GET so that shared links to views open. */
function serveClient(app: Express, logger: Logger): void {
  const index = join(clientDistDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ clientDistDir }, 'client is not built (npm run build); serving the API only');
    return;
  }
  app.use(express.static(clientDistDir, { index: 'index.html', maxAge: '1h' }));
  app.get('/{*path}', (_request, response) => response.sendFile(index));
}
