import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../server/src/paths.js';
import { benchExtraction } from './extraction.js';
import { benchIngest } from './ingest.js';

/** `npm run bench`: runs the benchmarks and writes each result as JSON to bench/results/. */
const resultsDir = join(projectRoot, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const machine = { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() };

const ingestArticles = Number(process.env.BENCH_INGEST_ARTICLES ?? 10_000);
const results = [benchExtraction(), await benchIngest(ingestArticles)];
for (const result of results) {
  const file = join(resultsDir, `${result.name}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, machine }, null, 2)}\n`);
  console.log(`${result.name}: ${JSON.stringify(result)}`);
}
