import { fold, umlautVariants } from './fold.js';

/** The longest search string worth sending to Lucene; more only slows it down. */
const maxTerms = 8;

/**
 * A Lucene query for the full-text index from what a user typed: every word folded to plain lower-case letters
 * and digits (so no Lucene syntax from the user survives), then matched exactly, as a prefix (autocomplete) and,
 * for words long enough not to match everything, with edit distance (typos). Exact matches weigh most.
 */
export function luceneQuery(text: string): string | undefined {
  const terms = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxTerms);
  if (terms.length === 0) return undefined;
  return terms
    .map((term) => {
      const clauses = [`${term}^4`, `${term}*^2`];
      for (const variant of umlautVariants(term)) {
        if (variant.length >= 4) clauses.push(`${variant}~${variant.length >= 7 ? 2 : 1}`);
      }
      return `(${clauses.join(' OR ')})`;
    })
    .join(' AND ');
}
