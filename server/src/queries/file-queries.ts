import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { cypherDir, projectRoot } from '../paths.js';
import type { SavedQueryDefinition } from './definition.js';
import { parseSavedQuery } from './header.js';

export const savedQueriesDir = join(cypherDir, 'saved');

/**
 * Reads every `*.cypher` file of a folder as a saved query, in name order. A malformed header throws
 * SavedQueryFormatError naming the file and line, so a broken query stops the server at start, not at first use.
 */
export function loadFileQueries(dir: string = savedQueriesDir): SavedQueryDefinition[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const shown = path.startsWith(projectRoot) ? relative(projectRoot, path) : path;
      return parseSavedQuery(readFileSync(path, 'utf8'), shown, basename(file, '.cypher'));
    });
}

let shipped: SavedQueryDefinition[] | undefined;

/** The queries shipped in cypher/saved, read once per process. */
export function shippedQueries(): SavedQueryDefinition[] {
  shipped ??= loadFileQueries();
  return shipped;
}
