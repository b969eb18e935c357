import { Router } from 'express';
import { z } from 'zod';
import { luceneQuery } from '../../search/lucene-query.js';
import { whyMatched } from '../../search/why-matched.js';
import type { AppContext } from '../app.js';
import { kindsParam, limitParam, validate } from '../validate.js';

const searchQuery = z.object({
  q: z.string({ message: 'is required' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  kinds: kindsParam.optional(),
  limit: limitParam(100, 10),
});

type Hit = { id: string; kind: string; name: string; aliases: string[]; score: number };

/** GET /api/search: names and aliases through the full-text index, typo-tolerant and accent-insensitive, ranked. */
export function searchRoutes({ db }: AppContext): Router {
  const router = Router();
  router.get('/search', async (request, response) => {
    const { q, kinds, limit } = validate(searchQuery, request.query, 'query string');
    const lucene = luceneQuery(q);
    if (!lucene) {
      response.json({ query: q, results: [] });
      return;
    }
    const result = await db.read<Hit>(
      `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds
       RETURN node.id AS id, node.kind AS kind, node.name AS name, coalesce(node.aliases, []) AS aliases, score
       ORDER BY score DESC, size(node.name)
       LIMIT toInteger($limit)`,
      { lucene, kinds: kinds?.length ? kinds : null, limit },
    );
    response.json({
      query: q,
      results: result.records.map((record) => {
        const hit = record.toObject();
        return { ...hit, matched: whyMatched(q, [hit.name, ...hit.aliases]) ?? hit.name };
      }),
    });
  });
  return router;
}
