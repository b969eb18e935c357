import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultApiSettings } from '../server/src/config.js';
import { Database } from '../server/src/db/database.js';
import { startLocalNeo4j } from '../server/src/db/local-neo4j.js';
import { applySchema } from '../server/src/db/schema.js';
import { prepareExport, writeExport } from '../server/src/export/export-graph.js';
import type { ExportTarget } from '../server/src/export/formats.js';
import { entityKinds, relationTypes } from '../server/src/ingest/model.js';

const batchSize = 10_000;

/**
 * Writes a synthetic graph straight into Neo4j in ingest's shape: `nodes` entities of every kind, 1 article per
 * 20 entities, and `relationships` claims over about 60 % as many distinct edges, so that some edges carry
 * several claims. Names hold `&`, `<` and quotes now and then, as real ones do.
 */
export async function generateGraph(db: Database, nodes: number, relationships: number): Promise<void> {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const articles = Math.max(1, Math.floor(nodes / 20));

  for (let from = 0; from < articles; from += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, articles - from) }, (_, index) => ({
      id: `bench-article-${from + index}`,
      title: `Bericht ${from + index}: Verteidigung & "Allianz"`,
      source: `Outlet ${(from + index) % 40}`,
      publishedAt: `2024-${String(((from + index) % 12) + 1).padStart(2, '0')}-${String(((from + index) % 28) + 1).padStart(2, '0')}`,
    }));
    await db.write('UNWIND $rows AS row CREATE (a:Article) SET a = row', { rows }, { timeoutMs: 120_000 });
  }

  for (let from = 0; from < nodes; from += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, nodes - from) }, (_, index) => {
      const id = `bench-entity-${from + index}`;
      const name = (from + index) % 50 === 0 ? `Entity <${from + index}> & "Co"` : `Entity ${from + index}`;
      const aliases = [`${name}s`, `Alias ${from + index}`];
      return { id, kind: pick(entityKinds), name, aliases, searchText: [name, ...aliases].join(' | ') };
    });
    await db.write('UNWIND $rows AS row CREATE (n:Entity:$(row.kind)) SET n = row', { rows }, { timeoutMs: 120_000 });
  }

  const edges = Math.max(1, Math.floor(relationships * 0.6));
  const edgeOf = (index: number) => {
    // A fixed pseudo-random (type, source, target) per edge index, so repeated indexes make repeated claims.
    const hash = (index * 2654435761) % 2 ** 32;
    return {
      type: relationTypes[hash % relationTypes.length]!,
      source: `bench-entity-${hash % nodes}`,
      target: `bench-entity-${(hash >>> 7) % nodes}`,
    };
  };
  for (let from = 0; from < relationships; from += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, relationships - from) }, (_, index) => {
      const claim = from + index;
      const edge = edgeOf(claim < edges ? claim : Math.floor(random() * edges));
      return {
        ...edge,
        properties: {
          article: `bench-article-${Math.floor(random() * articles)}`,
          sentence: claim % 30,
          start: claim % 5000,
          end: (claim % 5000) + 120,
          quote: `Satz ${claim}: Die Minister trafen sich in Tokio und sprachen über "Stationierung" & Abschreckung.`,
          ...(edge.type === 'STATIONS_TROOPS_IN' && { count: 50_000 + (claim % 5_000) }),
          ...(edge.type === 'REPRESENTS' && { role: 'Verteidigungsminister' }),
        },
      };
    });
    await db.write(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
       CREATE (s)-[r:$(row.type)]->(t)
       SET r = row.properties`,
      { rows },
      { timeoutMs: 300_000 },
    );
  }
}

/**
 * One export of the whole graph to a file: seconds, size, this process's resident memory (sampled every 20 ms)
 * and the CPU both sides spent. The machine is shared, so the load average is recorded beside the wall time.
 */
export async function measureExport(db: Database, target: ExportTarget, file: string, neo4jPid?: number) {
  const rssMegabytes = () => Math.round(process.memoryUsage.rss() / 1024 / 1024);
  const before = rssMegabytes();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMegabytes())), 20);
  const neo4jCpuBefore = cpuSecondsOf(neo4jPid);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  try {
    const prepared = await prepareExport(db, { scope: { kind: 'whole-graph' }, target }, defaultApiSettings);
    await writeExport(prepared.chunks, createWriteStream(file));
  } finally {
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const neo4jCpuAfter = cpuSecondsOf(neo4jPid);
  peak = Math.max(peak, rssMegabytes());
  const { size } = await stat(file);
  return {
    seconds: round(seconds),
    megabytes: round(size / 1024 / 1024, 1),
    rssMegabytes: { before, peak },
    cpuSeconds: {
      node: round((cpu.user + cpu.system) / 1e6),
      neo4j: neo4jCpuBefore === null || neo4jCpuAfter === null ? null : round(neo4jCpuAfter - neo4jCpuBefore),
    },
    loadAverage: round(loadavg()[0]!),
  };
}

/** User and system CPU seconds of a process, from /proc (Linux); `null` where that cannot be read. */
function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

/** GEXF export of a generated graph of `nodes` entities and `relationships` claims from a fresh local Neo4j. */
export async function benchExport(nodes = 100_000, relationships = 5 * nodes) {
  const home = await mkdtemp(join(tmpdir(), 'atlas-bench-export-'));
  const neo4j = await startLocalNeo4j({ home, port: 0, password: 'bench-password', heap: '2g' });
  const db = new Database(
    { uri: neo4j.uri, user: 'neo4j', password: 'bench-password', database: 'neo4j' },
    { queryTimeoutMs: 60_000, retryMs: 5_000 },
  );
  try {
    await applySchema(db);
    const generationStarted = Date.now();
    await generateGraph(db, nodes, relationships);
    const generationSeconds = (Date.now() - generationStarted) / 1000;
    const edges = await db.read<{ edges: number }>(
      'MATCH (s:Entity)-[r]->(t:Entity) WITH DISTINCT type(r) AS type, s, t RETURN count(*) AS edges',
      {},
      { timeoutMs: 300_000 },
    );
    // Once to warm Neo4j's page cache and query plans, as a server that has run for a while has them; then measured.
    const file = join(home, 'export.gexf');
    await measureExport(db, { format: 'gexf' }, file, neo4j.pid);
    const measured = await measureExport(db, { format: 'gexf' }, file, neo4j.pid);
    return {
      name: 'export',
      format: 'gexf',
      nodes,
      relationships,
      edges: edges.records[0]!.get('edges'),
      generationSeconds: Number(generationSeconds.toFixed(1)),
      ...measured,
      target: { seconds: 5 },
    };
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}
