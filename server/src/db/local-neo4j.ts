import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../logger.js';
import { launcherDir } from '../paths.js';

export type LocalNeo4jOptions = {
  /** Neo4j's home: the store lives in `<home>/data`, its logs in `<home>/logs`. */
  home: string;
  /** 0 picks a free port. */
  port: number;
  password: string;
  heap?: string;
  logger?: Logger;
  startTimeoutMs?: number;
};

export type LocalNeo4j = {
  uri: string;
  pid: number;
  /** Stops the database cleanly (SIGTERM) and resolves once the JVM has exited. */
  stop(): Promise<void>;
  /** Resolves with the exit code when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
};

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const classesDir = join(launcherDir, 'target', 'classes');
const libDir = join(launcherDir, 'target', 'lib');

function launcherClasspath(): string {
  if (!existsSync(join(classesDir, 'atlas', 'neo4j', 'LocalNeo4j.class')) || !existsSync(libDir)) {
    throw new LocalNeo4jError(
      'The local Neo4j launcher is not built. Run `npm install` (it builds neo4j/ with Maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  return `${classesDir}:${libDir}/*`;
}

/** What the JVM wrote to stderr, turned into advice where the cause is a known one. */
function explainFailure(stderr: string, home: string, port: number): string {
  if (/StoreLockException|FileLockException|already locked/i.test(stderr)) {
    return `Another Neo4j process is already using ${home}. Stop it, or point ATLAS_DATA_DIR elsewhere.`;
  }
  if (/BindException|Address already in use/i.test(stderr)) {
    return `Port ${port} on 127.0.0.1 is taken. Stop what uses it or set ATLAS_NEO4J_PORT to a free port.`;
  }
  const tail = stderr.trim().split('\n').slice(-15).join('\n');
  return `The local Neo4j did not start. Its last output:\n${tail}\n(Neo4j's own log: ${join(home, 'logs', 'debug.log')})`;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { home, port, password, heap = '1g', logger, startTimeoutMs = 180_000 } = options;
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-cp',
      launcherClasspath(),
      'atlas.neo4j.LocalNeo4j',
      '--home',
      home,
      '--port',
      String(port),
      '--watch-stdin',
    ],
    // stdin stays an open pipe: when this process dies, the pipe closes and the database shuts itself down.
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_PASSWORD: password } },
  );

  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
    logger?.debug({ neo4j: chunk.trimEnd() }, 'local neo4j stderr');
  });

  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
    child.once('error', () => resolveExit(null));
  });

  const uri = await new Promise<string>((resolveReady, rejectReady) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectReady(new LocalNeo4jError(`The local Neo4j did not become ready within ${startTimeoutMs / 1000} s.`));
    }, startTimeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      rejectReady(new LocalNeo4jError(`Could not run java: ${error.message}. Install Java 17 or newer.`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      rejectReady(new LocalNeo4jError(`${explainFailure(stderr, home, port)}\n(exit code ${code})`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolveReady(ready[1]!);
      }
    });
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(forced);
  };

  return { uri, pid: child.pid!, stop, exited };
}
