import type { EvidenceItem, Relation } from './api-types';

/** Relations grouped by type, the types in a fixed reading order and each group's strongest-sourced first. */
export function groupRelations(relations: readonly Relation[]): { type: string; relations: Relation[] }[] {
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) {
    const group = groups.get(relation.type) ?? [];
    group.push(relation);
    groups.set(relation.type, group);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, group]) => ({
      type,
      relations: group.sort((a, b) => b.outlets - a.outlets || a.other.name.localeCompare(b.other.name)),
    }));
}

/** "MET" → "met", "STATIONS_TROOPS_IN" → "stations troops in": how a relation reads in a sentence. */
export function readableType(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Dates as the sources give them (YYYY-MM-DD), "undated" when they give none. */
export function formatDate(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : 'undated';
}

/** Outlet and date of a claim, as one short line under its quote. */
export function sourceLine(item: EvidenceItem): string {
  return [item.source ?? 'unknown outlet', formatDate(item.publishedAt)].join(' · ');
}
