import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { savedQueryDefinitionSchema, type SavedQuery, type SavedQueryDefinition } from './definition.js';
import { ConflictError } from './errors.js';

/**
 * Users' saved queries, stored as `(:SavedQuery {name, title, description, parameters, cypher, createdAt})` with
 * the parameter declarations as a JSON string (Neo4j properties cannot hold maps). Names are unique by constraint
 * (cypher/schema.cypher).
 */
type StoredQuery = {
  name: string;
  title: string;
  description: string | null;
  parameters: string;
  cypher: string;
  createdAt: string | null;
};

const projection = `{.name, .title, .description, .parameters, .cypher, createdAt: toString(q.createdAt)} AS query`;

export async function listUserQueries(db: Database): Promise<SavedQuery[]> {
  const result = await db.read<{ query: StoredQuery }>(`MATCH (q:SavedQuery) RETURN q ${projection} ORDER BY q.name`);
  return result.records.map((record) => fromStored(record.get('query')));
}

export async function findUserQuery(db: Database, name: string): Promise<SavedQuery | undefined> {
  const result = await db.read<{ query: StoredQuery }>(`MATCH (q:SavedQuery {name: $name}) RETURN q ${projection}`, {
    name,
  });
  const stored = result.records[0]?.get('query');
  return stored ? fromStored(stored) : undefined;
}

export async function insertUserQuery(db: Database, definition: SavedQueryDefinition): Promise<SavedQuery> {
  try {
    const result = await db.write<{ query: StoredQuery }>(
      `CREATE (q:SavedQuery {name: $name, title: $title, description: $description, parameters: $parameters,
         cypher: $cypher, createdAt: datetime()})
       RETURN q ${projection}`,
      { ...definition, parameters: JSON.stringify(definition.parameters) },
    );
    return fromStored(result.records[0]!.get('query'));
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new ConflictError(`A saved query named "${definition.name}" exists already; pick another name.`);
    }
    throw error;
  }
}

/** True when a query of that name was there and is gone. */
export async function deleteUserQuery(db: Database, name: string): Promise<boolean> {
  const result = await db.write<{ deleted: number }>(
    'MATCH (q:SavedQuery {name: $name}) DELETE q RETURN count(*) AS deleted',
    { name },
  );
  return (result.records[0]?.get('deleted') ?? 0) > 0;
}

/** A stored query is checked again on the way out: the database may have been edited by hand. */
function fromStored(stored: StoredQuery): SavedQuery {
  let parameters: unknown;
  try {
    parameters = JSON.parse(stored.parameters);
  } catch {
    throw new Error(`Saved query "${stored.name}" in Neo4j has parameters that are not JSON.`);
  }
  const { name, title, description, cypher } = stored;
  const parsed = savedQueryDefinitionSchema.safeParse({
    name,
    title,
    description: description ?? '',
    parameters,
    cypher,
  });
  if (!parsed.success) {
    throw new Error(`Saved query "${stored.name}" in Neo4j is malformed: ${parsed.error.issues[0]?.message}`);
  }
  return { ...parsed.data, origin: 'user', ...(stored.createdAt ? { createdAt: stored.createdAt } : {}) };
}
