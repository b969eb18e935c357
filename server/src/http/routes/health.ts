import { Router } from 'express';
import type { Database } from '../../db/database.js';

type Components = { name: string; version: string; edition: string };

/**
 * Readiness, `/api/health`: 200 with the Neo4j version and node count when the database answers; 503 with the
 * reason when it does not. Liveness, `/api/health/live`: 200 whenever this process answers, database or not, so
 * a supervisor restarts the server only when the server itself is stuck.
 */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health/live', (_request, response) => {
    response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/health', async (_request, response) => {
    try {
      const [components, count] = await Promise.all([
        db.read<{ components: Components }>(
          'CALL dbms.components() YIELD name, versions, edition RETURN {name: name, version: versions[0], edition: edition} AS components',
          {},
          { timeoutMs: 2_000 },
        ),
        db.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes', {}, { timeoutMs: 2_000 }),
      ]);
      const neo4j = components.records[0]!.get('components');
      response.json({
        status: 'ok',
        neo4j: { version: neo4j.version, edition: neo4j.edition, database: db.connection.database },
        nodes: count.records[0]!.get('nodes'),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown') : 'unknown';
      response
        .status(503)
        .setHeader('Retry-After', '5')
        .json({
          status: 'unavailable',
          error: {
            code: 'DATABASE_UNAVAILABLE',
            message: `Neo4j is not reachable at ${db.connection.uri}: ${reason}. Retry in a few seconds.`,
          },
        });
    }
  });
  return router;
}
