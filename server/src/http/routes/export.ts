import { Router, type Response } from 'express';
import { z } from 'zod';
import { parseColor } from '../../export/color.js';
import { csvParts } from '../../export/csv.js';
import { prepareExport, writeExport, type ExportRequest } from '../../export/export-graph.js';
import { exportFormats, type ExportTarget } from '../../export/formats.js';
import { UnknownEntitiesError } from '../../export/read-scope.js';
import { maxScopeIds, type ExportScope } from '../../export/scope.js';
import type { AppContext } from '../app.js';
import { NotFoundError } from '../errors.js';
import { idParam, validate } from '../validate.js';

const format = z.enum(exportFormats, { message: `must be one of ${exportFormats.join(', ')}` });
const part = z.enum(csvParts, { message: `must be ${csvParts.join(' or ')}` });
const queryName = z.string().min(1, 'must name a saved query').max(200, 'at most 200 characters');
const queryParameters = z.record(z.string(), z.unknown(), { message: 'must be an object of name → value' });
/** A GET carries a saved query's parameters as one JSON object, `params={"country":"JP"}`. */
const queryParametersJson = z.string().transform((value, context) => {
  try {
    return queryParameters.parse(JSON.parse(value));
  } catch {
    context.addIssue({ code: 'custom', message: 'must be a JSON object of name → value, e.g. {"country":"JP"}' });
    return z.NEVER;
  }
});
const idList = z.array(idParam).min(1, 'must name at least one entity').max(maxScopeIds, `at most ${maxScopeIds} ids`);

/** A CSV export is one table, so it needs `part`; no other format has parts. */
function checkPart(value: { format: string; part?: string | undefined }, context: z.RefinementCtx): void {
  if (value.format === 'csv' && !value.part)
    context.addIssue({ code: 'custom', path: ['part'], message: 'is required with format csv: nodes or edges' });
  if (value.format !== 'csv' && value.part)
    context.addIssue({ code: 'custom', path: ['part'], message: 'is only for format csv' });
}

const exportQuery = z
  .object({
    format,
    part: part.optional(),
    ids: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(idList)
      .optional(),
    neighbours: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    query: queryName.optional(),
    params: queryParametersJson.optional(),
  })
  .superRefine((query, context) => {
    checkPart(query, context);
    if (query.neighbours === 'true' && !query.ids)
      context.addIssue({ code: 'custom', path: ['neighbours'], message: 'needs ids: the entities whose neighbours' });
    if (query.query && query.ids)
      context.addIssue({ code: 'custom', path: ['query'], message: 'cannot go with ids: export one or the other' });
    if (query.params && !query.query)
      context.addIssue({ code: 'custom', path: ['params'], message: 'needs query: the saved query they are for' });
  });

const coordinate = z.number({ message: 'must be a number' }).finite('must be a finite number');
const viewNode = z
  .object({
    key: idParam,
    x: coordinate.optional(),
    y: coordinate.optional(),
    color: z
      .string()
      .transform((value, context) => {
        const color = parseColor(value);
        if (!color) context.addIssue({ code: 'custom', message: 'must be a colour like #1f77b4 or rgb(31,119,180)' });
        return color ?? z.NEVER;
      })
      .optional(),
  })
  .refine((node) => (node.x === undefined) === (node.y === undefined), { message: 'x and y go together' });

const scopeBody = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('whole-graph') }),
    z.object({ kind: z.literal('entities'), ids: idList, neighbours: z.boolean().default(false) }),
    z.object({
      kind: z.literal('view'),
      nodes: z.array(viewNode).min(1, 'must hold at least one node').max(maxScopeIds, `at most ${maxScopeIds} nodes`),
    }),
    z.object({ kind: z.literal('saved-query'), name: queryName, parameters: queryParameters.default({}) }),
  ],
  { message: 'kind must be whole-graph, entities, view or saved-query' },
);

const exportBody = z
  .object({ format, part: part.optional(), scope: scopeBody.default({ kind: 'whole-graph' }) })
  .superRefine(checkPart);

/**
 * GET /api/export?format=&part=&ids=&neighbours=&query=&params= and POST /api/export {format, part?, scope}: the
 * graph as a file download. Requested ids the graph lacks are left out and counted in `X-Atlas-Unknown-Count` (the first 100,
 * URI-encoded, in `X-Atlas-Unknown-Ids`); only when it lacks every one of them is the answer 404.
 */
export function exportRoutes({ db, logger, settings }: AppContext): Router {
  const router = Router();

  router.get('/export', async (request, response) => {
    const query = validate(exportQuery, request.query, 'query string');
    const scope: ExportScope = query.ids
      ? { kind: 'entities', ids: query.ids, neighbours: query.neighbours === 'true' }
      : query.query
        ? { kind: 'saved-query', name: query.query, parameters: query.params ?? {} }
        : { kind: 'whole-graph' };
    await sendExport({ scope, target: targetOf(query) }, response);
  });

  router.post('/export', async (request, response) => {
    const body = validate(exportBody, request.body, 'body');
    await sendExport({ scope: body.scope, target: targetOf(body) }, response);
  });

  async function sendExport(exportRequest: ExportRequest, response: Response): Promise<void> {
    const prepared = await prepareExport(db, exportRequest, settings).catch((error: unknown) => {
      throw error instanceof UnknownEntitiesError ? new NotFoundError(error.message) : error;
    });
    response.set({
      'Content-Type': prepared.contentType,
      // The name is letters, digits, '.', '_' and '-' only (scopeSlug), so quoting it needs no escaping.
      'Content-Disposition': `attachment; filename="${prepared.filename}"`,
      'Cache-Control': 'no-store',
    });
    if (prepared.unknownIds.length > 0) {
      response.set('X-Atlas-Unknown-Count', String(prepared.unknownIds.length));
      response.set('X-Atlas-Unknown-Ids', prepared.unknownIds.slice(0, 100).map(encodeURIComponent).join(','));
    }
    try {
      await writeExport(prepared.chunks, response);
    } catch (error) {
      // The status line is out; cutting the connection is the only way left to tell the client the file is
      // incomplete (a chunked answer without its last chunk reads as a failed download, never as a short file).
      response.destroy();
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE')
        logger.debug({ filename: prepared.filename }, 'export download abandoned by the client');
      else logger.error({ err: error, filename: prepared.filename }, 'export failed while streaming');
    }
  }

  return router;
}

function targetOf(request: z.infer<typeof exportBody> | z.infer<typeof exportQuery>): ExportTarget {
  // checkPart has made sure a CSV export names its part.
  return request.format === 'csv' ? { format: 'csv', part: request.part! } : { format: request.format };
}
