import type { EvidenceItem, SerializedEdge, SerializedNode } from '../graph/serialization.js';
import { entityKinds, relationTypes } from '../ingest/model.js';
import { cypherLiteral, cypherName, type CypherMap } from './cypher-literal.js';
import type { ExportChunks, ExportDescription, GraphPages } from './graph-pages.js';

/**
 * Rows per UNWIND statement. Neo4j parses and plans every statement of a script afresh, and that grows faster
 * than the statement: in a trial, 500-row statements took three times as long per row as 100-row ones, and
 * smaller ones gained nothing more.
 */
export const cypherBatchSize = 100;

/**
 * A script that rebuilds the exported graph in another Neo4j in the shape this one stores it, so that Alliance
 * Atlas pointed at that database reads back the same nodes and edges:
 *
 * 1. the schema (cypher/schema.cypher: uniqueness constraints, search index), idempotent;
 * 2. entities, `MERGE`d by id with the labels `Entity` and their kind;
 * 3. for the articles the evidence cites, `Article` nodes with the id, title, outlet and date the evidence shows
 *    (not the text: that stays with the source database);
 * 4. one relationship per claim, as ingest writes them: each edge's evidence item becomes a relationship
 *    `{article, sentence, start, end, quote, role?, count?}`, `MERGE`d on article and position.
 *
 * One relationship per claim (rather than one per edge with its evidence as JSON) is what keeps the round trip
 * exact: the ledger (articles, outlets, first and last report, contested) is recomputed from the claims on read,
 * exactly as for ingested data. Every statement is `MERGE`, so running the script twice changes nothing.
 * Values are literals (no parameters) so that `cypher-shell -f` and Neo4j Browser run it as is; each statement
 * ends with `;` at the end of a line and no literal holds a raw line break.
 */
export async function* cypherChunks(
  graph: GraphPages,
  about: ExportDescription,
  schema: readonly string[],
): ExportChunks {
  yield `// Alliance Atlas export: ${oneLine(about.description)}, ${oneLine(about.date)}.
// Recreates the graph in another Neo4j 5: cypher-shell -a neo4j://host:7687 -u neo4j -f this-file.cypher
// Each statement MERGEs, so running it again changes nothing.

// Schema (cypher/schema.cypher)
${schema.map((statement) => `${statement};\n`).join('')}CALL db.awaitIndexes(300);

// Entities
`;
  for await (const page of graph.nodes) yield entityStatements(page);
  yield '\n// Claims, one relationship per sentence of evidence, and the articles they cite\n';
  const writtenArticles = new Set<string>();
  for await (const page of graph.edges) yield articleStatements(page, writtenArticles) + claimStatements(page);
}

function entityStatements(nodes: SerializedNode[]): string {
  let statements = '';
  for (const [kind, ofKind] of groupBy(nodes, (node) => node.attributes.kind)) {
    const label = allowed(kind, entityKinds, 'entity kind');
    const rows = ofKind.map((node): CypherMap => ({
      id: node.key,
      name: node.attributes.name,
      aliases: node.attributes.aliases,
      wikidata: node.attributes.wikidata,
    }));
    for (const batch of batches(rows)) {
      statements += `${unwind(batch)}
MERGE (n:Entity {id: row.id})
SET n:${cypherName(label)}, n.kind = ${cypherLiteral(kind)}, n.name = row.name, n.aliases = row.aliases,
    n.wikidata = row.wikidata, n.searchText = reduce(text = row.name, alias IN row.aliases | text + ' | ' + alias);
`;
    }
  }
  return statements;
}

function articleStatements(edges: SerializedEdge[], written: Set<string>): string {
  const rows: CypherMap[] = [];
  for (const edge of edges) {
    for (const item of edge.attributes.evidence) {
      if (written.has(item.article)) continue;
      written.add(item.article);
      rows.push({ id: item.article, title: item.title, source: item.source, publishedAt: item.publishedAt });
    }
  }
  return batches(rows)
    .map(
      (batch) => `${unwind(batch)}
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.source = row.source, a.publishedAt = row.publishedAt;
`,
    )
    .join('');
}

function claimStatements(edges: SerializedEdge[]): string {
  let statements = '';
  for (const [type, ofType] of groupBy(edges, (edge) => edge.attributes.type)) {
    const relationship = cypherName(allowed(type, relationTypes, 'relation type'));
    const rows = ofType.flatMap((edge) => edge.attributes.evidence.map((item) => claimRow(edge, item)));
    for (const batch of batches(rows)) {
      statements += `${unwind(batch)}
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:${relationship} {article: row.article, sentence: row.sentence, start: row.start, end: row.end}]->(t)
SET r.quote = row.quote, r.role = row.role, r.count = row.count;
`;
    }
  }
  return statements;
}

function claimRow(edge: SerializedEdge, item: EvidenceItem): CypherMap {
  return {
    source: edge.source,
    target: edge.target,
    article: item.article,
    sentence: item.sentence,
    start: item.start,
    end: item.end,
    quote: item.quote,
    role: item.role ?? undefined,
    count: item.count ?? undefined,
  };
}

function unwind(rows: CypherMap[]): string {
  return `UNWIND [\n${rows.map((row) => `  ${cypherLiteral(row)}`).join(',\n')}\n] AS row`;
}

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += cypherBatchSize)
    result.push(rows.slice(start, start + cypherBatchSize));
  return result;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Labels and relationship types become part of the script's text, so only the model's own names may. */
function allowed<T extends string>(name: string, names: readonly T[], what: string): T {
  if (!(names as readonly string[]).includes(name))
    throw new Error(`${what} "${name}" is not one of ${names.join(', ')}`);
  return name as T;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
