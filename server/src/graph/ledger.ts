import type { EdgeLedger, EvidenceItem } from './serialization.js';

/**
 * A claim as read from a relationship (one sentence of one article) with its article's title, outlet and date:
 * the shape of an evidence item, except that a claim may carry null role and count, which items leave out.
 */
export type Claim = EvidenceItem;

/** The evidence of one edge, oldest report first, with its summary: how many articles and outlets, when, agreed or not. */
export function ledgerOf(claims: Claim[]): EdgeLedger {
  return ledgerOfEvidence(claims.map(evidenceItem));
}

/** A claim as an evidence item: nulls for an unknown title, outlet or date; role and count only where given. */
function evidenceItem(claim: Claim): EvidenceItem {
  const item: EvidenceItem = {
    article: claim.article,
    title: claim.title ?? null,
    source: claim.source ?? null,
    publishedAt: claim.publishedAt ?? null,
    sentence: claim.sentence,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
  };
  if (claim.role != null) item.role = claim.role;
  if (claim.count != null) item.count = claim.count;
  return item;
}

/**
 * `ledgerOf` for claims already made evidence items (see `evidenceItem`), which it sorts in place. Most edges of
 * a large graph rest on one claim; theirs is summarised without the sorting and the sets.
 */
export function ledgerOfEvidence(evidence: EvidenceItem[]): EdgeLedger {
  if (evidence.length === 1) {
    const { publishedAt } = evidence[0]!;
    return {
      evidence,
      articles: 1,
      outlets: 1,
      firstReported: publishedAt || null,
      lastReported: publishedAt || null,
      contested: false,
    };
  }
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
