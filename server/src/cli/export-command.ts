import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { csvParts, type CsvPart } from '../export/csv.js';
import { prepareExport, writeExport } from '../export/export-graph.js';
import { exportFormats, type ExportFormat, type ExportTarget } from '../export/formats.js';
import { UnknownEntitiesError } from '../export/read-scope.js';
import type { ExportScope } from '../export/scope.js';
import { ApiError } from '../http/errors.js';
import { openDatabase } from './open-database.js';

export const exportUsage = `Usage: atlas export --format FORMAT [--part nodes|edges] [--ids ID,ID… [--neighbours] | --query NAME [--params JSON]] [--out FILE]

Writes the graph to FILE, or to standard output, streaming it page by page.

  --format      json     graphology's serialisation (what the API answers with)
                gexf     GEXF 1.3 for Gephi
                graphml  GraphML for yEd, Gephi and Cytoscape
                csv      one table: --part nodes or --part edges
                cypher   a script that recreates the graph in another Neo4j (cypher-shell -f FILE)
  --ids         only these entities (comma-separated ids, e.g. JP,US,lloyd-austin) and the edges among them
  --neighbours  with --ids: also every entity one relation away
  --query       the answer of a saved query (cypher/saved/NAME.cypher, or a user's): its entities and their edges
  --params      with --query: its parameters as a JSON object, e.g. '{"country":"JP"}'
  --out         the file to write; without it, standard output

Ids the graph does not hold are reported and left out; when it holds none of them, nothing is written.`;

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'json' },
      part: { type: 'string' },
      ids: { type: 'string' },
      neighbours: { type: 'boolean', default: false },
      query: { type: 'string' },
      params: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(exportUsage);
    return 0;
  }
  const target = targetOf(values.format, values.part);
  if (typeof target === 'string') return usageError(target);
  const ids = values.ids
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (values.ids !== undefined && !ids?.length) return usageError('--ids needs at least one id.');
  if (values.neighbours && !ids) return usageError('--neighbours needs --ids.');
  if (values.query !== undefined && ids) return usageError('--query and --ids cannot go together.');
  if (values.params !== undefined && values.query === undefined) return usageError('--params needs --query.');
  const parameters = parametersOf(values.params);
  if (typeof parameters === 'string') return usageError(parameters);
  const scope: ExportScope = ids
    ? { kind: 'entities', ids, neighbours: values.neighbours }
    : values.query !== undefined
      ? { kind: 'saved-query', name: values.query, parameters }
      : { kind: 'whole-graph' };

  const { handle, config } = await openDatabase();
  try {
    const prepared = await prepareExport(handle.db, { scope, target }, config.api);
    if (prepared.unknownIds.length > 0)
      console.error(`atlas export: not in the graph, left out: ${prepared.unknownIds.join(', ')}`);
    if (!values.out) {
      await writeExport(prepared.chunks, process.stdout);
      return 0;
    }
    try {
      await writeExport(prepared.chunks, createWriteStream(values.out));
    } catch (error) {
      await rm(values.out, { force: true });
      throw error;
    }
    const { size } = await stat(values.out);
    console.error(`atlas export: ${values.out} written (${(size / 1024).toFixed(1)} KiB, ${target.format}).`);
    return 0;
  } catch (error) {
    // A saved query's unknown name or bad parameters, told as the API tells them.
    if (error instanceof ApiError && error.status < 500) {
      console.error(`atlas export: ${error.message}`);
      return 1;
    }
    if (error instanceof UnknownEntitiesError) {
      console.error(
        `atlas export: ${error.ids.length === 1 ? 'no entity has the id' : 'no entity has any of the ids'} ${error.ids.join(', ')}.`,
      );
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

/** `--params` as an object, or what is wrong with it. */
function parametersOf(json: string | undefined): Record<string, unknown> | string {
  if (json === undefined) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // told below
  }
  return `--params must be a JSON object of name → value, e.g. '{"country":"JP"}', not ${json}.`;
}

/** The format and part from the command line, or what is wrong with them. */
function targetOf(format: string, part: string | undefined): ExportTarget | string {
  if (!(exportFormats as readonly string[]).includes(format))
    return `--format must be one of ${exportFormats.join(', ')}, not "${format}".`;
  if (format === 'csv') {
    if (!part || !(csvParts as readonly string[]).includes(part))
      return '--format csv writes one table: add --part nodes or --part edges.';
    return { format: 'csv', part: part as CsvPart };
  }
  if (part !== undefined) return '--part is only for --format csv.';
  return { format: format as Exclude<ExportFormat, 'csv'> };
}

function usageError(message: string): number {
  console.error(`atlas export: ${message}\n\n${exportUsage}`);
  return 2;
}
