import { Router } from 'express';
import { z } from 'zod';
import {
  limitFields,
  limitsOf,
  QueryCatalog,
  runSavedQuery,
  savedQueryDefinitionSchema,
  shippedQueries,
  type SavedQuery,
} from '../../queries/index.js';
import type { AppContext } from '../app.js';
import { requireToken } from '../require-token.js';
import { validate } from '../validate.js';

const nameParams = z.object({ name: z.string().min(1).max(200) });

/** What the list shows of a query; the Cypher itself comes with GET /api/queries/:name. */
function summaryOf(query: SavedQuery) {
  const { name, title, description, parameters, origin, createdAt } = query;
  return { name, title, description, parameters, origin, ...(createdAt ? { createdAt } : {}) };
}

/**
 * Saved queries: list, show, run with validated parameters; users save and delete their own with the API token.
 * Shipped queries are read from cypher/saved when the router is built, so a malformed one stops the server at start.
 */
export function queryRoutes({ db, settings }: AppContext): Router {
  const catalog = new QueryCatalog(db, shippedQueries());
  const runBody = z.strictObject({
    parameters: z.record(z.string(), z.unknown(), { message: 'must be an object of name → value' }).optional(),
    ...limitFields(settings),
  });
  const guard = requireToken(settings, 'Saving and deleting queries');
  const router = Router();

  router.get('/queries', async (_request, response) => {
    response.json({ queries: (await catalog.list()).map(summaryOf) });
  });

  router.get('/queries/:name', async (request, response) => {
    const { name } = validate(nameParams, request.params, 'path');
    const query = await catalog.get(name);
    response.json({ ...summaryOf(query), cypher: query.cypher });
  });

  router.post('/queries/:name/run', async (request, response) => {
    const { name } = validate(nameParams, request.params, 'path');
    const body = validate(runBody, request.body, 'body');
    const query = await catalog.get(name);
    const result = await runSavedQuery(db, query, body.parameters ?? {}, limitsOf(body, settings));
    response.json(result);
  });

  router.post('/queries', guard, async (request, response) => {
    const definition = validate(savedQueryDefinitionSchema, request.body, 'body');
    const saved = await catalog.save(definition, settings.queryTimeoutMs);
    response
      .status(201)
      .location(`/api/queries/${saved.name}`)
      .json({ ...summaryOf(saved), cypher: saved.cypher });
  });

  router.delete('/queries/:name', guard, async (request, response) => {
    const { name } = validate(nameParams, request.params, 'path');
    await catalog.delete(name);
    response.status(204).end();
  });

  return router;
}
