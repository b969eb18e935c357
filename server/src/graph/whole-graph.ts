import { allRecords, type Database } from '../db/database.js';
import { ledgerOfEvidence } from './ledger.js';
import { toEdge, typePattern, type ClaimFilter } from './read-graph.js';
import {
  graphOptions,
  type EvidenceItem,
  type NodeAttributes,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from './serialization.js';

/** How many ids one query of a scoped read (a list of entities) takes. */
export const pageSize = 2_000;

/**
 * Entities per page of the whole graph, for their own rows and for the edges leaving them; these bound the memory
 * of one read. Each query costs Neo4j about 12 ms whatever its size (transaction, round trips): reading 100,000
 * entities' rows took 1.2 s wall and 1.1–1.4 CPU s of Neo4j's in pages of 2,000, 0.7–0.8 s and 0.8–0.9 s in pages
 * of 10,000. Edge pages stay at 2,000 entities (about 10,000 claims): 5,000 saved Neo4j about half a CPU second
 * per export in trials but added some 120 MB to this process's peak memory, and no wall time that could be told
 * from the machine's noise.
 */
const nodePageSize = 10_000;
const edgePageSize = 2_000;

type NodeRow = { id: string; kind: string; name: string; aliases: string[] | null; wikidata: string | null };

/**
 * The whole graph's entities, page by page, in id order. Each page is one query that both pages and reads, with
 * plain columns: the driver decodes nested maps markedly slower, and a whole-graph export decodes every entity.
 */
export function wholeGraphNodes(db: Database): AsyncGenerator<SerializedNode[]> {
  return readAhead(
    (async function* () {
      let after = '';
      for (;;) {
        const result = await db.read<NodeRow>(
          `MATCH (n:Entity) WHERE n.id > $after
           RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata
           ORDER BY id LIMIT toInteger($size)`,
          { after, size: nodePageSize },
          { timeoutMs: 60_000, fetchSize: allRecords },
        );
        const nodes = result.records.map((record): SerializedNode => {
          const wikidata = record.get('wikidata');
          const attributes: NodeAttributes = {
            kind: record.get('kind'),
            name: record.get('name'),
            aliases: record.get('aliases') ?? [],
          };
          if (wikidata != null) attributes.wikidata = wikidata;
          return { key: record.get('id'), attributes };
        });
        if (nodes.length === 0) return;
        yield nodes;
        if (nodes.length < nodePageSize) return;
        after = nodes[nodes.length - 1]!.key;
      }
    })(),
  );
}

/**
 * The whole graph's edges, page by page (by source entity), each with its evidence ledger: the same edges as
 * `readEdgesFrom` over every page, read faster for exports of the whole graph. Claims come back as lists rather
 * than maps, and the title, outlet and date of their articles are read once per export and kept (an article is
 * cited by many claims) instead of joined onto every claim; the next page is read while this one is written.
 */
export function wholeGraphEdges(db: Database, filter: ClaimFilter = {}): AsyncGenerator<SerializedEdge[]> {
  const articles = new ArticleMetaCache(db);
  return readAhead(
    (async function* () {
      let after = '';
      for (;;) {
        const page = await readEdgePage(db, after, filter, articles);
        if (page.edges.length > 0) yield page.edges;
        if (page.last === null) return;
        after = page.last;
      }
    })(),
  );
}

/** A claim as the page query lists it: type, target, article, sentence, start, end, quote, role, count. */
type ClaimList = [string, string, string, number, number, number, string, string | null, number | null];

/**
 * One page of edges: the next `edgePageSize` entities after `after` in id order, each with its claims listed in one
 * pattern comprehension and grouped into edges here rather than by an aggregation in Neo4j, which in trials cost
 * the server more CPU than the reads themselves. The page is one index range scan (no list of ids sent back and
 * forth), and `properties(r)` reads a relationship's properties in one pass where `r.article, r.sentence, …` walk
 * them once each; picking the values from that map inside the query keeps the answer lists, which the driver
 * decodes faster than maps. Both together took 30–45 % less of the server's CPU in trials. Records come in one
 * PULL (`allRecords`): with the driver's batches of 1,000, Neo4j stopped half-way through each page until the
 * next PULL came back. `last` is the page's last entity, or null after the last page.
 */
async function readEdgePage(
  db: Database,
  after: string,
  filter: ClaimFilter,
  articles: ArticleMetaCache,
): Promise<{ edges: SerializedEdge[]; last: string | null }> {
  const result = await db.read<{ source: string; claims: ClaimList[] }>(
    `MATCH (s:Entity) WHERE s.id > $after
     WITH s ORDER BY s.id LIMIT toInteger($size)
     RETURN s.id AS source,
            [claim IN [(s)-[r${typePattern(filter.types)}]->(t:Entity) WHERE $articles IS NULL OR r.article IN $articles |
                       [type(r), t.id, properties(r)]] |
             [claim[0], claim[1], claim[2].article, claim[2].sentence, claim[2].start, claim[2].end, claim[2].quote,
              claim[2].role, claim[2].count]] AS claims`,
    { after, size: edgePageSize, articles: filter.articles ?? null },
    { timeoutMs: 60_000, fetchSize: allRecords },
  );
  const { records } = result;
  const cited = new Set<string>();
  for (const record of records) for (const claim of record.get('claims')) cited.add(claim[2]);
  const meta = await articles.of(cited);
  const edges: SerializedEdge[] = [];
  // Edges leave one source each, so grouping by type and target within the source is enough; one map serves all.
  const bySource = new Map<string, { type: string; target: string; evidence: EvidenceItem[] }>();
  for (const record of records) {
    const source = record.get('source');
    bySource.clear();
    for (const claim of record.get('claims')) {
      const [type, target, article] = claim;
      const key = `${type}\u0000${target}`;
      let edge = bySource.get(key);
      if (!edge) bySource.set(key, (edge = { type, target, evidence: [] }));
      const { title, source: outlet, publishedAt } = meta.get(article) ?? noMeta;
      const item: EvidenceItem = {
        article,
        title,
        source: outlet,
        publishedAt,
        sentence: claim[3],
        start: claim[4],
        end: claim[5],
        quote: claim[6],
      };
      if (claim[7] != null) item.role = claim[7];
      if (claim[8] != null) item.count = claim[8];
      edge.evidence.push(item);
    }
    for (const { type, target, evidence } of bySource.values()) {
      edges.push(toEdge(type, source, target, ledgerOfEvidence(evidence)));
    }
  }
  const last = records.length < edgePageSize ? null : records[records.length - 1]!.get('source');
  return { edges, last };
}

type ArticleMeta = { title: string | null; source: string | null; publishedAt: string | null };
const noMeta: ArticleMeta = { title: null, source: null, publishedAt: null };

/**
 * Title, outlet and date of the articles claims cite, read in one query per page for the ids not seen yet.
 * Bounded: past `limit` articles it starts afresh, so a corpus of millions costs re-reads, not memory.
 */
class ArticleMetaCache {
  private readonly known = new Map<string, ArticleMeta>();

  constructor(
    private readonly db: Database,
    private readonly limit = 200_000,
  ) {}

  async of(ids: ReadonlySet<string>): Promise<Map<string, ArticleMeta>> {
    const wanted = [...ids];
    let missing = wanted.filter((id) => !this.known.has(id));
    if (missing.length === 0) return this.known;
    if (this.known.size + missing.length > this.limit) {
      this.known.clear();
      missing = wanted;
    }
    const result = await this.db.read<{
      id: string;
      title: string | null;
      source: string | null;
      publishedAt: string | null;
    }>(
      `UNWIND $ids AS id
       MATCH (a:Article {id: id})
       RETURN id, a.title AS title, a.source AS source, a.publishedAt AS publishedAt`,
      { ids: missing },
      { timeoutMs: 60_000, fetchSize: allRecords },
    );
    for (const record of result.records) {
      this.known.set(record.get('id'), {
        title: record.get('title'),
        source: record.get('source'),
        publishedAt: record.get('publishedAt'),
      });
    }
    return this.known;
  }
}

/**
 * Pages from `pages`, with the next one already being read while the caller handles this one: Neo4j works on
 * page n+1 while this process formats page n. At most one page waits ahead.
 */
async function* readAhead<T>(pages: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = pages.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = pages.next();
      yield current.value;
    }
  } finally {
    // The caller stopped early (an aborted download): let the page in flight settle quietly, then close.
    next.catch(() => undefined);
    await pages.return(undefined);
  }
}

/**
 * The whole graph in memory: every entity, and one edge per (type, source, target) carrying all the claims
 * (evidence) that state it. Articles and mentions are sources, not nodes of the network.
 */
export async function wholeGraph(db: Database): Promise<SerializedGraph> {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  for await (const page of wholeGraphNodes(db)) nodes.push(...page);
  for await (const page of wholeGraphEdges(db)) edges.push(...page);
  return { attributes: { name: 'Alliance Atlas' }, options: { ...graphOptions }, nodes, edges };
}
