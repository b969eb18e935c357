/**
 * The shapes the API answers with. Graph shapes come from the server's own serialisation module (type-only, so
 * nothing of the server is bundled); the rest mirrors the API contract of server/src/http/routes.
 */
import type {
  EdgeAttributes,
  EdgeLedger,
  EvidenceItem,
  NodeAttributes,
  SerializedGraph,
} from '../../../server/src/graph/serialization';

export type { EdgeAttributes, EdgeLedger, EvidenceItem, NodeAttributes, SerializedGraph };

export const entityKinds = ['Person', 'Country', 'Agreement', 'Base', 'Organization'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const relationTypes = [
  'REPRESENTS',
  'MET',
  'SIGNED',
  'PARTY_TO',
  'LOCATED_IN',
  'OPERATES',
  'STATIONS_TROOPS_IN',
] as const;
export type RelationType = (typeof relationTypes)[number];

export type EntityRef = { id: string; kind: string; name: string };

export type SearchResult = EntityRef & { aliases: string[]; score: number; matched?: string };
export type SearchAnswer = { query: string; results: SearchResult[] };

export type Relation = EdgeLedger & {
  key: string;
  type: string;
  direction: 'out' | 'in';
  other: EntityRef;
};

export type NodeAnswer = {
  node: EntityRef & { aliases: string[]; wikidata?: string };
  articles: number;
  counts: { type: string; direction: 'out' | 'in'; count: number }[];
  relations: Relation[];
  graph: SerializedGraph;
};

export type NeighbourCounts = { byKind: Record<string, number>; byType: Record<string, number> };
export type NeighboursAnswer = {
  graph: SerializedGraph | null;
  total: number;
  truncated: boolean;
  counts: NeighbourCounts;
};

export type PathHop = {
  source: string;
  target: string;
  type: string;
  edgeKey: string;
  statement: string;
  citation: string;
  evidence: EvidenceItem | null;
};
export type PathsAnswer = { paths: { nodes: string[]; hops: PathHop[] }[]; graph: SerializedGraph };

export type GraphAnswer = { graph: SerializedGraph; total: number; truncated: boolean };

export type ArticleSummary = {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  mentions?: number;
};
export type ArticlesAnswer = { articles: ArticleSummary[]; total: number };
export type ArticleAnswer = {
  article: ArticleSummary & { text: string };
  mentions: { entity: EntityRef; start: number; end: number }[];
};

export type QueryParameter = {
  name: string;
  type: string;
  default?: unknown;
  min?: number;
  max?: number;
  description?: string;
};
export type SavedQuery = {
  name: string;
  title: string;
  description: string;
  parameters: QueryParameter[];
  origin: string;
};
export type QueriesAnswer = { queries: SavedQuery[] };

export type QueryResult = {
  columns: string[];
  rows: unknown[][] | Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
  graph: SerializedGraph | null;
};
