import type { Token } from '../text/tokens.js';
import type { Hit } from './article-state.js';
import { isSigningWord } from './cues.js';

/*
 * Who meets whom in a meeting sentence: "A telefonierte mit X und mit Y", "A spoke with X and with Y" name two
 * separate partners of A, each in a phrase of its own; X and Y did not meet each other. Who signs: the people in
 * the clause of a signing word.
 */

/** The preposition opening a partner's own phrase. */
const partnerPreposition = new Set(['mit', 'with']);
/** Words that end the look back for it: another item of a list. */
const listWord = new Set(['und', 'and', 'sowie', ',', 'oder', 'or']);

/**
 * The index of the "mit"/"with" that opens a person's own phrase ("mit Japans Premierminister Shinzo Abe"), up to
 * five words (an article, a country, a title) before the name; -1 if a list word or another person comes first.
 */
function ownPreposition(person: Hit, tokens: Token[], hits: Hit[]): number {
  for (let at = person.from - 1; at >= 0 && at >= person.from - 6; at--) {
    const text = tokens[at]!.text;
    if (partnerPreposition.has(text)) return at;
    if (listWord.has(text) || hits.some((hit) => hit.kind === 'Person' && hit.from <= at && at < hit.to)) return -1;
  }
  return -1;
}

/** Whether two people are separate partners, each after a "mit"/"with" of their own, in a sentence of three or more. */
export function separatePartners(a: Hit, b: Hit, tokens: Token[], hits: Hit[], people: number): boolean {
  if (people < 3) return false;
  const first = ownPreposition(a, tokens, hits);
  const second = ownPreposition(b, tokens, hits);
  return first >= 0 && second >= 0 && first !== second;
}

/**
 * Whether nothing between two hits starts a new clause: a comma before a lowercase word ("…, which is considering a
 * third with the Philippines"; "…, die …"). A comma inside a list of names ("USA, Japan und Südkorea") does not.
 */
export function sameClause(tokens: Token[], a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  const [first, second] = a.from < b.from ? [a, b] : [b, a];
  for (let k = first.to; k < second.from; k++)
    if (tokens[k]!.text === ',' && lowercaseStart.test(tokens[k + 1]?.text ?? '')) return false;
  return true;
}

/** A module constant: the TypeScript loader builds a `\p{…}` pattern written inside a function on every call. */
export const lowercaseStart = /^\p{Ll}/u;

/** Pronouns that make a clause's subject the people named before: "…, wo sie eine Vereinbarung unterzeichneten". */
const subjectPronoun = new Set(['sie', 'er', 'wir', 'they', 'he', 'she', 'we']);

/**
 * The people of a signing sentence who sign: those in the clause of a signing word ("signed by Foreign Minister X and
 * his counterpart, Y"), not those of another clause ("…, a week after Canberra pleaded with Prime Minister Z"); all
 * of them when a pronoun stands for them in that clause. A clause ends at a comma before a lowercase word other than
 * the signing word itself ("von X und seinem Amtskollegen, Y, unterzeichnet").
 */
export function signers(people: Hit[], tokens: Token[]): Hit[] {
  const breakAt = (k: number, word: number) =>
    tokens[k]!.text === ',' &&
    k + 1 !== word &&
    lowercaseStart.test(tokens[k + 1]?.text ?? '') &&
    !listWord.has(tokens[k + 1]!.text) &&
    !listItemAfter(k, tokens, people);
  const chosen = new Set<Hit>();
  for (let word = 0; word < tokens.length; word++) {
    if (!isSigningWord(tokens[word]!.text)) continue;
    let from = word;
    while (from > 0 && !breakAt(from - 1, word)) from--;
    let to = word + 1;
    while (to < tokens.length && !breakAt(to, word)) to++;
    // "had been signed "recently" by Foreign Minister X": the agent after "by" signed, not who reported it.
    for (let k = word + 1; k < Math.min(to, word + 5); k++) if (tokens[k]!.text === 'by') from = k;
    for (let k = from; k < to; k++) if (subjectPronoun.has(tokens[k]!.text)) return people;
    for (const person of people) if (person.from >= from && person.to <= to) chosen.add(person);
  }
  return people.filter((person) => chosen.has(person));
}

/** Articles and possessives that open one more item of a list of people: "X, der britische Minister Y und …". */
const itemOpener = new Set([
  'der',
  'die',
  'dem',
  'den',
  'sein',
  'seine',
  'seinem',
  'ihr',
  'ihre',
  'ihrem',
  'the',
  'his',
  'her',
]);

/**
 * Whether the comma at `comma` opens one more person of a list rather than a clause: an article, at most one
 * lowercase word and capitalised words (a title) up to a person ("…, der britische Verteidigungsminister Grant Shapps").
 */
function listItemAfter(comma: number, tokens: Token[], people: Hit[]): boolean {
  if (!itemOpener.has(tokens[comma + 1]!.text)) return false;
  let at = comma + 2;
  if (lowercaseStart.test(tokens[at]?.text ?? '')) at++;
  for (; at < comma + 6 && at < tokens.length; at++) {
    if (people.some((person) => person.from === at)) return true;
    if (lowercaseStart.test(tokens[at]!.text)) return false;
  }
  return false;
}
