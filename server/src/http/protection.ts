import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ApiError } from './errors.js';

/**
 * Security headers for the API and the client. The layout runs in a web worker built from a Blob, so workers may
 * come from `blob:` as well as from the app itself; everything else keeps helmet's strict defaults.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        workerSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
      },
    },
  });
}

/**
 * Per-client limit on the endpoints that can make Neo4j work hard (ad-hoc Cypher, saved queries, paths,
 * exports): past it, 429 with Retry-After. `perMinute` 0 turns the limit off (benchmarks).
 */
export function expensiveRateLimit(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_request, _response, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_request, _response, next, options) => {
      next(
        new ApiError(
          429,
          'RATE_LIMITED',
          `Too many expensive requests from this client (limit ${perMinute} per minute). Retry in a minute.`,
          undefined,
          { 'Retry-After': String(Math.ceil(options.windowMs / 1000)) },
        ),
      );
    },
  });
}
