import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { sampleCorpusDir } from '../../server/src/cli/sample-corpus.js';
import { cleanText } from '../../server/src/ingest/text/clean.js';
import { splitSentences } from '../../server/src/ingest/text/sentences.js';

/**
 * Writes a JSONL corpus of `count` articles, each a seeded shuffle of sample-corpus sentences, line by line:
 * realistic text for the extractor at any volume.
 */
export async function generateCorpus(file: string, count: number, idPrefix = 'bench'): Promise<void> {
  const sentences = readdirSync(sampleCorpusDir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      splitSentences(cleanText(readFileSync(join(sampleCorpusDir, name), 'utf8')).text).map((s) => s.text),
    );
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: 20 }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    const line = `${JSON.stringify({ id: `${idPrefix}-${i}`, text, source: `Outlet ${i % 7}`, publishedAt: '2024-07-28', language: 'de' })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
