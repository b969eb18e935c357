import { Router } from 'express';
import { z } from 'zod';
import { findNeighbourhood, neighbourhoodGraph } from '../../graph/neighbourhood.js';
import { readNodeDetails } from '../../graph/node-details.js';
import { readNodes } from '../../graph/read-graph.js';
import type { AppContext } from '../app.js';
import { NotFoundError } from '../errors.js';
import { idParam, kindsParam, limitParam, typesParam, validate } from '../validate.js';

const nodeParams = z.object({ id: idParam });
const detailsQuery = z.object({ limit: limitParam(2_000, 500) });
const neighboursQuery = z.object({
  depth: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1, 2 or 3')
    .max(3, 'must be 1, 2 or 3')
    .default(1),
  kinds: kindsParam.optional(),
  types: typesParam.optional(),
  limit: limitParam(5_000, 200),
  summary: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
});

/** GET /api/nodes/:id (the side panel) and GET /api/nodes/:id/neighbours (expansion). */
export function nodeRoutes({ db, settings }: AppContext): Router {
  const router = Router();

  router.get('/nodes/:id', async (request, response) => {
    const { id } = validate(nodeParams, request.params, 'path');
    const { limit } = validate(detailsQuery, request.query, 'query string');
    const details = await readNodeDetails(db, id, Math.min(limit, settings.rowLimit));
    if (!details) throw new NotFoundError(`No entity has the id "${id}".`);
    response.json(details);
  });

  router.get('/nodes/:id/neighbours', async (request, response) => {
    const { id } = validate(nodeParams, request.params, 'path');
    const query = validate(neighboursQuery, request.query, 'query string');
    const neighbourhood = await findNeighbourhood(db, id, {
      depth: query.depth,
      kinds: query.kinds,
      types: query.types,
      limit: Math.min(query.limit, settings.rowLimit),
    });
    const { total, truncated, counts } = neighbourhood;
    // Only an empty answer needs the extra look: is the entity alone, or unknown?
    if (total === 0 && (await readNodes(db, [id])).length === 0) {
      throw new NotFoundError(`No entity has the id "${id}".`);
    }
    // A summary lets the client ask before it floods the screen with a hub's neighbours.
    const graph = query.summary === 'true' ? null : await neighbourhoodGraph(db, id, neighbourhood, query.types);
    response.json({ id, depth: query.depth, total, truncated, counts, graph });
  });

  return router;
}
