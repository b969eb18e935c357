import { ConfigError } from '../config.js';
import { LocalNeo4jError } from '../db/local-neo4j.js';
import { dbStart } from './db-start.js';
import { exportCommand } from './export-command.js';
import { ingestCommand } from './ingest-command.js';
import { LexiconError } from '../ingest/lexicon/load-lexicon.js';
import { serve } from './serve.js';

const usage = `Usage: atlas <command>

Commands:
  serve        start the API and web app (the local Neo4j too, unless NEO4J_URI is set)
  db start     start only the local Neo4j and keep it running until Ctrl-C
  ingest       read articles into the graph (atlas ingest --help)
  export       write the graph to a file (atlas export --help)
  help         show this text

Configuration comes from environment variables; see README.md.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: () => serve(),
  ingest: ingestCommand,
  export: exportCommand,
  db: async (args) => {
    if (args[0] === 'start') return dbStart();
    console.error(`atlas db: unknown subcommand ${args[0] ?? '(none)'}; try \`atlas db start\`.`);
    return 2;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`atlas: unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof LexiconError) {
      console.error(`atlas ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
