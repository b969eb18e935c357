import type { Token } from '../text/tokens.js';
import type { Hit } from './article-state.js';
import { conjunction, definiteArticle, isBoundWord, isConcludingWord } from './cues.js';

/*
 * The parties of an agreement noun phrase that the sentence states around it: after the noun ("zwischen Japan und
 * Australien"), as the countries it binds ("… sind durch einen Vertrag verbunden") or in object-first German word
 * order ("Mit Japan hat Australien ein Abkommen geschlossen"). See agreementMentions.
 */

/** "… zwischen Japan und Australien", "… between Australia and Japan", "… with Britain": the parties after the noun. */
export function partiesAfter(tokens: Token[], to: number, hits: Hit[]): string[] {
  if (!/^(zwischen|between|mit|with)$/.test(tokens[to]?.text ?? '')) return [];
  return countriesFrom(tokens, to + 1, hits).parties;
}

/** "die USA, Japan und Südkorea": the countries of a list that begins at `at`, and where the list ends. */
function countriesFrom(tokens: Token[], at: number, hits: Hit[]): { parties: string[]; end: number } {
  const parties: string[] = [];
  let end = at;
  if (definiteArticle.test(tokens[at]?.text ?? '')) at++;
  for (;;) {
    const country = hits.find((hit) => hit.kind === 'Country' && hit.from === at && hit.form !== 'demonym');
    if (!country) break;
    if (!parties.includes(country.id)) parties.push(country.id);
    at = end = country.to;
    if (!conjunction.test(tokens[at]?.text ?? '')) break;
    at++;
    if (definiteArticle.test(tokens[at]?.text ?? '')) at++;
  }
  return { parties, end };
}

/** "Japan und die USA": the countries of a list that ends at `end` (exclusive), and where the list starts. */
function countriesUpTo(tokens: Token[], end: number, hits: Hit[]): { parties: string[]; start: number } {
  const parties: string[] = [];
  let at = end;
  let start = end;
  for (;;) {
    const country = hits.find((hit) => hit.kind === 'Country' && hit.to === at && hit.form !== 'demonym');
    if (!country) break;
    if (!parties.includes(country.id)) parties.unshift(country.id);
    at = start = country.from;
    if (definiteArticle.test(tokens[at - 1]?.text ?? '')) at = start = at - 1;
    if (!conjunction.test(tokens[at - 1]?.text ?? '')) break;
    at--;
  }
  return { parties, start };
}

/**
 * "Japan und die USA sind seit 1960 durch einen Sicherheitsvertrag verbunden", "Norway and Iceland are bound by a
 * treaty": "durch"/"by" before the noun phrase, the participle after it (German) or before "by" (English), and a
 * list of two countries or more as the subject, a few words before, in the same clause.
 */
export function boundParties(tokens: Token[], from: number, to: number, hits: Hit[]): string[] {
  let by = from - 1;
  while (by >= 0 && from - by <= 4 && tokens[by]!.text !== 'durch' && tokens[by]!.text !== 'by') {
    if (!lowercaseOrNumber.test(tokens[by]!.text)) return [];
    by--;
  }
  if (by < 0 || (tokens[by]!.text !== 'durch' && tokens[by]!.text !== 'by')) return [];
  let verb = -1;
  if (tokens[by]!.text === 'by') {
    // "bound by", "bound together by"
    for (let k = by - 1; k >= 0 && by - k <= 2 && verb < 0; k--) if (isBoundWord(tokens[k]!.text)) verb = k;
  } else {
    // "durch einen Vertrag (von 1960) (miteinander) verbunden"
    for (let k = to; k < tokens.length && k - to <= 6 && !clauseEnd.test(tokens[k]!.text) && verb < 0; k++)
      if (isBoundWord(tokens[k]!.text)) verb = k;
  }
  if (verb < 0) return [];
  // The subject ends a few words before: "sind", "sind seit 1960", "are", "have long been"; a partner may stand
  // between ("Japan ist seit 1960 mit den USA durch einen Vertrag verbunden").
  const before = tokens[by]!.text === 'by' ? Math.min(verb, by) : by;
  let partners: string[] = [];
  for (let k = before - 1; k >= 0 && before - k <= 8; k--) {
    if (hits.some((hit) => hit.kind === 'Country' && hit.to === k + 1)) {
      const list = countriesUpTo(tokens, k + 1, hits);
      if (partners.length === 0 && withWord.test(tokens[list.start - 1]?.text ?? '')) {
        partners = list.parties;
        k = list.start - 1;
        continue;
      }
      const parties = [...list.parties, ...partners.filter((id) => !list.parties.includes(id))];
      return parties.length >= 2 ? parties : [];
    }
    if (clauseEnd.test(tokens[k]!.text) || hits.some((hit) => hit.from <= k && k < hit.to)) return [];
  }
  return [];
}

const withWord = /^(mit|with)$/;

/** A lowercase word or a number between "durch"/"by" and the noun ("einen gemeinsamen", "the 1951"). */
const lowercaseOrNumber = /^(\p{Ll}+|\d+)$/u;
const clauseEnd = /^[,.;:]$/;
/** A finite verb: a lowercase word ("hat", "schloss", "vereinbarte"). */
const lowercaseWord = /^\p{Ll}+$/u;

/**
 * "Mit Japan hat Australien ein Abkommen geschlossen": German word order with the partner first ("Mit X"), then the
 * finite verb, then the subject, and the agreement a few words later in the same clause; both sides are parties. The
 * verb of concluding is the finite one ("Mit Japan schloss Australien …") or a participle after the noun.
 */
export function objectFirstParties(tokens: Token[], from: number, to: number, hits: Hit[]): string[] {
  if (tokens[0]?.text !== 'Mit') return [];
  const partners = countriesFrom(tokens, 1, hits);
  const finite = tokens[partners.end]?.text ?? '';
  if (partners.parties.length === 0 || !lowercaseWord.test(finite)) return [];
  const subjects = countriesFrom(tokens, partners.end + 1, hits);
  if (subjects.parties.length === 0 || subjects.end > from || from - subjects.end > 4) return [];
  for (let k = subjects.end; k < from; k++) if (clauseEnd.test(tokens[k]!.text)) return [];
  let concluded = isConcludingWord(finite);
  for (let k = to; k < tokens.length && !concluded && !clauseEnd.test(tokens[k]!.text); k++)
    concluded = isConcludingWord(tokens[k]!.text);
  if (!concluded) return [];
  return [...subjects.parties, ...partners.parties.filter((id) => !subjects.parties.includes(id))];
}
