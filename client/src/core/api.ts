import type {
  ArticleAnswer,
  ArticlesAnswer,
  GraphAnswer,
  NeighboursAnswer,
  NodeAnswer,
  PathsAnswer,
  QueriesAnswer,
  QueryResult,
  SearchAnswer,
} from './api-types';

/** An answer of the API that is not a success, carrying the API's own code and readable message. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(name, value.join(','));
    } else params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads the API's `{error:{code,message}}`, or says plainly what came back when the body is something else. */
async function failure(response: Response): Promise<ApiRequestError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error?.message) {
      return new ApiRequestError(response.status, body.error.code ?? 'ERROR', body.error.message, body.error.details);
    }
  } catch {
    // not JSON: fall through to the generic message
  }
  return new ApiRequestError(
    response.status,
    'HTTP_' + response.status,
    `The server answered ${response.status} ${response.statusText}.`,
  );
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiRequestError(0, 'NETWORK', 'The server cannot be reached. Is `npm start` still running?');
  }
  if (!response.ok) throw await failure(response);
  return response;
}

async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const response = await request(path + queryString(query), { signal, headers: { accept: 'application/json' } });
  return (await response.json()) as T;
}

async function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

export type Download = { blob: Blob; fileName: string; unknown: number };

/** The file name from Content-Disposition (`filename*=` first, RFC 6266), else the fallback. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (extended?.[1]) return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? fallback;
}

export const api = {
  search: (q: string, options: { kinds?: readonly string[]; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<SearchAnswer>('/api/search', { q, kinds: options.kinds, limit: options.limit }, signal),

  node: (id: string) => getJson<NodeAnswer>(`/api/nodes/${encodeURIComponent(id)}`),

  neighbours: (
    id: string,
    options: {
      depth?: number;
      kinds?: readonly string[];
      types?: readonly string[];
      limit?: number;
      summary?: boolean;
    } = {},
  ) =>
    getJson<NeighboursAnswer>(`/api/nodes/${encodeURIComponent(id)}/neighbours`, {
      depth: options.depth,
      kinds: options.kinds,
      types: options.types,
      limit: options.limit,
      summary: options.summary || undefined,
    }),

  paths: (from: string, to: string, options: { maxLength?: number; all?: boolean } = {}) =>
    getJson<PathsAnswer>('/api/paths', { from, to, maxLength: options.maxLength, all: options.all || undefined }),

  overview: (options: { kinds?: readonly string[]; types?: readonly string[]; limit?: number } = {}) =>
    getJson<GraphAnswer>('/api/graph', { kinds: options.kinds, types: options.types, limit: options.limit }),

  articles: () => getJson<ArticlesAnswer>('/api/articles'),

  article: (id: string) => getJson<ArticleAnswer>(`/api/articles/${encodeURIComponent(id)}`),

  queries: () => getJson<QueriesAnswer>('/api/queries'),

  runQuery: (name: string, parameters: Record<string, unknown>, limit?: number) =>
    postJson<QueryResult>(`/api/queries/${encodeURIComponent(name)}/run`, { parameters, limit }),

  cypher: (query: string, parameters: Record<string, unknown> = {}, limit?: number) =>
    postJson<QueryResult>('/api/cypher', { query, parameters, limit }),

  saveQuery: (query: Record<string, unknown>, token: string) =>
    postJson<unknown>('/api/queries', query, { authorization: `Bearer ${token}` }),

  /** A file from /api/export: the body of `POST` says what to export, so the client's positions and colours go along. */
  export: async (body: Record<string, unknown>): Promise<Download> => {
    const response = await request('/api/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const format = typeof body.format === 'string' ? body.format : 'json';
    return {
      blob: await response.blob(),
      fileName: dispositionFileName(response.headers.get('content-disposition'), `alliance-atlas.${format}`),
      // Ids the database no longer holds are left out of the file and counted in this header.
      unknown: Number(response.headers.get('x-atlas-unknown-count') ?? 0),
    };
  },
};
