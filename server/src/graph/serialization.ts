/** graphology's serialisation: the one shape of every graph the API, the CLI and the exports hand out. */
export type EvidenceItem = {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  role?: string | null;
  count?: number | null;
};

export type SerializedNode = {
  key: string;
  attributes: { kind: string; name: string; aliases: string[]; wikidata?: string };
};
export type SerializedEdge = {
  key: string;
  source: string;
  target: string;
  attributes: { type: string; evidence: EvidenceItem[] };
};
export type SerializedGraph = {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
};
