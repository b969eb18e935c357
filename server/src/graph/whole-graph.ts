import type { Database } from '../db/database.js';
import type { EvidenceItem, SerializedGraph, SerializedNode } from './serialization.js';

/**
 * The whole graph: every entity, and one edge per (type, source, target) carrying all the claims (evidence) that
 * state it. Articles and mentions are sources, not nodes of the network.
 */
export async function wholeGraph(db: Database): Promise<SerializedGraph> {
  const nodes = await db.read<{ node: SerializedNode }>(
    `MATCH (n:Entity)
     RETURN {key: n.id, attributes: {kind: n.kind, name: n.name, aliases: coalesce(n.aliases, []), wikidata: n.wikidata}} AS node
     ORDER BY n.id`,
    {},
    { timeoutMs: 120_000 },
  );
  const edges = await db.read<{ type: string; source: string; target: string; evidence: EvidenceItem[] }>(
    `MATCH (s:Entity)-[r]->(t:Entity)
     WITH type(r) AS type, s.id AS source, t.id AS target,
          collect({article: r.article, sentence: r.sentence, start: r.start, end: r.end, quote: r.quote, role: r.role, count: r.count}) AS evidence
     RETURN type, source, target, evidence
     ORDER BY source, type, target`,
    {},
    { timeoutMs: 120_000 },
  );
  return {
    attributes: { name: 'Alliance Atlas' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodes.records.map((record) => {
      const node = record.get('node');
      if (node.attributes.wikidata == null) delete node.attributes.wikidata;
      return node;
    }),
    edges: edges.records.map((record) => ({
      key: `${record.get('type')}:${record.get('source')}->${record.get('target')}`,
      source: record.get('source'),
      target: record.get('target'),
      attributes: { type: record.get('type'), evidence: record.get('evidence') },
    })),
  };
}
