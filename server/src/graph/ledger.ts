import type { Database } from '../db/database.js';
import type { EdgeLedger, EvidenceItem } from './serialization.js';

/** A claim as stored on a relationship: one sentence of one article. */
export type Claim = {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  role?: string | null;
  count?: number | null;
};

export type ArticleMeta = { title: string | null; source: string | null; publishedAt: string | null };

/** Title, outlet and date of each article named by the claims, in one query. */
export async function readArticleMeta(db: Database, claims: Iterable<Claim>): Promise<Map<string, ArticleMeta>> {
  const ids = new Set<string>();
  for (const claim of claims) ids.add(claim.article);
  const meta = new Map<string, ArticleMeta>();
  if (ids.size === 0) return meta;
  const result = await db.read<{ id: string; meta: ArticleMeta }>(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})
     RETURN id, {title: a.title, source: a.source, publishedAt: a.publishedAt} AS meta`,
    { ids: [...ids] },
  );
  for (const record of result.records) meta.set(record.get('id'), record.get('meta'));
  return meta;
}

/** The evidence of one edge, oldest report first, with its summary: how many articles and outlets, when, agreed or not. */
export function ledgerOf(claims: Claim[], articles: Map<string, ArticleMeta>): EdgeLedger {
  const evidence: EvidenceItem[] = claims.map((claim) => {
    const meta = articles.get(claim.article);
    const item: EvidenceItem = {
      article: claim.article,
      title: meta?.title ?? null,
      source: meta?.source ?? null,
      publishedAt: meta?.publishedAt ?? null,
      sentence: claim.sentence,
      start: claim.start,
      end: claim.end,
      quote: claim.quote,
    };
    if (claim.role != null) item.role = claim.role;
    if (claim.count != null) item.count = claim.count;
    return item;
  });
  evidence.sort(
    (a, b) =>
      compareDates(a.publishedAt, b.publishedAt) || a.article.localeCompare(b.article) || a.sentence - b.sentence,
  );

  const articleIds = new Set<string>();
  const outlets = new Set<string>();
  const counts = new Set<number>();
  let firstReported: string | null = null;
  let lastReported: string | null = null;
  for (const item of evidence) {
    articleIds.add(item.article);
    outlets.add(item.source ?? `article:${item.article}`);
    if (item.count != null) counts.add(item.count);
    if (item.publishedAt) {
      if (!firstReported || item.publishedAt < firstReported) firstReported = item.publishedAt;
      if (!lastReported || item.publishedAt > lastReported) lastReported = item.publishedAt;
    }
  }
  return {
    evidence,
    articles: articleIds.size,
    outlets: outlets.size,
    firstReported,
    lastReported,
    contested: counts.size > 1,
  };
}

/** Undated reports sort last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
