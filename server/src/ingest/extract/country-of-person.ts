import { officesAt } from '../lexicon/lexicon.js';
import { startsUppercase, type Token } from '../text/tokens.js';
import type { ArticleState, Hit } from './article-state.js';
import { definiteArticle } from './cues.js';

/** The English possessive or the German genitive ending a country's name: "Australia's", "Japans", "Marcos'". */
const possessiveEnd = /(?:'s|’s|s|')$/;
const fromWord = /^(of|from|aus)$/;

/**
 * A country right before or after an untitled name says whom the person speaks for: "Australia's Jane Roe",
 * "Japans Kishida", "Jane Roe of the United States", "Max Muster aus Japan". The role is the person's office for that
 * country, if the lexicon knows one, else unspecified. Titles decide first (see attachTitles): only people without
 * a role get one here.
 */
export function countriesOfPeople(tokens: Token[], hits: Hit[], state: ArticleState): void {
  for (const person of hits) {
    if (person.kind !== 'Person' || person.role) continue;
    const before = hits.find(
      (hit) =>
        hit.kind === 'Country' &&
        hit.to === person.from &&
        hit.form === 'name' &&
        hit.to - hit.from === 1 &&
        possessiveEnd.test(tokens[hit.from]!.text) &&
        !state.lexicon.names.wordMatch(tokens[hit.from]!.text),
    );
    let country = before?.id;
    if (!country && fromWord.test(tokens[person.to]?.text ?? '')) {
      const at = definiteArticle.test(tokens[person.to + 1]?.text ?? '') ? person.to + 2 : person.to + 1;
      const after = hits.find((hit) => hit.kind === 'Country' && hit.from === at && hit.form === 'name');
      // "… of the United States' allies": a possessive country owns what follows, it is not the person's.
      if (after && !startsUppercase(tokens[after.to]?.text ?? '') && !possessed(tokens, after)) country = after.id;
    }
    if (!country) continue;
    const known = state.lexicon.entities.get(person.id);
    const office = known
      ? officesAt(known, state.context.publishedAt).find((each) => each.country === country)
      : undefined;
    person.role = office?.role ?? 'other';
    person.roleCountry = country;
  }
}

function possessed(tokens: Token[], country: Hit): boolean {
  return /(?:'s|’s|')$/.test(tokens[country.to - 1]!.text);
}
