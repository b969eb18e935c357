import { createHash } from 'node:crypto';
import { isDatabaseUnavailable } from '../db/availability.js';
import type { Database } from '../db/database.js';
import { detectLanguage } from './detect-language.js';
import { extractArticle } from './extract/extract-article.js';
import type { Lexicon } from './lexicon/lexicon.js';
import type { ArticleInput } from './read/article-input.js';
import { readArticles } from './read/read-articles.js';
import { cleanText } from './text/clean.js';
import { writeArticles, type ArticleRecord, type PreparedArticle, type WriteOutcome } from './write-article.js';

export type IngestFailure = { id: string; origin: string; error: string };

export type IngestSummary = {
  new: number;
  updated: number;
  unchanged: number;
  failed: IngestFailure[];
  entities: number;
  relations: number;
  articles: number;
  seconds: number;
};

export type IngestProgress = Omit<IngestSummary, 'failed'> & { failed: number; current: string };

/** The pure half of ingest: an article's text and metadata become the record and the extraction to write. */
export function prepareArticle(input: ArticleInput, lexicon: Lexicon): PreparedArticle {
  const { text } = cleanText(input.text);
  if (text.trim().length === 0) throw new Error('article has no text (empty, or only boilerplate)');
  const record: ArticleRecord = {
    id: input.id,
    title: input.title ?? titleFromText(text),
    source: input.source ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? detectLanguage(text),
    sha256: createHash('sha256')
      .update(JSON.stringify([input.title, input.source, input.url, input.publishedAt, text]))
      .digest('hex'),
    text,
  };
  const extraction = extractArticle(text, lexicon, {
    articleId: input.id,
    language: record.language,
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
  });
  return { record, extraction };
}

/** Longest title taken from an article's first line when its metadata has none. */
const titleLength = 200;

/**
 * An untitled article's first line as its title; a longer one is cut at the last word that fits, with an ellipsis,
 * so that no title ends in half a word ("… und ein neues Abk").
 */
export function titleFromText(text: string): string {
  const line = text.split('\n')[0]!.trim();
  if (line.length <= titleLength) return line;
  const cut = line.slice(0, titleLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > titleLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** Articles written per transaction; a failed batch is retried article by article. */
export const ingestBatchSize = 50;

/**
 * Reads, extracts and writes articles. Writes go in batches, one transaction each; when a batch fails, its
 * articles are written again one per transaction, so one bad article is reported and the others land. Two inputs
 * with the same id and different text in one run: the second fails.
 */
export async function ingestPaths(
  db: Database,
  lexicon: Lexicon,
  paths: string[],
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = {
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    entities: 0,
    relations: 0,
    articles: 0,
    seconds: 0,
  };
  const seen = new Map<string, string>();
  let batch: (PreparedArticle & { origin: string })[] = [];
  const report = (current: string) => {
    summary.seconds = (Date.now() - started) / 1000;
    onProgress({ ...summary, failed: summary.failed.length, current });
  };
  const count = (article: PreparedArticle, outcome: WriteOutcome) => {
    summary[outcome]++;
    if (outcome === 'unchanged') return;
    summary.entities += article.extraction.entities.length;
    summary.relations += article.extraction.relations.length;
  };
  // Once Neo4j is unreachable, the rest of the run is read and reported as not written, without a retry per
  // article; running the same input again later writes what is missing.
  let databaseLost: string | undefined;
  const notWritten = (written: typeof batch) => {
    for (const article of written) {
      summary.failed.push({
        id: article.record.id,
        origin: article.origin,
        error: `not written: the database became unreachable (${databaseLost})`,
      });
    }
  };
  const write = async (written: typeof batch) => {
    if (databaseLost) {
      notWritten(written);
      report(written[written.length - 1]!.record.id);
      return;
    }
    try {
      const outcomes = await writeArticles(db, written);
      written.forEach((article, index) => count(article, outcomes[index]!));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        databaseLost = firstLine(error);
        notWritten(written);
        report(written[written.length - 1]!.record.id);
        return;
      }
      for (const article of written) {
        try {
          count(article, (await writeArticles(db, [article]))[0]!);
        } catch (error) {
          summary.failed.push({ id: article.record.id, origin: article.origin, error: firstLine(error) });
        }
      }
    }
    report(written[written.length - 1]!.record.id);
  };
  // One batch is written while the next is read and extracted; never more, so memory stays bounded.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    if (batch.length === 0) return;
    const written = batch;
    batch = [];
    writing = write(written);
  };

  for await (const result of readArticles(paths)) {
    summary.articles++;
    if ('failure' in result) {
      summary.failed.push(result.failure);
      continue;
    }
    const input = result.article;
    try {
      const prepared = prepareArticle(input, lexicon);
      const earlier = seen.get(prepared.record.id);
      if (earlier !== undefined && earlier !== prepared.record.sha256) {
        throw new Error(
          `another input in this run has the id "${prepared.record.id}" with a different text; give one of them another id`,
        );
      }
      if (earlier !== undefined) {
        summary.unchanged++;
        continue;
      }
      seen.set(prepared.record.id, prepared.record.sha256);
      batch.push({ ...prepared, origin: input.origin });
    } catch (error) {
      summary.failed.push({ id: input.id, origin: input.origin, error: firstLine(error) });
    }
    if (batch.length >= ingestBatchSize) await flush();
  }
  await flush();
  await writing;
  summary.seconds = (Date.now() - started) / 1000;
  report('');
  return summary;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/** Empties the graph in batches (articles, entities, claims); the schema stays. */
export async function resetGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.connection.database });
  try {
    await session.run(
      'MATCH (n) WHERE n:Article OR n:Entity CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    );
  } finally {
    await session.close();
  }
}
