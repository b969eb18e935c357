import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';

/** The sample corpus goes into an empty database only; an existing graph is never touched. */
export async function loadSampleCorpusIfEmpty(db: Database, logger: Logger): Promise<void> {
  const result = await db.read<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
  const articles = result.records[0]?.get('articles') ?? 0;
  if (articles > 0) {
    logger.info({ articles }, 'database holds articles; sample corpus not loaded');
    return;
  }
  logger.warn('the database is empty and the article loader is not built yet; nothing was loaded');
}
