/** Saved queries (shipped and users'), the read-only guard and the bounded runner behind /api/queries and /api/cypher. */
export { QueryCatalog } from './catalog.js';
export {
  longestCypher,
  savedQueryDefinitionSchema,
  type QueryOrigin,
  type SavedQuery,
  type SavedQueryDefinition,
} from './definition.js';
export { loadFileQueries, shippedQueries } from './file-queries.js';
export { SavedQueryFormatError } from './header.js';
export { limitFields, limitsOf, type QueryLimits } from './limits.js';
export { parameterNamePattern } from './parameter-spec.js';
export { fromJsonParameters } from './parameters.js';
export { allowedProcedures } from './read-only.js';
export { runReadOnlyQuery, type QueryResult } from './run-query.js';
export { runSavedQuery, runSavedQueryForGraph } from './run-saved-query.js';
