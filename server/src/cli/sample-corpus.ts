import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { ingestPaths } from '../ingest/ingest.js';
import { loadLexicon } from '../ingest/lexicon/lexicon.js';
import type { Logger } from '../logger.js';
import { dataDir } from '../paths.js';

export const sampleCorpusDir = join(dataDir, 'corpus');

/** The sample corpus goes into an empty database only; an existing graph is never touched. */
export async function loadSampleCorpusIfEmpty(db: Database, logger: Logger, lexiconDir?: string): Promise<void> {
  const result = await db.read<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
  const articles = result.records[0]?.get('articles') ?? 0;
  if (articles > 0) {
    logger.info({ articles }, 'database holds articles; sample corpus not loaded');
    return;
  }
  logger.info({ corpus: sampleCorpusDir }, 'database is empty: loading the sample corpus');
  const lexicon = loadLexicon(lexiconDir ? [lexiconDir] : []);
  const summary = await ingestPaths(db, lexicon, [sampleCorpusDir]);
  logger.info(
    {
      new: summary.new,
      failed: summary.failed,
      entities: summary.entities,
      relations: summary.relations,
      seconds: summary.seconds,
    },
    'sample corpus loaded',
  );
}
