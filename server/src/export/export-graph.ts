import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../db/database.js';
import { splitStatements } from '../db/schema.js';
import { cypherDir } from '../paths.js';
import { formatChunks, formatFiles, type ExportTarget } from './formats.js';
import type { ExportChunks } from './graph-pages.js';
import { readScope, type ScopeLimits } from './read-scope.js';
import { describeScope, scopeSlug, type ExportScope } from './scope.js';

export type ExportRequest = { scope: ExportScope; target: ExportTarget };

/** An export ready to stream: nothing past the scope's ids has been read yet. */
export type PreparedExport = {
  /** `alliance-atlas-<scope>[-<part>]-<date>.<ext>` */
  filename: string;
  contentType: string;
  /** Requested ids the graph does not hold; they are left out. */
  unknownIds: string[];
  chunks: ExportChunks;
};

/**
 * The one way into an export, for the API and the CLI alike: resolves the scope (which throws
 * `UnknownEntitiesError` when none of its ids exists) and picks the format's writer.
 */
export async function prepareExport(
  db: Database,
  request: ExportRequest,
  limits: ScopeLimits,
  now = new Date(),
): Promise<PreparedExport> {
  const { scope, target } = request;
  const graph = await readScope(db, scope, limits);
  const date = now.toISOString().slice(0, 10);
  const schema = target.format === 'cypher' ? await schemaStatements() : [];
  const file = formatFiles[target.format];
  const part = target.format === 'csv' ? `-${target.part}` : '';
  return {
    filename: `alliance-atlas-${scopeSlug(scope)}${part}-${date}.${file.extension}`,
    contentType: file.contentType,
    unknownIds: graph.unknownIds,
    chunks: formatChunks(target, graph, { description: describeScope(scope), date }, schema),
  };
}

/** Streams the chunks into `destination` with backpressure; if either side fails, both are closed. */
export function writeExport(chunks: ExportChunks, destination: Writable): Promise<void> {
  return pipeline(Readable.from(chunks), destination);
}

async function schemaStatements(): Promise<string[]> {
  return splitStatements(await readFile(join(cypherDir, 'schema.cypher'), 'utf8'));
}
