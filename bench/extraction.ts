import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../server/src/ingest/extract/extract-article.js';
import { loadLexicon } from '../server/src/ingest/lexicon/lexicon.js';
import { cleanText } from '../server/src/ingest/text/clean.js';
import { sampleCorpusDir } from '../server/src/cli/sample-corpus.js';

/** Extraction alone (clean, sentences, mentions, relations) on one core, over the sample articles repeated. */
export function benchExtraction(targetBytes = 10 * 1024 * 1024) {
  const lexicon = loadLexicon();
  const texts = readdirSync(sampleCorpusDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(sampleCorpusDir, file), 'utf8'));
  // Warm-up so the JIT has seen the code once.
  for (const text of texts) extractArticle(cleanText(text).text, lexicon, { articleId: 'warm' });
  let bytes = 0;
  let articles = 0;
  let relations = 0;
  const started = process.hrtime.bigint();
  while (bytes < targetBytes) {
    for (const text of texts) {
      const extraction = extractArticle(cleanText(text).text, lexicon, {
        articleId: `a${articles}`,
        publishedAt: '2024-07-28',
      });
      bytes += Buffer.byteLength(text);
      articles++;
      relations += extraction.relations.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    name: 'extraction',
    bytes,
    articles,
    relations,
    seconds: Number(seconds.toFixed(3)),
    megabytesPerSecond: Number((bytes / 1024 / 1024 / seconds).toFixed(2)),
    articlesPerSecond: Math.round(articles / seconds),
    target: { megabytesPerSecond: 5 },
  };
}
