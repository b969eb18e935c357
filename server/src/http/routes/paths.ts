import { Router } from 'express';
import { z } from 'zod';
import { findPaths } from '../../graph/paths.js';
import { readNodes } from '../../graph/read-graph.js';
import type { AppContext } from '../app.js';
import { NotFoundError } from '../errors.js';
import { idParam, typesParam, validate } from '../validate.js';

const pathQuery = z
  .object({
    from: idParam,
    to: idParam,
    maxLength: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 6')
      .max(6, 'must be between 1 and 6')
      .default(4),
    all: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    types: typesParam.optional(),
  })
  .refine((query) => query.from !== query.to, { message: 'must differ from "from"', path: ['to'] });

/** GET /api/paths: shortest path(s) between two entities, each hop with the sentence that states it. */
export function pathRoutes({ db }: AppContext): Router {
  const router = Router();
  router.get('/paths', async (request, response) => {
    const query = validate(pathQuery, request.query, 'query string');
    const known = new Set((await readNodes(db, [query.from, query.to])).map((node) => node.key));
    for (const end of ['from', 'to'] as const) {
      if (!known.has(query[end])) throw new NotFoundError(`No entity has the id "${query[end]}" (${end}).`);
    }
    const { paths, graph } = await findPaths(db, query.from, query.to, {
      maxLength: query.maxLength,
      all: query.all === 'true',
      types: query.types,
    });
    response.json({
      from: query.from,
      to: query.to,
      maxLength: query.maxLength,
      paths,
      graph,
      ...(paths.length === 0 ? { message: `No path of at most ${query.maxLength} hops.` } : {}),
    });
  });
  return router;
}
