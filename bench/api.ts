import { sampleCorpusDir } from '../server/src/cli/sample-corpus.js';
import type { Database } from '../server/src/db/database.js';
import { ingestPaths } from '../server/src/ingest/ingest.js';
import { loadLexicon } from '../server/src/ingest/lexicon/lexicon.js';
import { projectRoot } from '../server/src/paths.js';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchNeo4j, type BenchNeo4j } from './support/bench-neo4j.js';
import { generateCorpus } from './support/generate-corpus.js';
import { generateGraph } from './support/generate-graph.js';
import { postJson, runLoad, type LoadResult } from './support/load.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

/**
 * API latency at 50 concurrent connections, endpoint by endpoint, on the sample graph and on a generated graph
 * (100,000 entities, 500,000 claims by default). The server runs in its own process, as in production.
 */
export async function benchApi({
  entities = 100_000,
  claims = 500_000,
  connections = 50,
  secondsPerEndpoint = 10,
  mixedConnections = 100,
  mixedSeconds = 60,
  concurrentIngestArticles = 1_000,
} = {}) {
  let mixed: Awaited<ReturnType<typeof mixedLoad>> | undefined;
  let ingestAndReads: Awaited<ReturnType<typeof readsDuringIngest>> | undefined;
  let mostConnectedAlone: LoadResult['latencyMs'] | undefined;
  const sample = await measureGraph('sample', async (db) => {
    const summary = await ingestPaths(db, loadLexicon(), [sampleCorpusDir]);
    if (summary.failed.length) throw new Error('sample corpus failed to ingest');
  });
  const generated = await measureGraph(
    'generated',
    async (db) => {
      const started = performance.now();
      await generateGraph(db, { entities, claims }, (message) => console.error(`bench api: generated ${message}`));
      console.error(`bench api: graph generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
    async (server, endpoints, neo4j, ids) => {
      mostConnectedAlone = await mostConnected(server);
      mixed = await mixedLoad(server, endpoints, mixedConnections, mixedSeconds, ids);
      ingestAndReads = await readsDuringIngest(server, endpoints, neo4j, concurrentIngestArticles);
    },
  );
  return {
    name: 'api',
    connections,
    secondsPerEndpoint,
    graphs: { sample, generated: { entities, claims, ...generated } },
    mostConnectedAlone,
    mixed,
    ingestAndReads,
    target: {
      p95Ms: { search: 30, node: 30, neighbours: 30, paths: 100 },
      errors: 0,
      readP95DuringIngestAtMost: '2x idle',
    },
  };

  async function measureGraph(
    label: string,
    fill: (db: Database) => Promise<void>,
    more?: (
      server: ServerProcess,
      endpoints: Record<string, () => string>,
      neo4j: BenchNeo4j,
      ids: readonly string[],
    ) => Promise<void>,
  ) {
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
          paths: () => {
            const [from, to] = twoOf(ids);
            return `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
          },
        };
        // A server that has run a while: its JIT has compiled the hot paths (the driver's per-query cost falls
        // about threefold over the first ten thousand queries) and Neo4j has cached the plans.
        await runLoad({
          baseUrl: server.baseUrl,
          connections: 10,
          durationMs: 20_000,
          nextPath: () => pickOne(Object.values(endpoints))(),
        });
        const measure = (nextPath: () => string, concurrent: number, seconds: number) =>
          runLoad({ baseUrl: server.baseUrl, connections: concurrent, durationMs: seconds * 1_000, nextPath });
        // What one request costs with nobody else waiting, and the same machine's floor at 50 connections: a route
        // that never asks the database, with the load generator sharing the cores as for every other figure.
        const oneAtATime: Record<string, LoadResult['latencyMs']> = {};
        for (const [name, nextPath] of Object.entries(endpoints))
          oneAtATime[name] = (await measure(nextPath, 1, 5)).latencyMs;
        const floor = await measure(() => '/api/health/live', connections, secondsPerEndpoint);
        console.error(`bench api: ${label} one at a time ${JSON.stringify(oneAtATime)}`);
        console.error(`bench api: ${label} floor ${JSON.stringify(floor.latencyMs)}`);
        const results: Record<string, LoadResult> = {};
        for (const [name, nextPath] of Object.entries(endpoints)) {
          results[name] = await measure(nextPath, connections, secondsPerEndpoint);
          console.error(`bench api: ${label} ${name} ${JSON.stringify(results[name]!.latencyMs)}`);
        }
        await more?.(server, endpoints, neo4j, ids);
        return { atConnections: results, oneAtATime, floorAtConnections: floor, loadAverage: loadavg()[0] };
      } finally {
        await server.stop();
      }
    } finally {
      await neo4j.stop();
    }
  }
}

/** `atlas ingest FILE` against the bench's Neo4j; resolves with its exit code (0: every article written). */
function runIngestProcess(neo4j: BenchNeo4j, file: string): Promise<number> {
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'atlas.js'), 'ingest', file], {
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? -1));
  });
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

/** Two different ids: a path from an entity to itself is refused (400). */
function twoOf(ids: readonly string[]): [string, string] {
  const from = Math.floor(Math.random() * ids.length);
  const to = (from + 1 + Math.floor(Math.random() * (ids.length - 1))) % ids.length;
  return [ids[from]!, ids[to]!];
}

/** Every other query drops a letter, as hurried users do. */
function typo(name: string): string {
  if (Math.random() < 0.5 || name.length < 6) return name;
  const at = 1 + Math.floor(Math.random() * (name.length - 2));
  return name.slice(0, at) + name.slice(at + 1);
}

/** The whole-graph ranking, one run at a time: it reads every entity's degree. */
async function mostConnected(server: ServerProcess): Promise<LoadResult['latencyMs']> {
  const result = await runLoad({
    baseUrl: server.baseUrl,
    connections: 1,
    durationMs: 10_000,
    nextPath: () => postJson('/api/queries/most-connected/run', { parameters: { limit: 10, kinds: ['Person'] } }),
  });
  console.error(`bench api: most-connected alone ${JSON.stringify(result.latencyMs)}`);
  return result.latencyMs;
}

/** Many clients on a mix of endpoints, saved queries included, with the server's memory sampled every 5 s. */
async function mixedLoad(
  server: ServerProcess,
  endpoints: Record<string, () => string>,
  connections: number,
  seconds: number,
  ids: readonly string[],
) {
  // A saved query as analysts run it while exploring: about one entity. The whole-graph rankings (most-connected)
  // cost Neo4j a second of CPU on this graph and are measured on their own, not mixed into interactive load.
  const runs = [
    () =>
      postJson('/api/queries/who-met-whom/run', {
        parameters: { person: ids[Math.floor(Math.random() * ids.length)] },
      }),
  ];
  const mix = [...Object.values(endpoints), ...runs];
  const rss: number[] = [server.rssMegabytes()];
  const sampler = setInterval(() => rss.push(server.rssMegabytes()), 5_000);
  try {
    const result = await runLoad({
      baseUrl: server.baseUrl,
      connections,
      durationMs: seconds * 1_000,
      nextPath: () => mix[Math.floor(Math.random() * mix.length)]!(),
    });
    console.error(`bench api: mixed ${JSON.stringify(result.latencyMs)} errors ${result.errors}`);
    return { connections, seconds, ...result, serverRssMegabytesEvery5s: rss };
  } finally {
    clearInterval(sampler);
  }
}

/** Read latency (search and node details, 10 clients) idle, then while 1,000 articles are ingested. */
async function readsDuringIngest(
  server: ServerProcess,
  endpoints: Record<string, () => string>,
  neo4j: BenchNeo4j,
  articles: number,
) {
  const reads = [endpoints.search!, endpoints.node!];
  const readLoad = (durationMs: number) =>
    runLoad({
      baseUrl: server.baseUrl,
      connections: 10,
      durationMs,
      nextPath: () => reads[Math.floor(Math.random() * reads.length)]!(),
    });
  const idle = await readLoad(10_000);
  const folder = await mkdtemp(join(tmpdir(), 'atlas-bench-corpus-'));
  try {
    const corpus = join(folder, 'corpus.jsonl');
    await generateCorpus(corpus, articles, 'concurrent');
    const started = performance.now();
    let ingestDone = false;
    // `atlas ingest` in its own process, as users run it: extraction in this process would stall the load
    // generator's event loop and count the stall as read latency.
    const ingest = runIngestProcess(neo4j, corpus).finally(() => (ingestDone = true));
    // Reads run in slices until the ingest ends, so the figure covers the ingest and nothing after it.
    const slices: LoadResult[] = [];
    while (!ingestDone) slices.push(await readLoad(2_000));
    const exitCode = await ingest;
    const latencies = slices.map((slice) => slice.latencyMs.p95).sort((a, b) => a - b);
    const statuses: Record<string, number> = {};
    for (const slice of slices)
      for (const [status, count] of Object.entries(slice.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
    const during = {
      requests: slices.reduce((sum, slice) => sum + slice.requests, 0),
      errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
      statuses,
      p95OfSlicesMedianMs: latencies[Math.floor(latencies.length / 2)] ?? 0,
      p95OfSlicesWorstMs: latencies.at(-1) ?? 0,
    };
    const result = {
      articles,
      ingestSeconds: Math.round((performance.now() - started) / 100) / 10,
      ingestExitCode: exitCode,
      idle: { requests: idle.requests, errors: idle.errors, p95Ms: idle.latencyMs.p95 },
      during,
      ratio: Math.round((during.p95OfSlicesMedianMs / Math.max(idle.latencyMs.p95, 0.1)) * 100) / 100,
    };
    console.error(`bench api: reads during ingest ${JSON.stringify(result)}`);
    return result;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
