import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../../server/src/db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../../server/src/db/local-neo4j.js';
import { applySchema } from '../../../server/src/db/schema.js';
import { createApp } from '../../../server/src/http/app.js';
import { listen } from '../../support/http.js';
import { testLogger } from '../../support/logger.js';

const password = 'lifecycle-password';

function connect(uri: string): Database {
  return new Database({ uri, user: 'neo4j', password, database: 'neo4j' }, { queryTimeoutMs: 10_000, retryMs: 500 });
}

function portOf(uri: string): number {
  return Number(new URL(uri.replace('bolt:', 'http:')).port);
}

async function countProbes(uri: string): Promise<number> {
  const db = connect(uri);
  try {
    const result = await db.read<{ n: number }>('MATCH (p:LifecycleProbe) RETURN count(p) AS n');
    return result.records[0]!.get('n');
  } finally {
    await db.close();
  }
}

describe('local Neo4j launcher (its own instance, not the suite one)', function () {
  this.timeout(240_000);
  let home: string;
  let neo4j: LocalNeo4j | undefined;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'atlas-lifecycle-'));
  });
  afterEach(async () => {
    await neo4j?.stop();
    neo4j = undefined;
    await rm(home, { recursive: true, force: true });
  });

  it('refuses the wrong password (auth is on)', async () => {
    neo4j = await startLocalNeo4j({ home, port: 0, password, heap: '512m' });
    const intruder = new Database(
      { uri: neo4j.uri, user: 'neo4j', password: 'not-the-password', database: 'neo4j' },
      { queryTimeoutMs: 5_000, retryMs: 0 },
    );
    await assert.rejects(intruder.read('RETURN 1'), /authentication|unauthorized/i);
    await intruder.close();
  });

  it('answers 503 (health and data alike) while the database is stopped, and serves again once it is back, without a server restart', async () => {
    neo4j = await startLocalNeo4j({ home, port: 0, password, heap: '512m' });
    const uri = neo4j.uri;
    const db = connect(uri);
    await applySchema(db);
    const app = await listen(createApp({ db, logger: testLogger }));
    try {
      assert.equal((await fetch(`${app.baseUrl}/api/health`)).status, 200);

      await neo4j.stop();
      const started = Date.now();
      const down = await fetch(`${app.baseUrl}/api/health`);
      assert.equal(down.status, 503);
      assert.ok(Date.now() - started < 10_000, 'the 503 comes quickly, not after a hang');
      const body = (await down.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'DATABASE_UNAVAILABLE');
      assert.match(body.error.message, /not reachable/);
      const live = await fetch(`${app.baseUrl}/api/health/live`);
      assert.equal(live.status, 200, 'the process itself is alive while its database is down');
      for (const path of ['/api/search?q=japan', '/api/nodes/JP', '/api/graph']) {
        const asked = Date.now();
        const answer = await fetch(`${app.baseUrl}${path}`);
        assert.equal(answer.status, 503, path);
        assert.ok(Date.now() - asked < 10_000, `${path}: the 503 comes quickly, not after a hang`);
        assert.ok(Number(answer.headers.get('retry-after')) > 0, `${path}: says when to retry`);
        const error = (await answer.json()) as { error: { code: string } };
        assert.equal(error.error.code, 'DATABASE_UNAVAILABLE', path);
      }

      neo4j = await startLocalNeo4j({ home, port: portOf(uri), password, heap: '512m' });
      assert.equal(neo4j.uri, uri);
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await fetch(`${app.baseUrl}/api/health`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.equal(status, 200);
      assert.equal((await fetch(`${app.baseUrl}/api/search?q=japan`)).status, 200, 'data requests are served again');
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('keeps committed data and opens again after SIGINT in the middle of a write', async () => {
    neo4j = await startLocalNeo4j({ home, port: 0, password, heap: '512m' });
    const db = connect(neo4j.uri);
    await db.write('UNWIND range(1, 1000) AS i CREATE (:LifecycleProbe {i: i, batch: "committed"})');
    // A long write that SIGINT interrupts: it must be rolled back as a whole, never half-stored.
    const interrupted = db
      .write(
        'UNWIND range(1, 3000000) AS i CREATE (:LifecycleProbe {i: i, batch: "interrupted"})',
        {},
        { timeoutMs: 120_000 },
      )
      .catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    process.kill(neo4j.pid, 'SIGINT');
    const code = await neo4j.exited;
    neo4j = undefined;
    await interrupted;
    await db.close();
    assert.notEqual(code, null, 'the JVM exited on its own after SIGINT');

    neo4j = await startLocalNeo4j({ home, port: 0, password, heap: '512m' });
    const reopened = connect(neo4j.uri);
    try {
      const batches = await reopened.read<{ batch: string; n: number }>(
        'MATCH (p:LifecycleProbe) RETURN p.batch AS batch, count(*) AS n ORDER BY batch',
      );
      const counts = Object.fromEntries(batches.records.map((record) => [record.get('batch'), record.get('n')]));
      assert.equal(counts.committed, 1000);
      assert.ok(counts.interrupted === undefined || counts.interrupted === 3_000_000, 'no half-written transaction');
    } finally {
      await reopened.close();
    }
  });

  it('stops its database when the process that started it dies', async () => {
    // A parent that starts Neo4j and is then SIGKILLed: the closed stdin pipe makes the JVM shut down.
    const script = `
      import { startLocalNeo4j } from ${JSON.stringify(new URL('../../../server/src/db/local-neo4j.ts', import.meta.url).href)};
      const db = await startLocalNeo4j({ home: ${JSON.stringify(home)}, port: 0, password: ${JSON.stringify(password)}, heap: '512m' });
      console.log('PID ' + db.pid);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const javaPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.setEncoding('utf8');
      parent.stdout.on('data', (chunk: string) => {
        const match = /PID (\d+)/.exec(chunk);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', () => reject(new Error('parent exited before Neo4j was ready')));
    });
    parent.kill('SIGKILL');
    let alive = true;
    for (let attempt = 0; attempt < 120 && alive; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      try {
        process.kill(javaPid, 0);
      } catch {
        alive = false;
      }
    }
    assert.equal(alive, false, 'the orphaned JVM shut down');
    neo4j = await startLocalNeo4j({ home, port: 0, password, heap: '512m' });
    assert.equal(await countProbes(neo4j.uri), 0, 'the store opens again');
  });
});
