import { Neo4jError } from 'neo4j-driver';
import { ApiError } from '../http/errors.js';

/** Why a query was refused; clients can show `reason` without parsing the message. */
export type RefusalReason = 'write' | 'schema' | 'procedure' | 'function' | 'load-csv' | 'command' | 'database';

export class ReadOnlyError extends ApiError {
  constructor(
    message: string,
    readonly reason: RefusalReason,
    extra: Record<string, unknown> = {},
  ) {
    super(403, 'READ_ONLY', message, { reason, ...extra });
  }
}

export class CypherError extends ApiError {
  constructor(code: 'CYPHER_SYNTAX' | 'CYPHER_ERROR', message: string) {
    super(400, code, message);
  }
}

export class ConflictError extends ApiError {
  constructor(message: string) {
    super(409, 'CONFLICT', message);
  }
}

export class QueryTimeoutError extends ApiError {
  constructor(timeoutMs: number) {
    super(
      504,
      'QUERY_TIMEOUT',
      `The query ran past its time limit of ${timeoutMs} ms and was stopped. Narrow it down (fewer hops, a LIMIT, ` +
        'more selective MATCH) or allow it more time with a larger timeoutMs, up to the server limit.',
    );
  }
}

const longestMessage = 1_000;

/**
 * What a driver error means for the author of a query: their Cypher is wrong (400), it tried something the
 * read-only endpoint refuses (403), or it ran too long (504). Anything else is not the query's fault and is passed
 * on unchanged to the common error handler (503 when Neo4j is away, 500 otherwise).
 */
export function fromCypherError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const { code } = error;
  const message = error.message.trim().slice(0, longestMessage);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new QueryTimeoutError(timeoutMs);
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') {
    const procedure = /`([^`]+)`/.exec(message)?.[1];
    return new ReadOnlyError(
      `Procedure ${procedure ?? '(unknown)'} is not installed and is not on the allow-list of read-only procedures.`,
      'procedure',
      procedure ? { procedure } : {},
    );
  }
  // The database's own backstop: a write attempted inside the read transaction.
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return new ReadOnlyError(`Only reading queries may run here; Neo4j refused: ${message}`, 'write');
  }
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand') {
    return new ReadOnlyError('Administration commands cannot run here.', 'command');
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    if (message.startsWith('Expected exactly one statement')) {
      return new CypherError('CYPHER_SYNTAX', 'Send one statement per request: a ";" may only end the query.');
    }
    return new CypherError('CYPHER_SYNTAX', message);
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new CypherError('CYPHER_ERROR', message);
  }
  return error;
}
