import { Router } from 'express';
import { z } from 'zod';
import { readOverview } from '../../graph/overview.js';
import type { AppContext } from '../app.js';
import { idParam, kindsParam, limitParam, typesParam, validate } from '../validate.js';

const overviewQuery = z.object({
  kinds: kindsParam.optional(),
  types: typesParam.optional(),
  articles: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(idParam).max(1_000, 'must name at most 1,000 articles'))
    .optional(),
  limit: limitParam(50_000, 500),
});

/** GET /api/graph: the overview for the first screen, most connected entities first when limited. */
export function graphRoutes({ db, settings }: AppContext): Router {
  const router = Router();
  router.get('/graph', async (request, response) => {
    const query = validate(overviewQuery, request.query, 'query string');
    const overview = await readOverview(db, {
      ...query,
      limit: Math.min(query.limit, Math.max(settings.rowLimit, 500)),
    });
    response.json(overview);
  });
  return router;
}
