import { Router } from 'express';
import { z } from 'zod';
import {
  fromJsonParameters,
  limitFields,
  limitsOf,
  longestCypher,
  parameterNamePattern,
  runReadOnlyQuery,
} from '../../queries/index.js';
import type { AppContext } from '../app.js';
import { validate } from '../validate.js';

/**
 * POST /api/cypher: one ad-hoc Cypher statement, read-only (checked on its plan, run in a read transaction), bounded
 * by the server's row limit and timeout or smaller ones the body asks for.
 */
export function cypherRoutes({ db, settings }: AppContext): Router {
  const cypherBody = z.strictObject({
    query: z
      .string({ message: 'is required' })
      .trim()
      .min(1, 'must not be empty')
      .max(longestCypher, `must be at most ${longestCypher} characters`),
    parameters: z
      .record(z.string().regex(parameterNamePattern, 'must be a Cypher parameter name'), z.unknown(), {
        message: 'must be an object of name → value',
      })
      .optional(),
    ...limitFields(settings),
  });
  const router = Router();
  router.post('/cypher', async (request, response) => {
    const body = validate(cypherBody, request.body, 'body');
    const parameters = Object.fromEntries(
      Object.entries(body.parameters ?? {}).map(([name, value]) => [name, fromJsonParameters(value)]),
    );
    const result = await runReadOnlyQuery(db, body.query, parameters, limitsOf(body, settings));
    response.json(result);
  });
  return router;
}
