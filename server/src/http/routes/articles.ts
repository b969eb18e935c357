import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { NotFoundError } from '../errors.js';
import { idParam, limitParam, validate } from '../validate.js';

const listQuery = z.object({
  limit: limitParam(1_000, 100),
  offset: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).default(0),
  source: z.string().max(200).optional(),
});
const articleParams = z.object({ id: idParam });

type ArticleSummary = {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  mentions: number;
};

type MentionRow = { entity: { id: string; kind: string; name: string }; spans: number[] };

/** GET /api/articles (newest first) and GET /api/articles/:id (text with the offsets of every recognised entity). */
export function articleRoutes({ db }: AppContext): Router {
  const router = Router();

  router.get('/articles', async (request, response) => {
    const { limit, offset, source } = validate(listQuery, request.query, 'query string');
    const result = await db.read<{ total: number; articles: ArticleSummary[] }>(
      `MATCH (a:Article) WHERE $source IS NULL OR a.source = $source
       WITH a ORDER BY a.publishedAt DESC, a.id
       WITH collect(a) AS matching
       RETURN size(matching) AS total,
              [a IN matching[toInteger($offset)..toInteger($offset + $limit)] | {id: a.id, title: a.title, source: a.source, url: a.url,
                publishedAt: a.publishedAt, language: a.language, mentions: COUNT { (a)-[:MENTIONS]->() }}] AS articles`,
      { source: source ?? null, offset, limit },
    );
    const record = result.records[0];
    response.json({ total: record?.get('total') ?? 0, offset, articles: record?.get('articles') ?? [] });
  });

  router.get('/articles/:id', async (request, response) => {
    const { id } = validate(articleParams, request.params, 'path');
    const result = await db.read<{ article: Record<string, unknown>; mentions: MentionRow[] }>(
      `MATCH (a:Article {id: $id})
       OPTIONAL MATCH (a)-[m:MENTIONS]->(n:Entity)
       WITH a, collect(CASE WHEN n IS NULL THEN NULL ELSE {entity: {id: n.id, kind: n.kind, name: n.name}, spans: m.spans} END) AS mentions
       RETURN {id: a.id, title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt,
               language: a.language, text: a.text} AS article, mentions`,
      { id },
    );
    const record = result.records[0];
    if (!record) throw new NotFoundError(`No article has the id "${id}".`);
    const mentions = record
      .get('mentions')
      .flatMap(({ entity, spans }) => pairs(spans ?? []).map(([start, end]) => ({ entity, start, end })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    response.json({ article: record.get('article'), mentions });
  });

  return router;
}

/** Spans are stored flat ([start, end, start, end, …]) to keep them a plain Neo4j list. */
function pairs(flat: number[]): [number, number][] {
  const result: [number, number][] = [];
  for (let index = 0; index + 1 < flat.length; index += 2) result.push([flat[index]!, flat[index + 1]!]);
  return result;
}
