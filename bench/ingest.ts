import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../server/src/db/database.js';
import { startLocalNeo4j } from '../server/src/db/local-neo4j.js';
import { applySchema } from '../server/src/db/schema.js';
import { ingestPaths } from '../server/src/ingest/ingest.js';
import { loadLexicon } from '../server/src/ingest/lexicon/lexicon.js';
import { generateCorpus } from './support/generate-corpus.js';

/** End-to-end ingest into a fresh local Neo4j: articles per second and the memory of this process over the run. */
export async function benchIngest(count = 10_000) {
  const home = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
  const neo4j = await startLocalNeo4j({ home, port: 0, password: 'bench-password', heap: '2g' });
  const db = new Database(
    { uri: neo4j.uri, user: 'neo4j', password: 'bench-password', database: 'neo4j' },
    { queryTimeoutMs: 60_000, retryMs: 5_000 },
  );
  try {
    await applySchema(db);
    const corpus = join(home, 'corpus.jsonl');
    await generateCorpus(corpus, count);
    const lexicon = loadLexicon();
    const memory: number[] = [];
    const heapAfterGc: number[] = [];
    // RSS follows when V8 chooses to collect and grow its heap; the heap left after a full collection is what the
    // run holds on to, so a leak shows there as a climb (needs `node --expose-gc`, as `npm run bench` runs).
    const collect = (globalThis as { gc?: () => void }).gc;
    const summary = await ingestPaths(db, lexicon, [corpus], (progress) => {
      if (progress.articles % 500 !== 0) return;
      memory.push(megabytes(process.memoryUsage().rss));
      if (collect) {
        collect();
        heapAfterGc.push(megabytes(process.memoryUsage().heapUsed));
      }
    });
    return {
      name: 'ingest',
      articles: summary.articles,
      failed: summary.failed.length,
      seconds: Number(summary.seconds.toFixed(2)),
      articlesPerSecond: Math.round(summary.articles / summary.seconds),
      rssMegabytesEvery500Articles: memory,
      heapMegabytesAfterGcEvery500Articles: heapAfterGc,
      target: { articlesPerSecond: 200 },
    };
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
