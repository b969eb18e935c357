import type { Database } from '../db/database.js';
import { ApiError, BadRequestError, NotFoundError } from '../http/errors.js';
import type { SavedQuery, SavedQueryDefinition } from './definition.js';
import { ConflictError } from './errors.js';
import { sampleValues, toCypherParameters } from './parameters.js';
import { checkReadOnlyQuery } from './run-query.js';
import { deleteUserQuery, findUserQuery, insertUserQuery, listUserQueries } from './user-queries.js';

/**
 * All saved queries under one name space: the files shipped in cypher/saved, which cannot be changed through the
 * API, and users' queries stored in Neo4j. A user's query can neither take a shipped name nor hide one.
 */
export class QueryCatalog {
  private readonly files: ReadonlyMap<string, SavedQuery>;

  constructor(
    private readonly db: Database,
    shipped: readonly SavedQueryDefinition[],
  ) {
    this.files = new Map(shipped.map((query) => [query.name, { ...query, origin: 'file' as const }]));
  }

  async list(): Promise<SavedQuery[]> {
    return [...this.files.values(), ...(await listUserQueries(this.db))];
  }

  async get(name: string): Promise<SavedQuery> {
    const query = this.files.get(name) ?? (await findUserQuery(this.db, name));
    if (!query) throw new NotFoundError(`No saved query named "${name}". GET /api/queries lists them.`);
    return query;
  }

  /** Saves a user's query after the checks a run would make: read-only, and every `$parameter` declared. */
  async save(definition: SavedQueryDefinition, timeoutMs: number): Promise<SavedQuery> {
    if (this.files.has(definition.name)) {
      throw new ConflictError(`"${definition.name}" is the name of a query shipped with Alliance Atlas; pick another.`);
    }
    const parameters = toCypherParameters(definition.parameters, sampleValues(definition.parameters));
    const undeclared = await checkReadOnlyQuery(this.db, definition.cypher, parameters, timeoutMs);
    if (undeclared.length) {
      throw new BadRequestError(
        `The query uses ${undeclared.map((name) => `$${name}`).join(', ')} but does not declare it in parameters.`,
        undeclared.map((parameter) => ({ parameter, message: 'is used by the query but not declared' })),
      );
    }
    return insertUserQuery(this.db, definition);
  }

  async delete(name: string): Promise<void> {
    if (this.files.has(name)) {
      throw new ApiError(
        409,
        'SHIPPED_QUERY',
        `"${name}" is shipped with Alliance Atlas (cypher/saved/${name}.cypher) and cannot be deleted through the API.`,
      );
    }
    if (!(await deleteUserQuery(this.db, name))) {
      throw new NotFoundError(`No saved query named "${name}". GET /api/queries lists them.`);
    }
  }
}
