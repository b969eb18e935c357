/** graphology's serialisation: the one shape of every graph the API, the CLI and the exports hand out. */

/** One claim: the sentence of one article that states a relation, with where it stands in the article's text. */
export type EvidenceItem = {
  article: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  role?: string | null;
  count?: number | null;
};

/**
 * What the sources say about one edge: every supporting sentence and a summary of them. `contested` is set when
 * sources disagree on the same claim, e.g. one article's 55,000 soldiers against another's 54,000.
 */
export type EdgeLedger = {
  evidence: EvidenceItem[];
  articles: number;
  outlets: number;
  firstReported: string | null;
  lastReported: string | null;
  contested: boolean;
};

export type NodeAttributes = { kind: string; name: string; aliases: string[]; wikidata?: string };
export type EdgeAttributes = { type: string } & EdgeLedger;

export type SerializedNode = { key: string; attributes: NodeAttributes };
export type SerializedEdge = { key: string; source: string; target: string; attributes: EdgeAttributes };
export type SerializedGraph = {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
};

export const graphOptions = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** Edge keys are stable across answers, so the client can merge subgraphs from several requests. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
