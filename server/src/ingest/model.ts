/** The plain data that flows from extraction to the writer. Labels and relation types come from these lists only. */
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

/** Relations that read the same both ways (A met B is B met A). */
export const symmetricTypes: ReadonlySet<RelationType> = new Set(['MET']);

export type Entity = {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  wikidata?: string;
};

export type Mention = {
  entityId: string;
  start: number;
  end: number;
  surface: string;
  sentence: number;
};

export type Evidence = { sentence: number; start: number; end: number; text: string };

export type Relation = {
  type: RelationType;
  source: string;
  target: string;
  role?: string;
  count?: number;
  evidence: Evidence;
};

export type Extraction = {
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
};
