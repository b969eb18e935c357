/** A closed-loop load generator: `connections` clients, each sending its next request as soon as one returns. */
export type LoadResult = {
  requests: number;
  errors: number;
  /** Answers by HTTP status; a network failure counts as status 0. */
  statuses: Record<string, number>;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
};

export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  durationMs: number;
  /** The next request: a path (GET) or a path with its fetch options; called once per request. */
  nextPath: () => string | { path: string; init: RequestInit };
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const deadline = performance.now() + options.durationMs;
  const started = performance.now();
  const client = async () => {
    while (performance.now() < deadline) {
      const next = options.nextPath();
      const { path, init } = typeof next === 'string' ? { path: next, init: undefined } : next;
      const begin = performance.now();
      let status: number;
      try {
        const response = await fetch(`${options.baseUrl}${path}`, init);
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      latencies.push(performance.now() - begin);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0);
  const errors = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: latencies.length,
    errors,
    statuses,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(latencies.at(-1) ?? 0) },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
