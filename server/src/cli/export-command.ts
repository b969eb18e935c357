import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { wholeGraph } from '../graph/whole-graph.js';
import { openDatabase } from './open-database.js';

export const exportUsage = `Usage: atlas export --format json [--out FILE]

Writes the whole graph in graphology's serialisation (node attributes kind, name, aliases; edge attributes type,
evidence) to FILE, or to standard output.`;

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(exportUsage);
    return 0;
  }
  if (values.format !== 'json') {
    console.error(
      `atlas export: format "${values.format}" is not available from the command line yet; use --format json.`,
    );
    return 2;
  }
  const { handle } = await openDatabase();
  try {
    const graph = await wholeGraph(handle.db);
    const json = `${JSON.stringify(graph, null, 2)}\n`;
    if (values.out) {
      await writeFile(values.out, json);
      console.error(
        `atlas export: ${graph.nodes.length} nodes and ${graph.edges.length} edges written to ${values.out}`,
      );
    } else process.stdout.write(json);
    return 0;
  } finally {
    await handle.close();
  }
}
