import { foldDiacritics } from '../../server/src/ingest/text/slug.js';
import type { Extraction } from '../../server/src/ingest/model.js';

export type GoldEntity = { type: string; id: string; name: string; mentions: string[]; optional?: boolean };
export type GoldRelation = { type: string; source: string; target: string; optional?: boolean; count?: number };
export type GoldArticle = { article: string; entities: GoldEntity[]; relations: GoldRelation[] };

export type Tally = {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  missed: string[];
  spurious: string[];
};
export type Score = { entities: Record<string, Tally>; relations: Record<string, Tally>; splits: string[] };

const key = (text: string) =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Compares an extraction with a gold annotation. A gold entity matches a predicted one of the same kind with the
 * same id, the same name, or a surface form in common that no other gold entity of the article has; optional gold
 * items count neither way. A gold entity matched by two predicted nodes is a split.
 */
export function scoreArticle(gold: GoldArticle, predicted: Extraction, score: Score): void {
  const surfaces = new Map<string, Set<string>>();
  for (const mention of predicted.mentions) {
    const set = surfaces.get(mention.entityId) ?? new Set<string>();
    set.add(key(mention.surface));
    surfaces.set(mention.entityId, set);
  }
  // A form several gold entities share ("Vereinbarung" for two agreements) tells neither apart: it matches none.
  const formOwners = new Map<string, number>();
  for (const entity of gold.entities)
    for (const form of new Set([entity.name, ...entity.mentions].map(key)))
      formOwners.set(form, (formOwners.get(form) ?? 0) + 1);
  const goldToPredicted = new Map<string, string[]>();
  const matchedPredicted = new Set<string>();
  for (const entity of gold.entities) {
    const forms = new Set([entity.name, ...entity.mentions].map(key).filter((form) => formOwners.get(form) === 1));
    const matches = predicted.entities.filter(
      (candidate) =>
        candidate.kind === entity.type &&
        (candidate.id === entity.id ||
          forms.has(key(candidate.name)) ||
          [...(surfaces.get(candidate.id) ?? [])].some((form) => forms.has(form))),
    );
    goldToPredicted.set(
      entity.id,
      matches.map((match) => match.id),
    );
    for (const match of matches) matchedPredicted.add(match.id);
    const tally = (score.entities[entity.type] ??= empty());
    if (entity.optional) continue;
    if (matches.length > 0) tally.truePositives++;
    else {
      tally.falseNegatives++;
      tally.missed.push(`${gold.article}: ${entity.name}`);
    }
    if (matches.length > 1)
      score.splits.push(`${gold.article}: ${entity.name} → ${matches.map((match) => match.id).join(', ')}`);
  }
  for (const candidate of predicted.entities) {
    if (matchedPredicted.has(candidate.id)) continue;
    const tally = (score.entities[candidate.kind] ??= empty());
    tally.falsePositives++;
    tally.spurious.push(`${gold.article}: ${candidate.name} (${candidate.id})`);
  }

  const predictedOf = (goldId: string) => goldToPredicted.get(goldId) ?? [];
  const relationMatches = (relation: GoldRelation) =>
    predicted.relations.filter((candidate) => {
      if (candidate.type !== relation.type) return false;
      const forward =
        predictedOf(relation.source).includes(candidate.source) &&
        predictedOf(relation.target).includes(candidate.target);
      const backward =
        predictedOf(relation.source).includes(candidate.target) &&
        predictedOf(relation.target).includes(candidate.source);
      return forward || (relation.type === 'MET' && backward);
    });
  const used = new Set<object>();
  for (const relation of gold.relations) {
    const matches = relationMatches(relation);
    for (const match of matches) used.add(match);
    if (relation.optional) continue;
    const tally = (score.relations[relation.type] ??= empty());
    if (matches.length > 0) tally.truePositives++;
    else {
      tally.falseNegatives++;
      tally.missed.push(`${gold.article}: ${relation.source} ${relation.type} ${relation.target}`);
    }
  }
  const seen = new Set<string>();
  for (const relation of predicted.relations) {
    const id = `${relation.type}|${relation.source}|${relation.target}`;
    if (used.has(relation) || seen.has(id)) continue;
    seen.add(id);
    if (predicted.relations.some((other) => used.has(other) && `${other.type}|${other.source}|${other.target}` === id))
      continue;
    const tally = (score.relations[relation.type] ??= empty());
    tally.falsePositives++;
    tally.spurious.push(`${gold.article}: ${relation.source} ${relation.type} ${relation.target}`);
  }
}

export function empty(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], spurious: [] };
}

export function precision(tally: Tally): number {
  const predicted = tally.truePositives + tally.falsePositives;
  return predicted === 0 ? 1 : tally.truePositives / predicted;
}

export function recall(tally: Tally): number {
  const gold = tally.truePositives + tally.falseNegatives;
  return gold === 0 ? 1 : tally.truePositives / gold;
}
