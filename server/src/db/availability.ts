import { Neo4jError } from 'neo4j-driver';

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

/** Whether an error means the database is away (as opposed to a query that is wrong or too slow). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError && (unavailableCodes.has(error.code) || /connect|ECONNREFUSED|socket/i.test(error.code))
  );
}
