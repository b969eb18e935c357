import type { ErrorRequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { isDatabaseUnavailable } from '../db/availability.js';
import type { Logger } from '../logger.js';

/** The one error shape every endpoint answers with: `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class BadRequestError extends ApiError {
  constructor(message: string, details?: unknown) {
    super(400, 'BAD_REQUEST', message, details);
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, 'NOT_FOUND', message);
  }
}

export class DatabaseUnavailableError extends ApiError {
  constructor(cause: string) {
    super(503, 'DATABASE_UNAVAILABLE', `Neo4j is not reachable (${cause}). Retry in a few seconds.`, undefined, {
      'Retry-After': '5',
    });
  }
}

/** Driver errors mean different things to a client: the database is away (503), or the query ran too long (504). */
export function fromNeo4jError(error: Neo4jError): ApiError | undefined {
  if (isDatabaseUnavailable(error)) {
    return new DatabaseUnavailableError(error.message.split('\n')[0] ?? error.code);
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new ApiError(
      504,
      'QUERY_TIMEOUT',
      'The query ran past its time limit and was stopped. Narrow it down or lower its limits.',
    );
  }
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => {
    let apiError: ApiError | undefined;
    if (error instanceof ApiError) apiError = error;
    else if (error instanceof Neo4jError) apiError = fromNeo4jError(error);
    else if (isBodyParserError(error))
      apiError = new ApiError(
        error.status,
        error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
        bodyParserMessage(error),
      );

    if (!apiError) {
      logger.error({ err: error }, 'unexpected error');
      apiError = new ApiError(500, 'INTERNAL', 'Something went wrong on the server; the error has been logged.');
    }
    for (const [name, value] of Object.entries(apiError.headers)) response.setHeader(name, value);
    const body: { code: string; message: string; details?: unknown } = {
      code: apiError.code,
      message: apiError.message,
    };
    if (apiError.details !== undefined) body.details = apiError.details;
    response.status(apiError.status).json({ error: body });
  };
}

type BodyParserError = { status: number; type: string; message: string };

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    'status' in error &&
    typeof (error as BodyParserError).status === 'number' &&
    (error as BodyParserError).status >= 400 &&
    (error as BodyParserError).status < 500
  );
}

function bodyParserMessage(error: BodyParserError): string {
  if (error.type === 'entity.too.large') return 'The request body is too large.';
  if (error.type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  return error.message;
}
