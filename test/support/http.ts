import type { Server } from 'node:http';
import type { Express } from 'express';

export type RunningApp = { baseUrl: string; close(): Promise<void> };

/** Serves an Express app on a free loopback port for the duration of a test. */
export async function listen(app: Express): Promise<RunningApp> {
  const server: Server = await new Promise((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('server has no address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
