import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../server/src/paths.js';

export type ServerProcess = { baseUrl: string; pid: number; rssMegabytes(): number; stop(): Promise<void> };

/**
 * `atlas serve` in its own process against a given Neo4j, as users run it, so that the load generator and the
 * server do not share one event loop.
 */
export async function startServerProcess(
  neo4j: { uri: string; password: string },
  environment: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'atlas.js'), 'serve'], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /(http:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`atlas serve exited with ${code} before serving`)));
  });
  return {
    baseUrl,
    pid: child.pid!,
    rssMegabytes: () => residentMegabytes(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process, from /proc (the benches run on Linux). */
export function residentMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : -1;
}
