import type { EntityKind } from '../model.js';
import type { Token } from '../text/tokens.js';
import type { ArticleState, Hit } from './article-state.js';
import { baseCue, isPlaceNoun, notNameWord, placePreposition, quantityWords } from './cues.js';
import type { Found, TitleAt } from './scan-sentence.js';
import {
  affiliationAfter,
  commaClosingTitlePhrase,
  countryAfterTitle,
  countryBefore,
  giveTitle,
  lastOfRun,
  organizationOf,
} from './title-affiliation.js';

/*
 * People the lexicon does not know: named after a title or in apposition to one, beside a person it knows, around a
 * known surname that turned out to be part of another name, and later by their bare surname.
 */

/**
 * "Li Xi", "Kim Yong Chol": a known surname inside an unknown name is part of someone else's name. Before it, a
 * name word not at the sentence's start and not itself introduced by an article or a country ("Nordkoreas
 * Machthaber Kim"); after a family name written first, a short given-name syllable ("Kim Yong", "Kim Yo-jong").
 * -1 when the surname with its syllable names a place after a place noun ("am Grenzbahnhof Dong Dang"): no person.
 */
export function inOtherName(hit: Found, found: Found[], tokens: Token[], state: ArticleState): number | undefined {
  const known = (at: number) => found.some((other) => other.from <= at && at < other.to && other.form !== 'surname');
  const before = hit.from - 1;
  if (
    before > 0 &&
    isNewNameWord(tokens[before], state) &&
    !state.lexicon.honorifics.has(tokens[before]!.text) &&
    !baseCue.test(tokens[before]!.text) &&
    // "in Berlin Kishidas Berater": a place (or another name of the lexicon) is no given name.
    !state.lexicon.names.wordMatch(tokens[before]!.text) &&
    !placePreposition.test(tokens[before - 1]!.text) &&
    // "43 Yen …": a word right after a number is what it counts.
    !startsWithDigit(tokens[before - 1]!.text) &&
    !known(before) &&
    !introducesNoun.test(tokens[before - 1]!.text) &&
    !found.some((other) => other.to === before)
  )
    return before;
  const after = tokens[hit.to];
  // The family name is written first in the name or in an alias ("Cai Yingwen" for Tsai Ing-wen).
  const first = `${tokens[hit.from]!.text} `;
  const familyFirst = (hit.alternatives ?? [hit.entity]).every(
    (person) => person.name.startsWith(first) || person.aliases.some((alias) => alias.startsWith(first)),
  );
  if (
    familyFirst &&
    isNewNameWord(after, state) &&
    !known(hit.to) &&
    (after!.text.length <= 5 || after!.text.includes('-'))
  )
    return before >= 0 && isPlaceNoun(tokens[before]!.text) ? -1 : hit.from;
  return undefined;
}

/** Words before a noun: a capitalised word after them is a noun ("der Republikaner Trump"), not a given name. */
const introducesNoun =
  /^(der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|sein|seine|seinem|seinen|seiner|seines|ihr|ihre|ihrem|ihren|ihrer|ihres|am|im|vom|zum|zur|beim|the|a|an|his|her|their|its)$/i;

/** A capitalised word of a name, also with a capital inside ("McCarthy", "LaCamera", "O'Brien") or a hyphen ("Won-sik"). */
const nameWord = /^\p{Lu}(?:\p{Ll}{0,2}['’]?\p{Lu})?[\p{Ll}'’]+(?:-\p{Ll}+)?$/u;

/**
 * People the lexicon does not know, announced by a title: "Verteidigungsminister Kihara Minoru",
 * "der Koordinator des Sicherheitsrates, John Kirby," (title, genitive phrase, comma, name) and
 * "Kurt Campbell, dem Koordinator …" (name, comma, article, title). Two or three capitalised words make a name.
 */
export function newPeopleAfterTitles(tokens: Token[], titles: TitleAt[], hits: Hit[], state: ArticleState): Hit[] {
  const people: Hit[] = [];
  if (titles.length === 0) return people;
  const isNameWord = (token: Token | undefined) => isNewNameWord(token, state);
  const nameAt = (at: number) => newPersonAt(tokens, at, [...hits, ...people], state);
  for (const title of titles) {
    let at = title.to;
    if (state.lexicon.honorifics.has(tokens[at]?.text ?? '')) at++;
    let person = nameAt(at);
    // "the US ambassador, Philip Goldberg, said", "his American counterpart, Linda Specht of the State Department":
    // the name in apposition right after the title, closed by a comma (or an affiliation, or the sentence's end).
    if (!person && tokens[at]?.text === ',') {
      person = newPersonAt(tokens, afterRanks(at + 1, tokens, titles, state), [...hits, ...people], state, (end) =>
        appositionEnd.test(tokens[end]?.text ?? ','),
      );
      if (person) giveAppositionTitle(person, title, tokens, hits);
    }
    // "der Koordinator des Sicherheitsrates, John Kirby,", "Japan's ambassador in Canberra, Shingo Yamagami,"
    // "Der Generalstabschef der philippinischen Streitkräfte, General Romeo Brawner,": a rank may open the name.
    if (!person && /^(des|der|von|vom|im|in|bei|beim|für|of|at|to|for)$/.test(tokens[at]?.text ?? '')) {
      const comma = commaClosingTitlePhrase(tokens, at);
      if (comma > 0)
        person = newPersonAt(
          tokens,
          afterRanks(comma + 1, tokens, titles, state),
          [...hits, ...people],
          state,
          (end) => (tokens[end]?.text ?? ',') === ',',
        );
      if (person) giveAppositionTitle(person, title, tokens, hits);
    }
    // "Minister for the Pacific Jane Roe", "Minister for Home Affairs John Doe": the portfolio's words, then the name.
    if (!person && /^(for|of)$/.test(tokens[at]?.text ?? '')) {
      let end = tokens[at + 1]?.text === 'the' ? at + 2 : at + 1;
      const start = end;
      while (end - start < 5 && isNameWord(tokens[end])) end++;
      if (end - start >= 3 && !isNameWord(tokens[end]) && tokens[end]?.text !== 'of') {
        person = newPersonAt(tokens, end - 2, [...hits, ...people], state);
        if (person) giveTitle(person, title, countryBefore(title.from, hits, tokens), undefined);
      }
    }
    // "Kurt Campbell, dem Koordinator …", and a bare title when its affiliation follows: "Max Muster, Sprecher des
    // Ministeriums, sagte".
    const comma = appositionComma(title, tokens, titles, hits);
    if (!person && comma > 0) {
      let start = comma;
      while (start > 0 && isNameWord(tokens[start - 1]) && comma - start < 3) start--;
      if (start < comma && !isNameWord(tokens[start - 1])) person = nameAt(start);
      if (person) {
        // "dem stellvertretenden Nationalen Sicherheitsberater Südkoreas": the office is the last title of the run.
        const office = lastOfRun(title, titles);
        giveTitle(person, office, countryAfterTitle(office.to, tokens, hits), organizationOf(office, tokens, hits));
        people.push(person);
        continue;
      }
    }
    if (person) people.push(person);
  }
  return people;
}

/**
 * The comma before a title in apposition after a name: ", dem Koordinator", ", the adviser"; or, with no article,
 * ", Sprecher des …" / ", Sprecher Japans" when the title's affiliation follows (else ", Außenminister Wang Yi" would
 * be one more item of a list). -1 if none.
 */
function appositionComma(title: TitleAt, tokens: Token[], titles: TitleAt[], hits: Hit[]): number {
  if (/^(dem|der|den|des|die|the)$/.test(tokens[title.from - 1]?.text ?? '') && tokens[title.from - 2]?.text === ',')
    return title.from - 2;
  if (tokens[title.from - 1]?.text !== ',') return -1;
  const after = lastOfRun(title, titles).to;
  const affiliated =
    /^(des|der|im|beim|of|for|at|,)$/.test(tokens[after]?.text ?? '') ||
    hits.some((hit) => hit.from === after && hit.kind === 'Country');
  return affiliated ? title.from - 1 : -1;
}

/** What may follow a name in apposition: "…, Philip Goldberg, said", "Linda Specht of the State Department". */
export const appositionEnd = /^(,|\.|;|of|from|aus|von|vom)$/;

/** Roles of the titles that are ranks ("General", "Admiral", "Colonel"), not offices. */
const rankRoles = new Set(['military-commander', 'military-officer', 'soldier']);

/** Past ranks and forms of address that open a name in apposition ("…, General Romeo Brawner,"). */
export function afterRanks(at: number, tokens: Token[], titles: TitleAt[], state: ArticleState): number {
  for (let step = 0; step < 2; step++) {
    const rank = titles.find((title) => title.from === at && rankRoles.has(title.role));
    if (rank) at = rank.to;
    else if (state.lexicon.honorifics.has(tokens[at]?.text ?? '')) at++;
    else break;
  }
  return at;
}

/**
 * The first title of an apposition gives the role and the country ("Der Generalstabschef der philippinischen
 * Streitkräfte, General …" is the Philippines'); the organisation may follow the name ("… of the State Department").
 */
export function giveAppositionTitle(person: Hit, title: TitleAt, tokens: Token[], hits: Hit[]): void {
  // "Ein Sprecher des Ostkommandos der chinesischen Armee, Li Wei,": else the country or the organisation of the
  // phrase between the title and the name (an organisation speaks for its country, see relationsOf).
  const inPhrase = (kind: EntityKind) =>
    hits.find((hit) => hit.kind === kind && hit.from >= title.to && hit.to < person.from)?.id;
  giveTitle(
    person,
    title,
    title.country ??
      countryBefore(title.from, hits, tokens) ??
      countryAfterTitle(title.to, tokens, hits) ??
      inPhrase('Country'),
    organizationOf(title, tokens, hits) ??
      affiliationAfter(person.to, tokens, hits, 'Organization') ??
      inPhrase('Organization'),
  );
  person.titleFixed = true;
}

/** A capitalised one-word title that can be a surname too (King, Kaiser, Bishop), unlike "Präsident". */
const surnameTitle = (token: Token | undefined) =>
  !!token && /^\p{Lu}\p{Ll}+$/u.test(token.text) && token.text.length <= 7;

export const isNewNameWord = (token: Token | undefined, state: ArticleState) =>
  !!token &&
  nameWord.test(token.text) &&
  !notNameWord.test(token.text) &&
  !quantityWords.has(token.text) &&
  !state.lexicon.titles.has(token.text);

const startsWithDigit = (text: string) => {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
};

/**
 * Two or three capitalised words at `at`, not part of any hit, as a person the lexicon does not know; `accept` may
 * turn the name down by where it ends. Only an accepted name becomes an entity.
 */
function newPersonAt(
  tokens: Token[],
  at: number,
  taken: Hit[],
  state: ArticleState,
  accept: (end: number) => boolean = () => true,
): Hit | undefined {
  if (taken.some((hit) => hit.from <= at && at < hit.to)) return undefined;
  let end = at;
  while (end - at < 3 && isNewNameWord(tokens[end], state) && !taken.some((hit) => hit.from === end)) end++;
  // "Gefreiter Travis King": a surname that is also a title ends a name when no name follows it.
  if (end - at === 1 && surnameTitle(tokens[end]) && state.lexicon.titles.has(tokens[end]!.text)) {
    if (!isNewNameWord(tokens[end + 1], state) && !state.lexicon.titles.has(tokens[end + 1]?.text ?? '')) end++;
  }
  if (end - at < 2 || !accept(end)) return undefined;
  const person = state.newEntityAt(tokens, at, end, 'Person');
  state.newSurnames.set(tokens[end - 1]!.text, person.id);
  return person;
}

/**
 * "unter Tony Abbott und Shinzo Abe", "Fumio Kishida and Jane Roe": a name coordinated with a person named in full
 * is a person too, when nothing capitalised runs on after it; "Camp David" and the like start with a base noun.
 */
export function newPeopleBesideKnown(tokens: Token[], hits: Hit[], state: ArticleState): Hit[] {
  const people: Hit[] = [];
  const endsName = (end: number) => !isNewNameWord(tokens[end], state);
  for (const person of hits) {
    if (person.kind !== 'Person' || person.to - person.from < 2) continue;
    const andAfter = andWord.test(tokens[person.to]?.text ?? '');
    const andBefore = andWord.test(tokens[person.from - 1]?.text ?? '');
    if (!andAfter && !andBefore) continue;
    const taken = [...hits, ...people];
    const after = tokens[person.to + 1];
    if (andAfter && after && !baseCue.test(after.text)) {
      const next = newPersonAt(tokens, person.to + 1, taken, state, endsName);
      if (next) people.push(next);
    }
    if (!andBefore) continue;
    for (const start of [person.from - 3, person.from - 4]) {
      if (start < 0 || isNewNameWord(tokens[start - 1], state) || baseCue.test(tokens[start]!.text)) continue;
      const before = newPersonAt(tokens, start, taken, state, (end) => end === person.from - 1);
      if (before) {
        people.push(before);
        break;
      }
    }
  }
  return people;
}

const andWord = /^(und|and|sowie)$/;

/** "Kims Vertrauter Kim Yong Chol": the unknown name a known surname turned out to be part of (see inOtherName). */
export function newPeopleAroundSurnames(tokens: Token[], starts: number[], hits: Hit[], state: ArticleState): Hit[] {
  const people: Hit[] = [];
  for (const start of starts) {
    const person = newPersonAt(tokens, start, [...hits, ...people], state);
    if (person) people.push(person);
  }
  return people;
}

/** "Max Mustermann … Mustermann sagte": a later bare surname (or its genitive) means the person introduced. */
export function surnamesOfNewPeople(tokens: Token[], hits: Hit[], state: ArticleState): Hit[] {
  const found: Hit[] = [];
  if (state.newSurnames.size === 0) return found;
  tokens.forEach((token, index) => {
    // The genitive: "Mustermanns".
    const id =
      state.newSurnames.get(token.text) ??
      (token.text.endsWith('s') ? state.newSurnames.get(token.text.slice(0, -1)) : undefined);
    if (!id || hits.some((hit) => hit.from <= index && index < hit.to)) return;
    found.push({ id, kind: 'Person', from: index, to: index + 1, start: token.start, end: token.end });
  });
  return found;
}
