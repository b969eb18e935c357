import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../server/src/ingest/extract/extract-article.js';
import { loadLexicon, type Lexicon } from '../server/src/ingest/lexicon/lexicon.js';
import { cleanText } from '../server/src/ingest/text/clean.js';
import { sampleCorpusDir } from '../server/src/cli/sample-corpus.js';

/** Extraction alone (clean, sentences, mentions, relations) on one core, over the sample articles repeated. */
export function benchExtraction(targetBytes = 10 * 1024 * 1024) {
  const lexicon = loadLexicon();
  const texts = readdirSync(sampleCorpusDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(sampleCorpusDir, file), 'utf8'));
  // Warm-up: a megabyte, so that the JIT has compiled the hot code before the clock runs; an ingest of a corpus
  // spends nearly all its time in that steady state.
  extractionPass(texts, lexicon, 1024 * 1024);
  // Three passes, reported by their median: on a shared machine one pass can be slowed by a neighbour.
  const passes = [0, 1, 2].map(() => extractionPass(texts, lexicon, targetBytes));
  const median = [...passes].sort((a, b) => a.seconds - b.seconds)[1]!;
  return {
    name: 'extraction',
    bytes: median.bytes,
    articles: median.articles,
    relations: median.relations,
    seconds: Number(median.seconds.toFixed(3)),
    megabytesPerSecond: Number((median.bytes / 1024 / 1024 / median.seconds).toFixed(2)),
    articlesPerSecond: Math.round(median.articles / median.seconds),
    passesMegabytesPerSecond: passes.map((pass) => Number((pass.bytes / 1024 / 1024 / pass.seconds).toFixed(2))),
    cpuReferenceMs: cpuReferenceMs(),
    target: { megabytesPerSecond: 5 },
  };
}

function extractionPass(texts: string[], lexicon: Lexicon, targetBytes: number) {
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
  return { bytes, articles, relations, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * Milliseconds for a fixed integer loop (300 million multiply-xor steps): how fast this machine's core was during
 * the run, so that figures from different runs (and machines) can be set side by side.
 */
export function cpuReferenceMs(): number {
  const started = process.hrtime.bigint();
  let hash = 0x811c9dc5;
  for (let step = 0; step < 3e8; step++) hash = Math.imul(hash ^ (step & 255), 0x01000193);
  if (hash === 0.5) console.log(hash); // keeps the loop from being optimised away
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}
