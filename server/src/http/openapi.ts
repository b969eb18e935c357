import { entityKinds, relationTypes } from '../ingest/model.js';

/**
 * The OpenAPI 3.1 description of the API, served at /api/openapi.json. Written out rather than generated, so
 * that it reads as documentation; a test validates it and checks that every path it names is served.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const query = (name: string, schema: object, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const pathId = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const csv = (values: readonly string[]) => ({
  type: 'string',
  description: `Comma-separated, among ${values.join(', ')}`,
});
const common = {
  '400': errorResponse('Invalid parameters; the message names each failing field'),
  '503': errorResponse('Neo4j is not reachable; retry after the Retry-After header'),
  '504': errorResponse('The query ran past its time limit'),
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Alliance Atlas API',
    version: '0.1.0',
    description:
      'A knowledge graph of news about security alliances. Every relation carries its evidence ledger: the sentences that state it, with article, outlet, date and offsets.',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The value of ATLAS_API_TOKEN' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
          },
        },
      },
      EvidenceItem: {
        type: 'object',
        required: ['article', 'sentence', 'start', 'end', 'quote'],
        properties: {
          article: { type: 'string' },
          title: { type: ['string', 'null'] },
          source: { type: ['string', 'null'], description: 'The outlet' },
          publishedAt: { type: ['string', 'null'] },
          sentence: { type: 'integer' },
          start: { type: 'integer', description: 'Offset of the sentence in the article text' },
          end: { type: 'integer' },
          quote: { type: 'string' },
          role: { type: 'string' },
          count: { type: 'integer' },
        },
      },
      Ledger: {
        type: 'object',
        required: ['evidence', 'articles', 'outlets', 'contested'],
        properties: {
          evidence: { type: 'array', items: ref('EvidenceItem') },
          articles: { type: 'integer', description: 'Distinct supporting articles' },
          outlets: { type: 'integer', description: 'Distinct supporting outlets' },
          firstReported: { type: ['string', 'null'] },
          lastReported: { type: ['string', 'null'] },
          contested: { type: 'boolean', description: 'Sources disagree on the same claim (e.g. troop figures)' },
        },
      },
      Graph: {
        type: 'object',
        description: "graphology's serialisation",
        required: ['nodes', 'edges'],
        properties: {
          attributes: { type: 'object' },
          options: { type: 'object' },
          nodes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'attributes'],
              properties: {
                key: { type: 'string' },
                attributes: {
                  type: 'object',
                  required: ['kind', 'name', 'aliases'],
                  properties: {
                    kind: { enum: [...entityKinds] },
                    name: { type: 'string' },
                    aliases: { type: 'array', items: { type: 'string' } },
                    wikidata: { type: 'string' },
                  },
                },
              },
            },
          },
          edges: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'source', 'target', 'attributes'],
              properties: {
                key: { type: 'string' },
                source: { type: 'string' },
                target: { type: 'string' },
                attributes: {
                  allOf: [{ type: 'object', properties: { type: { enum: [...relationTypes] } } }, ref('Ledger')],
                },
              },
            },
          },
        },
      },
      QueryResult: {
        type: 'object',
        properties: {
          columns: { type: 'array', items: { type: 'string' } },
          rows: { type: 'array', items: { type: 'array', items: {} } },
          truncated: { type: 'boolean' },
          elapsedMs: { type: 'number' },
          graph: { oneOf: [ref('Graph'), { type: 'null' }] },
        },
      },
    },
  },
  paths: {
    '/api/health': {
      get: {
        summary: 'Readiness: whether Neo4j answers, with its version and node count',
        responses: { '200': json({ type: 'object' }), '503': errorResponse('Neo4j is not reachable') },
      },
    },
    '/api/health/live': {
      get: {
        summary: 'Liveness: the server process answers (the database is not asked)',
        responses: {
          '200': json({
            type: 'object',
            properties: { status: { const: 'ok' }, uptimeSeconds: { type: 'integer' } },
          }),
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over names and aliases (typo-tolerant, accent-insensitive, ranked)',
        parameters: [
          query('q', { type: 'string', maxLength: 200 }, 'What to look for', true),
          query('kinds', csv(entityKinds), 'Only these kinds'),
          query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 10 }, 'Most results'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              query: { type: 'string' },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    kind: { type: 'string' },
                    name: { type: 'string' },
                    aliases: { type: 'array', items: { type: 'string' } },
                    score: { type: 'number' },
                    matched: { type: 'string', description: 'The name or alias the query most likely meant' },
                  },
                },
              },
            },
          }),
          ...common,
        },
      },
    },
    '/api/nodes/{id}': {
      get: {
        summary: 'An entity: names, relation counts, and every relation with the sentences that support it',
        parameters: [
          pathId('Entity id'),
          query('limit', { type: 'integer', minimum: 1, maximum: 2000, default: 500 }, 'Most relations listed'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              node: { type: 'object' },
              articles: { type: 'integer' },
              counts: { type: 'array', items: { type: 'object' } },
              relations: { type: 'array', items: { allOf: [{ type: 'object' }, ref('Ledger')] } },
              truncated: { type: 'boolean' },
              graph: ref('Graph'),
            },
          }),
          '404': errorResponse('No entity has this id'),
          ...common,
        },
      },
    },
    '/api/nodes/{id}/neighbours': {
      get: {
        summary: 'The neighbourhood of an entity as a subgraph (or only its counts, for hubs)',
        parameters: [
          pathId('Entity id'),
          query('depth', { type: 'integer', minimum: 1, maximum: 3, default: 1 }, 'Hops'),
          query('kinds', csv(entityKinds), 'Only through and to these kinds'),
          query('types', csv(relationTypes), 'Only along these relation types'),
          query('limit', { type: 'integer', minimum: 1, maximum: 5000, default: 200 }, 'Most neighbours'),
          query('summary', { type: 'boolean', default: false }, 'Counts by kind and type only, no graph'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              total: { type: 'integer' },
              truncated: { type: 'boolean' },
              counts: { type: 'object' },
              graph: { oneOf: [ref('Graph'), { type: 'null' }] },
            },
          }),
          '404': errorResponse('No entity has this id'),
          ...common,
        },
      },
    },
    '/api/paths': {
      get: {
        summary: 'Shortest path(s) between two entities, with one cited line per hop',
        parameters: [
          query('from', { type: 'string' }, 'Entity id', true),
          query('to', { type: 'string' }, 'Entity id', true),
          query('maxLength', { type: 'integer', minimum: 1, maximum: 6, default: 4 }, 'Most hops'),
          query('all', { type: 'boolean', default: false }, 'All shortest paths (distinct by entities), up to 25'),
          query('types', csv(relationTypes), 'Only along these relation types'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              paths: { type: 'array', items: { type: 'object' } },
              graph: ref('Graph'),
              message: { type: 'string' },
            },
          }),
          '404': errorResponse('An end is unknown'),
          ...common,
        },
      },
    },
    '/api/graph': {
      get: {
        summary: 'The overview graph: most connected entities first when limited',
        parameters: [
          query('kinds', csv(entityKinds), 'Only these kinds'),
          query('types', csv(relationTypes), 'Only these relation types'),
          query('articles', { type: 'string' }, 'Comma-separated article ids'),
          query('limit', { type: 'integer', minimum: 1, maximum: 50000, default: 500 }, 'Most entities'),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: { graph: ref('Graph'), total: { type: 'integer' }, truncated: { type: 'boolean' } },
          }),
          ...common,
        },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Articles, newest first',
        parameters: [
          query('limit', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, 'Page size'),
          query('offset', { type: 'integer', minimum: 0, default: 0 }, 'Page start'),
          query('source', { type: 'string' }, 'Only this outlet'),
        ],
        responses: { '200': json({ type: 'object' }), ...common },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'An article: metadata, text, and the offsets of every recognised entity',
        parameters: [pathId('Article id')],
        responses: { '200': json({ type: 'object' }), '404': errorResponse('No article has this id'), ...common },
      },
    },
    '/api/queries': {
      get: {
        summary: 'Saved queries (shipped in cypher/saved and saved by users), with their parameter headers',
        responses: {
          '200': json({ type: 'object', properties: { queries: { type: 'array', items: { type: 'object' } } } }),
          ...common,
        },
      },
      post: {
        summary: 'Save a user query (read-only Cypher with a parameter header); requires the API token',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          '201': json({ type: 'object' }, 'Saved'),
          '401': errorResponse('Missing or wrong token'),
          '403': errorResponse('Saving is disabled (no ATLAS_API_TOKEN), or the query writes'),
          '409': errorResponse('The name is taken'),
          ...common,
        },
      },
    },
    '/api/queries/{name}': {
      get: {
        summary: 'One saved query with its Cypher',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': json({ type: 'object' }), '404': errorResponse('No such query'), ...common },
      },
      delete: {
        summary: 'Delete a user query; requires the API token (shipped queries cannot be deleted)',
        security: [{ bearer: [] }],
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '204': { description: 'Deleted' },
          '401': errorResponse('Missing or wrong token'),
          '403': errorResponse('Deleting is disabled (no ATLAS_API_TOKEN)'),
          '404': errorResponse('No such query'),
          '409': errorResponse('A shipped query'),
          ...common,
        },
      },
    },
    '/api/queries/{name}/run': {
      post: {
        summary: 'Run a saved query with parameters checked against its header, in a read transaction',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  parameters: { type: 'object' },
                  limit: { type: 'integer', minimum: 1 },
                  timeoutMs: { type: 'integer', minimum: 1 },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ref('QueryResult')),
          '404': errorResponse('No such query'),
          '429': errorResponse('Too many expensive requests; retry after the Retry-After header'),
          ...common,
        },
      },
    },
    '/api/cypher': {
      post: {
        summary: 'Ad-hoc read-only Cypher with a timeout and a row limit; the answer is a table and a subgraph',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: {
                  query: { type: 'string', maxLength: 10000 },
                  parameters: { type: 'object' },
                  limit: { type: 'integer', minimum: 1 },
                  timeoutMs: { type: 'integer', minimum: 1 },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ref('QueryResult')),
          '403': errorResponse(
            'The query would write, change the schema, load files or call a procedure off the allow-list',
          ),
          '413': errorResponse('The body is larger than 1 MB'),
          '429': errorResponse('Too many expensive requests; retry after the Retry-After header'),
          ...common,
        },
      },
    },
    '/api/export': {
      get: {
        summary:
          "Download the whole graph, some entities (with or without neighbours) or a saved query's answer as a file",
        parameters: [
          query('format', { enum: ['json', 'gexf', 'graphml', 'csv', 'cypher'] }, 'File format', true),
          query('part', { enum: ['nodes', 'edges'] }, 'With csv: which table'),
          query('ids', { type: 'string' }, 'Comma-separated entity ids; none means the whole graph'),
          query('neighbours', { type: 'boolean', default: false }, 'Add the neighbours of the ids'),
          query('query', { type: 'string' }, 'A saved query whose answer to export (not with ids)'),
          query('params', { type: 'string' }, 'With query: its parameters as a JSON object, e.g. {"country":"JP"}'),
        ],
        responses: {
          '200': { description: 'The file, streamed, with a Content-Disposition file name' },
          '404': errorResponse('None of the ids is known, or no saved query has that name'),
          '429': errorResponse('Too many expensive requests; retry after the Retry-After header'),
          ...common,
        },
      },
      post: {
        summary:
          "Download a scope as a file: the whole graph, entities, the view on screen with its layout, or a saved query's answer",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['format'],
                properties: {
                  format: { enum: ['json', 'gexf', 'graphml', 'csv', 'cypher'] },
                  part: { enum: ['nodes', 'edges'] },
                  scope: {
                    type: 'object',
                    description:
                      'kind: whole-graph | entities {ids, neighbours} | view {nodes: [{key, x, y, color}]} | ' +
                      'saved-query {name, parameters}',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: 'The file, streamed, with a Content-Disposition file name' },
          '404': errorResponse('None of the ids is known, or no saved query has that name'),
          '429': errorResponse('Too many expensive requests; retry after the Retry-After header'),
          ...common,
        },
      },
    },
  } as Record<string, unknown>,
};
