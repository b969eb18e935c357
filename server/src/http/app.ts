import express, { type Express } from 'express';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { ApiError, errorHandler } from './errors.js';
import { healthRoutes } from './routes/health.js';

export type AppContext = { db: Database; logger: Logger };

export function createApp({ db, logger }: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', healthRoutes(db));
  app.use('/api', (request) => {
    throw new ApiError(
      404,
      'NOT_FOUND',
      `No endpoint ${request.method} ${request.originalUrl}. See /api/openapi.json.`,
    );
  });
  app.use(errorHandler(logger));
  return app;
}
