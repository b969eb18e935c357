import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { subgraphOf } from '../graph/read-graph.js';
import type { SerializedGraph } from '../graph/serialization.js';
import { BadRequestError } from '../http/errors.js';
import { fromCypherError } from './errors.js';
import type { QueryLimits } from './limits.js';
import { assertReadOnly, userFunctionsOf } from './read-only.js';
import { collectReferences, idOfNode, isEntity, toJson, type Endpoint, type NodeReferences } from './result-values.js';

export type QueryResult = {
  columns: string[];
  rows: unknown[][];
  /** More rows (or entities) existed than `limit`; the answer holds the first ones. */
  truncated: boolean;
  elapsedMs: number;
  /** Every entity the rows name, with the edges among them and their evidence; null when the rows name none. */
  graph: SerializedGraph | null;
};

type RawResult = { columns: string[]; rows: unknown[][]; truncated: boolean; endpoints: Map<string, Endpoint> };

/**
 * Runs any query that passes the read-only guard, in a read transaction bounded by `timeoutMs`: EXPLAIN first,
 * then the query itself, streamed and abandoned after `limit` rows so a huge result is never collected.
 */
export async function runReadOnlyQuery(
  db: Database,
  query: string,
  parameters: Record<string, unknown>,
  limits: QueryLimits,
): Promise<QueryResult> {
  const started = Date.now();
  const raw = await guardedRead(db, query, parameters, limits.timeoutMs, (tx, missingParameters) => {
    if (missingParameters.length) {
      throw new BadRequestError(
        `The query uses parameters that were not given: ${missingParameters.map((name) => `$${name}`).join(', ')}.`,
        missingParameters.map((parameter) => ({ parameter, message: 'is used by the query but not given' })),
      );
    }
    return streamRows(tx, query, parameters, limits.limit);
  });
  const rows = raw.rows.map((row) => row.map((value) => toJson(value, raw.endpoints)));
  const entityIds = [...raw.endpoints.values()].filter((endpoint) => endpoint.entity).map((endpoint) => endpoint.id);
  const uniqueIds = [...new Set(entityIds)];
  const truncated = raw.truncated || uniqueIds.length > limits.limit;
  const graph = uniqueIds.length ? await subgraphOf(db, uniqueIds.slice(0, limits.limit)) : null;
  return { columns: raw.columns, rows, truncated, elapsedMs: Date.now() - started, graph };
}

/**
 * The guard alone, for a query that is saved rather than run: refused exactly as it would be at run time. Returns
 * the parameters the query uses that `parameters` lacks.
 */
export function checkReadOnlyQuery(
  db: Database,
  query: string,
  parameters: Record<string, unknown>,
  timeoutMs: number,
): Promise<string[]> {
  return guardedRead(db, query, parameters, timeoutMs, async (_tx, missingParameters) => missingParameters);
}

/** One read transaction: the read-only guard's EXPLAIN, then `work`; driver errors become answers for the author. */
async function guardedRead<R>(
  db: Database,
  query: string,
  parameters: Record<string, unknown>,
  timeoutMs: number,
  work: (tx: ManagedTransaction, missingParameters: string[]) => Promise<R>,
): Promise<R> {
  const context = { database: db.connection.database, userFunctions: await userFunctionsOf(db) };
  try {
    return await db.transaction(
      'READ',
      async (tx) => {
        const { missingParameters } = await assertReadOnly(tx, query, parameters, context);
        return work(tx, missingParameters);
      },
      { timeoutMs },
    );
  } catch (error) {
    throw fromCypherError(error, timeoutMs);
  }
}

async function streamRows(
  tx: ManagedTransaction,
  query: string,
  parameters: Record<string, unknown>,
  limit: number,
): Promise<RawResult> {
  const result = tx.run(query, parameters);
  const columns = [...(await result.keys())];
  const rows: unknown[][] = [];
  let truncated = false;
  // Records arrive in batches as they are consumed; leaving the loop tells Neo4j to discard the rest.
  for await (const record of result) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    rows.push(columns.map((column) => record.get(column)));
  }
  const references: NodeReferences = { nodes: new Map(), endpoints: new Set() };
  for (const row of rows) collectReferences(row, references);
  return { columns, rows, truncated, endpoints: await resolveEndpoints(tx, references) };
}

/** Domain ids of every node the rows show or point at; relationship ends not in the rows are looked up. */
async function resolveEndpoints(tx: ManagedTransaction, references: NodeReferences): Promise<Map<string, Endpoint>> {
  const endpoints = new Map<string, Endpoint>();
  for (const [elementId, node] of references.nodes) {
    endpoints.set(elementId, { id: idOfNode(node), entity: isEntity(node) });
  }
  const unknown = [...references.endpoints].filter((elementId) => !endpoints.has(elementId));
  if (unknown.length) {
    const result = await tx.run<{ elementId: string; id: string | null; entity: boolean }>(
      `UNWIND $elementIds AS elementId
       MATCH (n) WHERE elementId(n) = elementId
       RETURN elementId, n.id AS id, n:Entity AS entity`,
      { elementIds: unknown },
    );
    for (const record of result.records) {
      const { elementId, id, entity } = record.toObject();
      endpoints.set(elementId, {
        id: typeof id === 'string' ? id : elementId,
        entity: entity && typeof id === 'string',
      });
    }
  }
  return endpoints;
}
