import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cypherDir } from '../paths.js';
import type { Database } from './database.js';

/** Splits a .cypher file into statements: `//` comment lines dropped, statements ended by `;` at a line end. */
export function splitStatements(script: string): string[] {
  const withoutComments = script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export async function applySchema(db: Database, file = join(cypherDir, 'schema.cypher')): Promise<number> {
  const statements = splitStatements(await readFile(file, 'utf8'));
  for (const statement of statements) await db.runSchemaCommand(statement);
  await db.runSchemaCommand('CALL db.awaitIndexes(60)');
  return statements.length;
}
