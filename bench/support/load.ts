import autocannon from 'autocannon';

/**
 * A closed-loop load generator: `connections` clients, each sending its next request as soon as one returns.
 * autocannon writes prepared requests on raw sockets and parses answers with a lean HTTP parser, so on this
 * two-core machine it takes far less of the CPU the server and Neo4j need than `fetch` did (about half the floor
 * latency of the health route at 50 connections).
 */
export type LoadResult = {
  requests: number;
  errors: number;
  /** Answers by HTTP status; a network failure or a request past the timeout counts as status 0. */
  statuses: Record<string, number>;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
};

export type NextRequest =
  string | { path: string; init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } };

/** A request slower than this is cut and counted as an error (status 0): generous, since the server has its own. */
const requestTimeoutSeconds = 60;

export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  durationMs: number;
  /** The next request: a path (GET) or a path with its method, headers and body; called once per request. */
  nextPath: () => NextRequest;
}): Promise<LoadResult> {
  // autocannon's own histogram has no 95th percentile, so every response time is kept here.
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const finished = new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationMs / 1000,
        timeout: requestTimeoutSeconds,
        requests: [{ setupRequest: (request) => ({ ...request, ...asRequest(options.nextPath()) }) }],
      },
      (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
    instance.on('reqError', () => {
      statuses[0] = (statuses[0] ?? 0) + 1;
    });
  });
  await finished;
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0);
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const errors = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: answered,
    errors,
    statuses,
    requestsPerSecond: Math.round(answered / elapsed),
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(latencies.at(-1) ?? 0) },
  };
}

/** A POST of a JSON body, as the saved-query runs are sent. */
export function postJson(path: string, body: unknown): NextRequest {
  return {
    path,
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  };
}

function asRequest(next: NextRequest): Pick<autocannon.Request, 'method' | 'path' | 'headers' | 'body'> {
  if (typeof next === 'string') return { method: 'GET', path: next, body: undefined };
  return { method: next.init.method, path: next.path, headers: next.init.headers, body: next.init.body };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
