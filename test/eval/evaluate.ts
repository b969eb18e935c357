import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../server/src/ingest/extract/extract-article.js';
import { loadLexicon } from '../../server/src/ingest/lexicon/lexicon.js';
import { cleanText } from '../../server/src/ingest/text/clean.js';
import { dataDir, projectRoot } from '../../server/src/paths.js';
import { empty, precision, recall, scoreArticle, type GoldArticle, type Score, type Tally } from './score.js';

/**
 * `npm run eval`: extraction of an article set against its gold annotation. `--set sample` (the default) is the sample
 * corpus of data/corpus/ with test/fixtures/gold/; `--set heldout` to `heldout5` are test/fixtures/<set>/,
 * articles written and annotated before the rules ever ran on them. `--details` lists every miss and every spurious item.
 */
export type ArticleSet = { goldDir: string; articlesDir: string; manifest: string };

/** A held-out set: test/fixtures/<name>/ with articles/, gold/ and manifest.json. */
function heldoutSet(name: string): ArticleSet {
  const folder = join(projectRoot, 'test', 'fixtures', name);
  return {
    goldDir: join(folder, 'gold'),
    articlesDir: join(folder, 'articles'),
    manifest: join(folder, 'manifest.json'),
  };
}

export const articleSets: Record<string, ArticleSet> = {
  sample: {
    goldDir: join(projectRoot, 'test', 'fixtures', 'gold'),
    articlesDir: join(dataDir, 'corpus'),
    manifest: join(dataDir, 'corpus', 'manifest.json'),
  },
  heldout: heldoutSet('heldout'),
  heldout2: heldoutSet('heldout2'),
  heldout3: heldoutSet('heldout3'),
  heldout4: heldoutSet('heldout4'),
  heldout5: heldoutSet('heldout5'),
};

export function evaluate(set: ArticleSet = articleSets.sample!, verbose = false): Score {
  const lexicon = loadLexicon();
  const manifest = JSON.parse(readFileSync(set.manifest, 'utf8')) as {
    articles: { file: string; publishedAt?: string }[];
  };
  const score: Score = { entities: {}, relations: {}, splits: [] };
  for (const file of readdirSync(set.goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(set.goldDir, file), 'utf8')) as GoldArticle;
    const meta = manifest.articles.find((article) => article.file === `${gold.article}.txt`);
    const text = cleanText(readFileSync(join(set.articlesDir, `${gold.article}.txt`), 'utf8')).text;
    const extraction = extractArticle(text, lexicon, {
      articleId: gold.article,
      ...(meta?.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    });
    scoreArticle(gold, extraction, score);
  }
  if (verbose) print(score);
  return score;
}

function line(name: string, tally: Tally): string {
  return `${name.padEnd(20)} P ${precision(tally).toFixed(2)}  R ${recall(tally).toFixed(2)}  (tp ${tally.truePositives}, fp ${tally.falsePositives}, fn ${tally.falseNegatives})`;
}

function print(score: Score): void {
  const total = (group: Record<string, Tally>) =>
    Object.values(group).reduce((sum, tally) => {
      sum.truePositives += tally.truePositives;
      sum.falsePositives += tally.falsePositives;
      sum.falseNegatives += tally.falseNegatives;
      return sum;
    }, empty());
  console.log('Entities');
  for (const [kind, tally] of Object.entries(score.entities).sort()) console.log(`  ${line(kind, tally)}`);
  console.log(`  ${line('all', total(score.entities))}`);
  console.log('Relations');
  for (const [type, tally] of Object.entries(score.relations).sort()) console.log(`  ${line(type, tally)}`);
  console.log(`  ${line('all', total(score.relations))}`);
  console.log(`Split entities: ${score.splits.length}`);
  if (process.argv.includes('--details')) {
    for (const [name, tally] of [...Object.entries(score.entities), ...Object.entries(score.relations)]) {
      for (const missed of tally.missed) console.log(`  missed   ${name}: ${missed}`);
      for (const spurious of tally.spurious) console.log(`  spurious ${name}: ${spurious}`);
    }
    for (const split of score.splits) console.log(`  split ${split}`);
  }
}

/** The value of `--set name` or `--set=name`. */
function setName(argv: string[]): string {
  const at = argv.findIndex((arg) => arg === '--set' || arg.startsWith('--set='));
  if (at < 0) return 'sample';
  return argv[at]!.includes('=') ? argv[at]!.slice('--set='.length) : (argv[at + 1] ?? '');
}

if (process.argv[1]?.endsWith('evaluate.ts')) {
  const name = setName(process.argv);
  const set = articleSets[name];
  if (!set) {
    console.error(`Unknown article set "${name}"; use one of: ${Object.keys(articleSets).join(', ')}.`);
    process.exit(2);
  }
  console.log(`Article set: ${name}`);
  evaluate(set, true);
}
