import { sampleCorpusDir } from '../server/src/cli/sample-corpus.js';
import type { Database } from '../server/src/db/database.js';
import { ingestPaths } from '../server/src/ingest/ingest.js';
import { loadLexicon } from '../server/src/ingest/lexicon/lexicon.js';
import { startBenchNeo4j } from './support/bench-neo4j.js';
import { generateGraph } from './support/generate-graph.js';
import { runLoad, type LoadResult } from './support/load.js';
import { startServerProcess } from './support/server-process.js';

/**
 * API latency at 50 concurrent connections, endpoint by endpoint, on the sample graph and on a generated graph
 * (100,000 entities, 500,000 claims by default). The server runs in its own process, as in production.
 */
export async function benchApi({
  entities = 100_000,
  claims = 500_000,
  connections = 50,
  secondsPerEndpoint = 10,
} = {}) {
  const sample = await measureGraph('sample', async (db) => {
    const summary = await ingestPaths(db, loadLexicon(), [sampleCorpusDir]);
    if (summary.failed.length) throw new Error('sample corpus failed to ingest');
  });
  const generated = await measureGraph('generated', async (db) => {
    const started = performance.now();
    await generateGraph(db, { entities, claims }, (message) => console.error(`bench api: generated ${message}`));
    console.error(`bench api: graph generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });
  return {
    name: 'api',
    connections,
    secondsPerEndpoint,
    graphs: { sample, generated: { entities, claims, ...generated } },
    target: { p95Ms: { search: 30, node: 30, neighbours: 30, paths: 100 }, errors: 0 },
  };

  async function measureGraph(label: string, fill: (db: Database) => Promise<void>) {
    const neo4j = await startBenchNeo4j('2g');
    try {
      await fill(neo4j.db);
      const { names, ids } = await pickTargets(neo4j.db);
      const server = await startServerProcess(neo4j, { ATLAS_QUERY_TIMEOUT_MS: '10000', ATLAS_RATE_LIMIT: '0' });
      try {
        const pickOne = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
        const endpoints: Record<string, () => string> = {
          search: () => `/api/search?q=${encodeURIComponent(typo(pickOne(names)))}`,
          node: () => `/api/nodes/${encodeURIComponent(pickOne(ids))}`,
          neighbours: () => `/api/nodes/${encodeURIComponent(pickOne(ids))}/neighbours?depth=1`,
          paths: () => `/api/paths?from=${encodeURIComponent(pickOne(ids))}&to=${encodeURIComponent(pickOne(ids))}`,
        };
        const results: Record<string, LoadResult> = {};
        for (const [name, nextPath] of Object.entries(endpoints)) {
          // A short warm-up fills the query caches, as on a server that has been running.
          await runLoad({ baseUrl: server.baseUrl, connections, durationMs: 2_000, nextPath });
          results[name] = await runLoad({
            baseUrl: server.baseUrl,
            connections,
            durationMs: secondsPerEndpoint * 1_000,
            nextPath,
          });
          console.error(`bench api: ${label} ${name} ${JSON.stringify(results[name]!.latencyMs)}`);
        }
        return results;
      } finally {
        await server.stop();
      }
    } finally {
      await neo4j.stop();
    }
  }
}

/** Names to search for and ids to look at: a random sample of connected entities. */
async function pickTargets(db: Database): Promise<{ names: string[]; ids: string[] }> {
  const result = await db.read<{ id: string; name: string }>(
    `MATCH (n:Entity) WHERE EXISTS { (n)--(:Entity) }
     WITH n, rand() AS r ORDER BY r LIMIT 500
     RETURN n.id AS id, n.name AS name`,
  );
  return {
    ids: result.records.map((record) => record.get('id')),
    names: result.records.map((record) => record.get('name')),
  };
}

/** Every other query drops a letter, as hurried users do. */
function typo(name: string): string {
  if (Math.random() < 0.5 || name.length < 6) return name;
  const at = 1 + Math.floor(Math.random() * (name.length - 2));
  return name.slice(0, at) + name.slice(at + 1);
}
