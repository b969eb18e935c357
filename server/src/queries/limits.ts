import { z } from 'zod';
import type { ApiSettings } from '../config.js';

/** How much one query may take: rows returned (and entities in its graph), and time before Neo4j stops it. */
export type QueryLimits = { limit: number; timeoutMs: number };

type ServerLimits = Pick<ApiSettings, 'rowLimit' | 'queryTimeoutMs'>;

/**
 * The request fields a run may carry besides its query and parameters: fewer rows or less time than the server
 * allows, never more. Asking for more is a 400 that states the server's limit.
 */
export function limitFields(settings: ServerLimits) {
  return {
    limit: z
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(settings.rowLimit, `must be at most ${settings.rowLimit} (the server's row limit)`)
      .optional(),
    timeoutMs: z
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(settings.queryTimeoutMs, `must be at most ${settings.queryTimeoutMs} (the server's query timeout)`)
      .optional(),
  };
}

/** The limits of one run: what the request asked for, else the server's own. */
export function limitsOf(request: { limit?: number; timeoutMs?: number }, settings: ServerLimits): QueryLimits {
  return { limit: request.limit ?? settings.rowLimit, timeoutMs: request.timeoutMs ?? settings.queryTimeoutMs };
}
