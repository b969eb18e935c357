import { languageScore } from '../detect-language.js';
import type { KnownEntity, Language, Lexicon } from '../lexicon/lexicon.js';
import { officesAt } from '../lexicon/lexicon.js';
import type { EntityKind, Extraction } from '../model.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { slug } from '../text/slug.js';
import { startsUppercase, tokenizeRanges, type Token } from '../text/tokens.js';
import { agreementMentions, settleFreshAgreements } from './agreement-mentions.js';
import { ArticleState, type ArticleContext, type Hit } from './article-state.js';
import { baseCue, conjunction, notNameWord, placePreposition, quantityWords, sentenceCues } from './cues.js';
import { countriesOfPeople } from './country-of-person.js';
import { newBases } from './new-bases.js';
import { laterAbbreviations, newCompanies, newNamedOrganizations } from './new-organizations.js';
import { relationsOf } from './relations.js';
import { scanSentence, type Found, type SentenceScan, type TitleAt } from './scan-sentence.js';

export type { ArticleContext } from './article-state.js';
export { parseCount } from './relations.js';

/**
 * Text → entities, mentions and typed relations, each relation with the sentence that states it.
 * Pure: the lexicon and the text go in, plain data comes out.
 */
export function extractArticle(
  text: string,
  lexicon: Lexicon,
  context: ArticleContext,
): Extraction & { sentences: Sentence[] } {
  const sentences = splitSentences(text);
  const state = new ArticleState(lexicon, context);
  const tokenized = tokenizeRanges(text, sentences);
  const language = articleLanguage(context.language, tokenized);
  const scans = tokenized.map((tokens) => scanSentence(tokens, lexicon, language));
  // People named in full anywhere in the article are who their bare surnames mean.
  for (const scan of scans)
    for (const hit of scan.found)
      if (hit.entity.kind === 'Person' && hit.form === 'name') state.namedInFull.add(hit.entity.id);
  settleAgreements(scans, state);

  sentences.forEach((sentence, index) => {
    const scan = scans[index]!;
    state.sentence = index;
    const cues = sentenceCues(scan.tokens);
    const otherNames: number[] = [];
    const bases = newBases(scan.tokens, scan.found, cues, state);
    const hits = resolveHits(scan.found, scan.titles, scan.tokens, state, otherNames);
    hits.push(...bases);
    hits.push(...laterAbbreviations(scan.tokens, hits, state));
    hits.push(...newNamedOrganizations(scan.tokens, hits, text, cues, state));
    hits.push(...newCompanies(scan.tokens, hits, cues, state));
    // "the deal", "das Abkommen" may refer back to an agreement the lexicon named.
    for (const hit of hits) if (hit.kind === 'Agreement') state.lastAgreement = hit.id;
    hits.push(...newPeopleAfterTitles(scan.tokens, scan.titles, hits, state));
    hits.push(...newPeopleBesideKnown(scan.tokens, hits, state));
    hits.push(...newPeopleAroundSurnames(scan.tokens, otherNames, hits, state));
    hits.push(...surnamesOfNewPeople(scan.tokens, hits, state));
    const agreements = agreementMentions(scan.tokens, hits, state, text, cues);
    hits.push(...agreements.hits);
    hits.sort((a, b) => a.from - b.from || a.start - b.start);
    attachTitles(scan.tokens, scan.titles, hits, state);
    countriesOfPeople(scan.tokens, hits, state);
    for (const hit of hits) state.mention(hit, text, index);
    relationsOf(sentence, scan.tokens, hits, agreements.parties, state, cues);
  });
  settleFreshAgreements(state);
  return { ...state.result(), sentences };
}

/** The metadata's language if German or English; else the one the function words of the first 400 words suggest. */
function articleLanguage(given: string | undefined, sentences: Token[][]): Language | undefined {
  const code = given?.slice(0, 2).toLowerCase();
  if (code === 'de' || code === 'en') return code;
  if (given) return undefined;
  let score = 0;
  let count = 0;
  for (const tokens of sentences) {
    for (const token of tokens) score += languageScore(token.key ?? token.text);
    count += tokens.length;
    if (count >= 400) break;
  }
  return score >= 0 ? 'de' : 'en';
}

/**
 * An agreement's generic name ("the Reciprocal Access Agreement") in a sentence that names none of its parties
 * means the agreement, in force by the article's date, whose parties the article names most: of Japan's agreements
 * of that name, the one with Australia in an article about Australia. Unsettled ones are dropped. The agreements the
 * article names are kept: a described one ("a defence agreement between Australia and Japan") may be one of them.
 */
function settleAgreements(scans: SentenceScan[], state: ArticleState): void {
  const named = new Map<string, number>();
  for (const scan of scans)
    for (const hit of scan.found)
      if (hit.form !== 'weak' && hit.form !== 'surname') named.set(hit.entity.id, (named.get(hit.entity.id) ?? 0) + 1);
  const date = state.context.publishedAt;
  const salience = (entry: KnownEntity) => Math.min(...entry.countries.map((id) => named.get(id) ?? 0));
  for (const scan of scans) {
    scan.found = scan.found.filter((hit) => {
      if (!hit.unsettled) return true;
      const candidates = (hit.alternatives ?? [])
        .filter((entry) => entry.countries.length > 0 && (!date || !entry.signed || entry.signed <= date))
        .map((entry) => ({ entry, salience: salience(entry) }))
        .filter((candidate) => candidate.salience > 0)
        .sort((a, b) => b.salience - a.salience);
      if (candidates.length === 0 || candidates[0]!.salience === candidates[1]?.salience) return false;
      hit.entity = candidates[0]!.entry;
      hit.unsettled = false;
      return true;
    });
    for (const hit of scan.found) if (hit.entity.kind === 'Agreement') state.articleAgreements.add(hit.entity.id);
  }
}

function resolveHits(
  found: Found[],
  titles: TitleAt[],
  tokens: Token[],
  state: ArticleState,
  otherNames: number[],
): Hit[] {
  const hits: Hit[] = [];
  for (const hit of found) {
    let entity: KnownEntity | undefined = hit.entity;
    const otherName = hit.form === 'surname' ? inOtherName(hit, found, tokens, state) : undefined;
    if (otherName !== undefined) {
      otherNames.push(otherName);
      continue;
    }
    if (hit.form === 'surname') entity = resolveSurname(hit, titles, tokens, state);
    if (!entity) continue;
    state.entity(entity.id, entity.kind, entity.name, entity);
    hits.push({
      id: entity.id,
      kind: entity.kind,
      from: hit.from,
      to: hit.to,
      start: hit.start,
      end: hit.end,
      form: hit.form,
    });
  }
  return hits;
}

/**
 * "Li Xi", "Kim Yong Chol": a known surname inside an unknown name is part of someone else's name. Before it, a
 * name word not at the sentence's start and not itself introduced by an article or a country ("Nordkoreas
 * Machthaber Kim"); after a family name written first, a short given-name syllable ("Kim Yong", "Kim Yo-jong").
 */
function inOtherName(hit: Found, found: Found[], tokens: Token[], state: ArticleState): number | undefined {
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
  const familyFirst = (hit.alternatives ?? [hit.entity]).every((person) =>
    person.name.startsWith(`${tokens[hit.from]!.text} `),
  );
  if (
    familyFirst &&
    isNewNameWord(after, state) &&
    !known(hit.to) &&
    (after!.text.length <= 5 || after!.text.includes('-'))
  )
    return hit.from;
  return undefined;
}

/** Words before a noun: a capitalised word after them is a noun ("der Republikaner Trump"), not a given name. */
const introducesNoun =
  /^(der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|the|a|an|his|her|their|its)$/i;

/** One- and two-letter surnames that are everyday words ("An", "Oh", "So", "No"): never a person on their own. */
const wordSurnames = new Set([
  'An',
  'Am',
  'Im',
  'In',
  'Do',
  'So',
  'No',
  'Oh',
  'Um',
  'Go',
  'Ha',
  'Ho',
  'Da',
  'Du',
  'Ab',
]);

/** A bare surname means the person named in full in this article; else the one in office then, if only one is. */
function resolveSurname(hit: Found, titles: TitleAt[], tokens: Token[], state: ArticleState): KnownEntity | undefined {
  const people = hit.alternatives ?? [hit.entity];
  const named = people.filter((person) => state.namedInFull.has(person.id));
  // A surname of one or two letters ("Xi", "Li") is a person only named in full in the article or after a title.
  const short = hit.end - hit.start <= 2;
  if (
    short &&
    (wordSurnames.has(tokens[hit.from]!.text) || (named.length === 0 && !titles.some((t) => t.to === hit.from)))
  )
    return undefined;
  if (named.length === 1) return named[0];
  const inOffice = people.filter((person) => officesAt(person, state.context.publishedAt).length > 0);
  const titled = titles.some(
    (title) =>
      title.to === hit.from ||
      (title.to < hit.from &&
        hit.from - title.to <= 3 &&
        tokens.slice(title.to, hit.from).every((t) => conjunction.test(t.text) || startsUppercase(t.text))),
  );
  // "spokesperson Lin Jian": after a title, a surname followed by another name word begins someone else's name.
  const directlyTitled = titles.some((title) => title.to === hit.from);
  if (directlyTitled && isNewNameWord(tokens[hit.to], state) && !named.length) return undefined;
  if (inOffice.length === 1 && (titled || people.length === 1)) return inOffice[0];
  return undefined;
}

/** A capitalised word of a name, also with a capital inside ("McCarthy", "LaCamera", "O'Brien") or a hyphen ("Won-sik"). */
const nameWord = /^\p{Lu}(?:\p{Ll}{0,2}['’]?\p{Lu})?[\p{Ll}'’]+(?:-\p{Ll}+)?$/u;

/**
 * People the lexicon does not know, announced by a title: "Verteidigungsminister Kihara Minoru",
 * "der Koordinator des Sicherheitsrates, John Kirby," (title, genitive phrase, comma, name) and
 * "Kurt Campbell, dem Koordinator …" (name, comma, article, title). Two or three capitalised words make a name.
 */
function newPeopleAfterTitles(tokens: Token[], titles: TitleAt[], hits: Hit[], state: ArticleState): Hit[] {
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
      const comma = tokens.findIndex((token, k) => k > at && k <= at + 5 && token.text === ',');
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
  if (/^(dem|der|den|des|the)$/.test(tokens[title.from - 1]?.text ?? '') && tokens[title.from - 2]?.text === ',')
    return title.from - 2;
  if (tokens[title.from - 1]?.text !== ',') return -1;
  const after = lastOfRun(title, titles).to;
  const affiliated =
    /^(des|der|im|beim|of|for|at|,)$/.test(tokens[after]?.text ?? '') ||
    hits.some((hit) => hit.from === after && hit.kind === 'Country');
  return affiliated ? title.from - 1 : -1;
}

/** What may follow a name in apposition: "…, Philip Goldberg, said", "Linda Specht of the State Department". */
const appositionEnd = /^(,|\.|;|of|from|aus|von|vom)$/;

/** Roles of the titles that are ranks ("General", "Admiral", "Colonel"), not offices. */
const rankRoles = new Set(['military-commander', 'military-officer', 'soldier']);

/** Past ranks and forms of address that open a name in apposition ("…, General Romeo Brawner,"). */
function afterRanks(at: number, tokens: Token[], titles: TitleAt[], state: ArticleState): number {
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
function giveAppositionTitle(person: Hit, title: TitleAt, tokens: Token[], hits: Hit[]): void {
  // "Ein Sprecher des Ostkommandos der chinesischen Armee, Li Wei,": else the country or the organisation of the
  // phrase between the title and the name (an organisation speaks for its country, see relationsOf).
  const inPhrase = (kind: EntityKind) =>
    hits.find((hit) => hit.kind === kind && hit.from >= title.to && hit.to < person.from)?.id;
  giveTitle(
    person,
    title,
    title.country ??
      countryBefore(title.from, hits) ??
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

const isNewNameWord = (token: Token | undefined, state: ArticleState) =>
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
  const name = tokens
    .slice(at, end)
    .map((token) => token.text)
    .join(' ');
  const id = slug(name);
  state.entity(id, 'Person', name);
  state.newSurnames.set(tokens[end - 1]!.text, id);
  return { id, kind: 'Person', from: at, to: end, start: tokens[at]!.start, end: tokens[end - 1]!.end };
}

/**
 * "unter Tony Abbott und Shinzo Abe", "Fumio Kishida and Jane Roe": a name coordinated with a person named in full
 * is a person too, when nothing capitalised runs on after it; "Camp David" and the like start with a base noun.
 */
function newPeopleBesideKnown(tokens: Token[], hits: Hit[], state: ArticleState): Hit[] {
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
function newPeopleAroundSurnames(tokens: Token[], starts: number[], hits: Hit[], state: ArticleState): Hit[] {
  const people: Hit[] = [];
  for (const start of starts) {
    const person = newPersonAt(tokens, start, [...hits, ...people], state);
    if (person) people.push(person);
  }
  return people;
}

/** "Max Mustermann … Mustermann sagte": a later bare surname (or its genitive) means the person introduced. */
function surnamesOfNewPeople(tokens: Token[], hits: Hit[], state: ArticleState): Hit[] {
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

/** Office titles before a person (or a list of people) give the role, and the country when the title has one. */
function attachTitles(tokens: Token[], titles: TitleAt[], hits: Hit[], state: ArticleState): void {
  for (const title of titles) {
    const country = title.country ?? countryBefore(title.from, hits) ?? countryAfterTitle(title.to, tokens, hits);
    let at = title.to;
    if (state.lexicon.honorifics.has(tokens[at]?.text ?? '')) at++;
    if (tokens[at]?.text === ',') {
      // "South Korea's foreign minister, Cho Tae-yul, and …": a known person in apposition.
      const start = afterRanks(at + 1, tokens, titles, state);
      const person = hits.find((hit) => hit.from === start && hit.kind === 'Person');
      if (person && !person.role && appositionEnd.test(tokens[person.to]?.text ?? ','))
        giveAppositionTitle(person, title, tokens, hits);
      continue;
    }
    const people = [];
    for (let next = hits.find((hit) => hit.from === at && hit.kind === 'Person'); next;) {
      people.push(next);
      let after = next.to;
      if (tokens[after]?.text === ',' && tokens[after + 1] && conjunction.test(tokens[after + 1]!.text)) after++;
      if (!tokens[after] || !conjunction.test(tokens[after]!.text) || tokens[after]!.text === ',') break;
      next = hits.find((hit) => hit.from === after + 1 && hit.kind === 'Person');
    }
    const organization = organizationOf(title, tokens, hits);
    // "US President Donald Trump and Lee Jae-myung": a later name whose offices the lexicon places elsewhere is not
    // under the same title; "die Minister Austin und Kihara" still share theirs.
    const elsewhere = (person: Hit) => {
      const known = state.lexicon.entities.get(person.id);
      const offices = known ? officesAt(known, state.context.publishedAt) : [];
      return !!country && offices.length > 0 && !offices.some((office) => office.country === country);
    };
    people.forEach((person, k) => {
      if (person.titleFixed) return;
      if (k === 0 || !elsewhere(person)) giveTitle(person, title, country, organization);
    });
  }
  // "Kim Tae-hyo, dem stellvertretenden Nationalen Sicherheitsberater Südkoreas,": a title after a name, in apposition.
  for (const title of titles) {
    if (title.role === 'deputy') continue;
    let k = title.from - 1;
    while (
      k >= 0 &&
      title.from - k <= 2 &&
      /^\p{Ll}+$/u.test(tokens[k]!.text) &&
      !appositionArticle.test(tokens[k]!.text)
    )
      k--;
    if (!appositionArticle.test(tokens[k]?.text ?? '') || tokens[k - 1]?.text !== ',') continue;
    const person = hits.find((hit) => hit.kind === 'Person' && hit.to === k - 1);
    if (!person || person.role) continue;
    const country = title.country ?? countryAfterTitle(title.to, tokens, hits);
    giveTitle(person, title, country, organizationOf(title, tokens, hits));
  }
  // "ihren Gegenpart aus Südkorea, Shin Won-sik": a counterpart title with a country, then the name after a comma.
  for (const title of titles) {
    const country = countryAfterTitle(title.to, tokens, hits);
    if (!country) continue;
    const countryHit = hits.find((hit) => hit.id === country && hit.from > title.to - 1);
    if (!countryHit || tokens[countryHit.to]?.text !== ',') continue;
    const person = hits.find((hit) => hit.from === countryHit.to + 1 && hit.kind === 'Person');
    if (person && !person.role) {
      person.role = title.role;
      person.roleCountry = country;
    }
  }
}

const appositionArticle = /^(dem|der|den|des|einem|einer|eines|the|a|an)$/;

/** The last of the titles that follow one another from `title` on ("stellvertretenden" + "Sicherheitsberater"). */
function lastOfRun(title: TitleAt, titles: TitleAt[]): TitleAt {
  let last = title;
  for (let next = titles.find((t) => t.from === last.to); next; next = titles.find((t) => t.from === last.to))
    last = next;
  return last;
}

function giveTitle(person: Hit, title: TitleAt, country: string | undefined, organization: string | undefined): void {
  person.role = title.role;
  if (country) person.roleCountry = country;
  if (organization) person.roleOrganization = organization;
}

/** "Koordinator des Nationalen Sicherheitsrates", "Chinese Foreign Ministry spokesperson": whose office a title is. */
function organizationOf(title: TitleAt, tokens: Token[], hits: Hit[]): string | undefined {
  return (
    title.organization ??
    affiliationAfter(title.to, tokens, hits, 'Organization') ??
    hits.find((hit) => hit.kind === 'Organization' && hit.to === title.from)?.id
  );
}

function countryBefore(at: number, hits: Hit[]): string | undefined {
  // "die japanische Außenministerin", "Japans Premierminister", "der südkoreanische Amtskollege"
  const hit = hits.find((candidate) => candidate.kind === 'Country' && candidate.to === at);
  return hit?.id;
}

function countryAfterTitle(at: number, tokens: Token[], hits: Hit[]): string | undefined {
  return affiliationAfter(at, tokens, hits, 'Country');
}

/** "Gegenpart aus Südkorea", "Koordinator des Nationalen Sicherheitsrates": what a title belongs to. */
function affiliationAfter(at: number, tokens: Token[], hits: Hit[], kind: EntityKind): string | undefined {
  // "Gegenpart aus Südkorea", "Außenminister der USA", "Secretary of State of the United States",
  // "Koordinator im Nationalen Sicherheitsrat" (up to 2 words between)
  for (let gap = 0; gap <= 2; gap++) {
    const hit = hits.find((candidate) => candidate.kind === kind && candidate.from === at + gap);
    if (hit && tokens.slice(at, at + gap).every((token) => affiliationWord.test(token.text))) return hit.id;
  }
  return undefined;
}

const affiliationWord = /^(aus|der|des|von|vom|im|beim|of|the|from|at)$/i;
