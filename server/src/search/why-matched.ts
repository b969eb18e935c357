import { distance } from 'fastest-levenshtein';
import { fold } from './fold.js';

/**
 * Which of an entity's names the query most likely meant, for the "matched: …" line of a search result:
 * a name containing the query wins, then the one closest in edit distance to the query or to one of its words.
 */
export function whyMatched(query: string, names: readonly string[]): string | undefined {
  const folded = fold(query).trim();
  if (!folded || names.length === 0) return undefined;
  let best: { name: string; score: number } | undefined;
  for (const name of names) {
    const candidate = fold(name);
    let score: number;
    if (candidate === folded) score = 0;
    else if (candidate.startsWith(folded)) score = 1;
    else if (candidate.includes(folded)) score = 2;
    else {
      const words = candidate.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const nearest = Math.min(distance(candidate, folded), ...words.map((word) => distance(word, folded)));
      // Ties go to the name closest as a whole, so "kishda" shows "Kishida" rather than "Fumio Kishida".
      score = 3 + nearest + distance(candidate, folded) / 1000;
    }
    if (!best || score < best.score) best = { name, score };
  }
  return best?.name;
}
