import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../bench/support/generate-corpus.js';
import { Database } from '../../../server/src/db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../../server/src/db/local-neo4j.js';
import { applySchema } from '../../../server/src/db/schema.js';
import { ingestPaths } from '../../../server/src/ingest/ingest.js';
import { loadLexicon } from '../../../server/src/ingest/lexicon/lexicon.js';
import { projectRoot } from '../../../server/src/paths.js';
import { assertArticlesWhole } from '../../support/consistency.js';

const password = 'faults-password';
const articles = 160;

function connect(uri: string, pass = password): Database {
  return new Database(
    { uri, user: 'neo4j', password: pass, database: 'neo4j' },
    { queryTimeoutMs: 30_000, retryMs: 500 },
  );
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function articleCount(db: Database): Promise<number> {
  const result = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  return result.records[0]!.get('n');
}

/** The store is locked while a JVM holds it: retry until the killed run's database has let go. */
async function reopen(home: string, pass: string): Promise<LocalNeo4j> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await startLocalNeo4j({ home, port: 0, password: pass, heap: '512m' });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

describe('ingest under faults (its own Neo4j, not the suite one)', function () {
  this.timeout(480_000);
  let home: string;
  let corpus: string;
  let neo4j: LocalNeo4j | undefined;
  const lexicon = loadLexicon();

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'atlas-faults-'));
    corpus = join(home, 'corpus.jsonl');
    await generateCorpus(corpus, articles, 'fault');
  });
  afterEach(async () => {
    await neo4j?.stop();
    neo4j = undefined;
    await rm(home, { recursive: true, force: true });
  });

  it('reports what was and was not written when the database stops mid-run, and a re-run completes the rest', async () => {
    neo4j = await startLocalNeo4j({ home: join(home, 'neo4j'), port: 0, password, heap: '512m' });
    const uri = neo4j.uri;
    let db = connect(uri);
    await applySchema(db);
    let stopping: Promise<void> | undefined;
    const summary = await ingestPaths(db, lexicon, [corpus], (progress) => {
      if (!stopping && progress.new >= 50) stopping = neo4j!.stop();
    });
    await stopping;
    await db.close();
    assert.ok(summary.failed.length > 0, 'some articles were not written');
    assert.equal(summary.new + summary.failed.length, articles, 'every article is either written or reported');
    assert.ok(
      summary.failed.every((failure) => /unreachable|not written|connect|ServiceUnavailable/i.test(failure.error)),
    );

    neo4j = await startLocalNeo4j({ home: join(home, 'neo4j'), port: 0, password, heap: '512m' });
    db = connect(neo4j.uri);
    try {
      const written = await assertArticlesWhole(db, corpus, lexicon);
      assert.equal(written.length, summary.new, 'the graph holds exactly the articles reported as written');
      const failedIds = new Set(summary.failed.map((failure) => failure.id));
      assert.ok(written.every((id) => !failedIds.has(id)));

      const rerun = await ingestPaths(db, lexicon, [corpus]);
      assert.deepEqual(rerun.failed, []);
      assert.equal(rerun.unchanged, summary.new);
      assert.equal(rerun.new, articles - summary.new);
      assert.equal((await assertArticlesWhole(db, corpus, lexicon)).length, articles);
    } finally {
      await db.close();
    }
  });

  it('leaves a consistent store when `atlas ingest` is killed with SIGKILL mid-run', async () => {
    const dataDir = join(home, 'data');
    const port = await freePort();
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'atlas.js'), 'ingest', corpus], {
      env: {
        ...process.env,
        NEO4J_URI: '',
        NEO4J_PASSWORD: '',
        ATLAS_DATA_DIR: dataDir,
        ATLAS_NEO4J_PORT: String(port),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));

    // Watch the run's own database until it has written some articles, then kill the run without warning.
    const credentials = () =>
      (JSON.parse(readFileSync(join(dataDir, 'atlas-credentials.json'), 'utf8')) as { password: string }).password;
    let watcher: Database | undefined;
    const deadline = Date.now() + 240_000;
    for (;;) {
      assert.ok(Date.now() < deadline, `the ingest never got going: ${stderr}`);
      // Only once the run reports progress is its database ready with its password: connecting earlier with
      // the wrong one would trip Neo4j's authentication rate limit for the run itself.
      if (!/atlas ingest: \d+ articles/.test(stderr)) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      try {
        watcher ??= connect(`bolt://127.0.0.1:${port}`, credentials());
        if ((await articleCount(watcher)) >= 20) break;
      } catch {
        // Not up yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    child.kill('SIGKILL');
    await exited;
    await watcher!.close();

    const pass = credentials();
    neo4j = await reopen(dataDir, pass);
    const db = connect(neo4j.uri, pass);
    try {
      const written = await assertArticlesWhole(db, corpus, lexicon);
      assert.ok(written.length >= 20 && written.length <= articles);
    } finally {
      await db.close();
    }
  });
});
