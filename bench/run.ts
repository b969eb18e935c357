import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../server/src/paths.js';
import { benchApi } from './api.js';
import { benchClient } from './client.js';
import { benchExport } from './export.js';
import { benchExtraction } from './extraction.js';
import { benchIngest } from './ingest.js';

/** `npm run bench`: runs the benchmarks and writes each result as JSON to bench/results/. */
const resultsDir = join(projectRoot, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const machine = { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() };

const ingestArticles = Number(process.env.BENCH_INGEST_ARTICLES ?? 10_000);
const results: { name: string }[] = [benchExtraction(), await benchIngest(ingestArticles)];
// Rendering in headless Chromium (needs /usr/bin/chromium): BENCH_CLIENT=1 npm run bench.
if (process.env.BENCH_CLIENT === '1') results.push(await benchClient());
// GEXF export of a generated graph (generating 100,000 nodes and 500,000 claims takes minutes):
// BENCH_EXPORT_NODES=100000 [BENCH_EXPORT_RELATIONSHIPS=500000] npm run bench.
if (process.env.BENCH_EXPORT_NODES) {
  const nodes = Number(process.env.BENCH_EXPORT_NODES);
  results.push(await benchExport(nodes, Number(process.env.BENCH_EXPORT_RELATIONSHIPS ?? 5 * nodes)));
}
// API latency and load on the sample and a generated 100,000-entity graph (takes about 15 minutes):
// BENCH_API=1 [BENCH_API_ENTITIES=… BENCH_API_CLAIMS=… BENCH_API_MIXED_SECONDS=…] npm run bench.
if (process.env.BENCH_API === '1') {
  results.push(
    await benchApi({
      entities: Number(process.env.BENCH_API_ENTITIES ?? 100_000),
      claims: Number(process.env.BENCH_API_CLAIMS ?? 500_000),
      mixedSeconds: Number(process.env.BENCH_API_MIXED_SECONDS ?? 60),
    }),
  );
}
for (const result of results) {
  const file = join(resultsDir, `${result.name}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, machine }, null, 2)}\n`);
  console.log(`${result.name}: ${JSON.stringify(result)}`);
}
