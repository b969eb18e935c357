import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Database } from '../server/src/db/database.js';
import { startLocalNeo4j } from '../server/src/db/local-neo4j.js';
import { applySchema } from '../server/src/db/schema.js';
import { ingestPaths } from '../server/src/ingest/ingest.js';
import { loadLexicon } from '../server/src/ingest/lexicon/lexicon.js';
import { splitSentences } from '../server/src/ingest/text/sentences.js';
import { cleanText } from '../server/src/ingest/text/clean.js';
import { sampleCorpusDir } from '../server/src/cli/sample-corpus.js';

/** Writes a JSONL corpus of `count` articles, each a shuffled mix of sample sentences, line by line. */
async function generateCorpus(file: string, count: number): Promise<void> {
  const sentences = readdirSync(sampleCorpusDir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      splitSentences(cleanText(readFileSync(join(sampleCorpusDir, name), 'utf8')).text).map((s) => s.text),
    );
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: 20 }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    const line = `${JSON.stringify({ id: `bench-${i}`, text, source: `Outlet ${i % 7}`, publishedAt: '2024-07-28', language: 'de' })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

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
    const summary = await ingestPaths(db, lexicon, [corpus], (progress) => {
      if (progress.articles % 500 === 0) memory.push(Math.round(process.memoryUsage().rss / 1024 / 1024));
    });
    return {
      name: 'ingest',
      articles: summary.articles,
      failed: summary.failed.length,
      seconds: Number(summary.seconds.toFixed(2)),
      articlesPerSecond: Math.round(summary.articles / summary.seconds),
      rssMegabytesEvery500Articles: memory,
      target: { articlesPerSecond: 200 },
    };
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}
