import type { ApiSettings } from '../config.js';
import type { Database } from '../db/database.js';
import { subgraphOf } from '../graph/read-graph.js';
import type { SerializedGraph } from '../graph/serialization.js';
import { QueryCatalog } from './catalog.js';
import type { SavedQuery } from './definition.js';
import { shippedQueries } from './file-queries.js';
import { limitsOf, type QueryLimits } from './limits.js';
import { assertReferencesExist } from './parameter-references.js';
import { resolveParameters, toCypherParameters } from './parameters.js';
import { runReadOnlyQuery, type QueryResult } from './run-query.js';

/** Runs a saved query with a caller's parameters: declared, typed, in range, and naming things that exist. */
export async function runSavedQuery(
  db: Database,
  query: SavedQuery,
  parameters: unknown,
  limits: QueryLimits,
): Promise<QueryResult> {
  const values = resolveParameters(query.parameters, parameters);
  await assertReferencesExist(db, query.parameters, values);
  return runReadOnlyQuery(db, query.cypher, toCypherParameters(query.parameters, values), limits);
}

/**
 * The graph of a saved query's answer (shipped or user's), for exports: the entities its rows name and the edges
 * among them with their evidence, within the server's row limit and timeout. Bad parameters throw as for the API.
 */
export async function runSavedQueryForGraph(
  db: Database,
  settings: Pick<ApiSettings, 'rowLimit' | 'queryTimeoutMs'>,
  name: string,
  parameters: Record<string, unknown> = {},
): Promise<SerializedGraph> {
  const query = await new QueryCatalog(db, shippedQueries()).get(name);
  const result = await runSavedQuery(db, query, parameters, limitsOf({}, settings));
  return result.graph ?? subgraphOf(db, []);
}
