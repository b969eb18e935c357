import { defaultApiSettings, type ApiSettings } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { sampleCorpusDir } from '../../server/src/cli/sample-corpus.js';
import { createApp } from '../../server/src/http/app.js';
import { ingestPaths, resetGraph } from '../../server/src/ingest/ingest.js';
import { loadLexicon } from '../../server/src/ingest/lexicon/lexicon.js';
import { testDatabase } from './database.js';
import { listen } from './http.js';
import { testLogger } from './logger.js';

export type SampleApi = {
  db: Database;
  baseUrl: string;
  get<T = unknown>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  post<T = unknown>(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
};

/** The suite's Neo4j holding exactly the sample corpus, and the API serving it on a free port. */
export async function sampleApi(settings: Partial<ApiSettings> = {}): Promise<SampleApi> {
  const db = testDatabase();
  await resetGraph(db);
  const summary = await ingestPaths(db, loadLexicon(), [sampleCorpusDir]);
  if (summary.failed.length) throw new Error(`sample corpus failed to ingest: ${JSON.stringify(summary.failed)}`);
  const app = await listen(createApp({ db, logger: testLogger, settings: { ...defaultApiSettings, ...settings } }));
  const answer = async <T>(response: Response) => {
    const type = response.headers.get('content-type') ?? '';
    const body = (type.includes('json') ? await response.json() : await response.text()) as T;
    return { status: response.status, body, headers: response.headers };
  };
  return {
    db,
    baseUrl: app.baseUrl,
    get: async (path) => answer(await fetch(`${app.baseUrl}${path}`)),
    post: async (path, body, headers = {}) =>
      answer(
        await fetch(`${app.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
