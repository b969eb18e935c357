import { loadConfig } from '../config.js';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ingestPaths, resetGraph, type IngestProgress, type IngestSummary } from '../ingest/ingest.js';
import { loadLexicon } from '../ingest/lexicon/lexicon.js';
import { openDatabase } from './open-database.js';

export const ingestUsage = `Usage: atlas ingest <file or folder>… [--reset] [--lexicon DIR]

Reads .txt, .md (YAML front matter), .html and .jsonl articles and writes them into the graph.
  --reset         empty the graph first
  --lexicon DIR   also load the lexicon files (*.yaml) in DIR (default: $ATLAS_LEXICON_DIR)
Exit code 0 when every article was written or unchanged, 1 when any failed.`;

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean', default: false },
      lexicon: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(ingestUsage);
    return values.help ? 0 : 2;
  }
  const lexiconDir = values.lexicon ?? loadConfig().lexiconDir;
  const lexicon = loadLexicon(lexiconDir ? [lexiconDir] : []);
  const { handle } = await openDatabase();
  try {
    if (values.reset) {
      await resetGraph(handle.db);
      console.error('atlas ingest: graph emptied (--reset)');
    }
    const summary = await ingestPaths(handle.db, lexicon, positionals, progressReporter());
    printSummary(summary);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

function progressReporter(): (progress: IngestProgress) => void {
  if (!process.stderr.isTTY) {
    let last = 0;
    return (progress) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      console.error(
        `atlas ingest: ${progress.articles} articles, ${progress.entities} entities, ${progress.relations} relations, ${rate(progress)} articles/s`,
      );
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value} articles | {entities} entities | {relations} relations | {rate} articles/s | {current}',
      stream: process.stderr,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return (progress) => {
    if (!started) {
      bar.start(0, 0, {});
      started = true;
    }
    bar.setTotal(progress.articles);
    bar.update(progress.articles, {
      entities: progress.entities,
      relations: progress.relations,
      rate: rate(progress),
      current: progress.current.slice(0, 40),
    });
    if (progress.current === '') bar.stop();
  };
}

function rate(progress: { articles: number; seconds: number }): string {
  return progress.seconds > 0 ? (progress.articles / progress.seconds).toFixed(1) : '–';
}

export function printSummary(summary: IngestSummary): void {
  console.log(
    `ingested ${summary.articles} articles in ${summary.seconds.toFixed(1)} s: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed; ${summary.entities} entities and ${summary.relations} relations written`,
  );
  for (const failure of summary.failed) console.log(`  failed ${failure.id} (${failure.origin}): ${failure.error}`);
}
