import type { Database } from '../../../server/src/db/database.js';
import type { SerializedGraph } from '../../../server/src/graph/serialization.js';

/** The body of a query answer, as the API sends it. */
export type ResultBody = {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  elapsedMs: number;
  graph: SerializedGraph | null;
};

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export type JsonNode = { id: string; elementId: string; labels: string[]; properties: Record<string, unknown> };
export type JsonRelationship = {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
};

/** Rows as objects keyed by column, which reads better in assertions than positions. */
export function rowObjects(body: ResultBody): Record<string, unknown>[] {
  return body.rows.map((row) => Object.fromEntries(body.columns.map((column, index) => [column, row[index]])));
}

export function idOf(value: unknown): string {
  return (value as JsonNode).id;
}

export function idsOf(value: unknown): string[] {
  return (value as JsonNode[]).map((node) => node.id);
}

/** Any method, any body: the shared sample helper has only GET and POST. */
export async function send<T>(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

/**
 * Everything a refused query could have changed: nodes and relationships (counted, and a digest of their labels,
 * types and properties), labels, indexes, constraints and users. Equal fingerprints before and after an attempt
 * mean the attempt changed nothing.
 */
export async function fingerprint(db: Database): Promise<Record<string, unknown>> {
  const graph = await db.read(
    `CALL () { MATCH (n) RETURN count(n) AS nodes,
         sum(size(labels(n))) AS labelCount,
         sum(size(keys(n))) AS nodeProperties,
         collect(DISTINCT labels(n)) AS labelSets }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties,
         collect(DISTINCT type(r)) AS types }
     RETURN nodes, labelCount, nodeProperties, labelSets, relationships, relationshipProperties, types`,
  );
  const labels = await db.read('CALL db.labels() YIELD label RETURN collect(label) AS labels');
  const indexes = await db.read('SHOW INDEXES YIELD name RETURN collect(name) AS names');
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  const session = db.driver.session({ database: 'system' });
  try {
    const users = await session.run('SHOW USERS YIELD user RETURN collect(user) AS users');
    const counts = graph.records[0]!.toObject();
    return {
      ...counts,
      labelSets: (counts.labelSets as string[][]).map((set) => [...set].sort().join(':')).sort(),
      types: [...(counts.types as string[])].sort(),
      labels: [...(labels.records[0]!.get('labels') as string[])].sort(),
      indexes: [...(indexes.records[0]!.get('names') as string[])].sort(),
      constraints: [...(constraints.records[0]!.get('names') as string[])].sort(),
      users: users.records[0]!.get('users'),
    };
  } finally {
    await session.close();
  }
}
