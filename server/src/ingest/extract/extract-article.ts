import { languageOfWords } from '../detect-language.js';
import type { KnownEntity, Language, Lexicon } from '../lexicon/lexicon.js';
import { officesAt } from '../lexicon/lexicon.js';
import type { Extraction } from '../model.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { startsUppercase, tokenizeRanges, type Token } from '../text/tokens.js';
import { agreementMentions, settleFreshAgreements } from './agreement-mentions.js';
import { ArticleState, type ArticleContext, type Hit } from './article-state.js';
import { conjunction, sentenceCues } from './cues.js';
import { countriesOfPeople } from './country-of-person.js';
import { newBases } from './new-bases.js';
import {
  afterRanks,
  appositionEnd,
  giveAppositionTitle,
  inOtherName,
  isNewNameWord,
  newPeopleAfterTitles,
  newPeopleAroundSurnames,
  newPeopleBesideKnown,
  surnamesOfNewPeople,
} from './new-people.js';
import { laterAbbreviations, newCompanies, newNamedOrganizations } from './new-organizations.js';
import { relationsOf } from './relations.js';
import { scanSentence, type Found, type SentenceScan, type TitleAt } from './scan-sentence.js';
import {
  commaClosingTitlePhrase,
  countryAfterTitle,
  countryBefore,
  giveTitle,
  organizationOf,
} from './title-affiliation.js';

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
  return languageOfWords(firstWords(sentences, 400));
}

/** The words of the first sentences, up to the end of the sentence that passes `count` words. */
function* firstWords(sentences: Token[][], count: number): Generator<string> {
  let seen = 0;
  for (const tokens of sentences) {
    for (const token of tokens) yield token.key ?? token.text;
    seen += tokens.length;
    if (seen >= count) return;
  }
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
      if (otherName >= 0) otherNames.push(otherName);
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
  // "General Campbell": a rank names someone with a military office, not a civilian of the same surname.
  const rank = titles.find((title) => title.to === hit.from && militaryRoles.has(title.role));
  if (rank && !inOffice.some((person) => person.offices.some((office) => militaryRoles.has(office.role))))
    return undefined;
  if (inOffice.length === 1 && (titled || people.length === 1)) return inOffice[0];
  return undefined;
}

const militaryRoles = new Set(['military-commander', 'military-officer', 'soldier', 'chief-of-defence']);

/** Office titles before a person (or a list of people) give the role, and the country when the title has one. */
function attachTitles(tokens: Token[], titles: TitleAt[], hits: Hit[], state: ArticleState): void {
  for (const title of titles) {
    const country =
      title.country ?? countryBefore(title.from, hits, tokens) ?? countryAfterTitle(title.to, tokens, hits);
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
  // "der Sprecher des chinesischen Außenministeriums, Wang Wenbin.": a known person after the title's phrase and a comma.
  for (const title of titles) {
    if (!titlePhraseOpener.test(tokens[title.to]?.text ?? '')) continue;
    const comma = commaClosingTitlePhrase(tokens, title.to);
    const person = comma > 0 && hits.find((hit) => hit.kind === 'Person' && hit.from === comma + 1);
    if (person && !person.role && appositionEnd.test(tokens[person.to]?.text ?? ','))
      giveAppositionTitle(person, title, tokens, hits);
  }
}

/**
 * The word opening the phrase after a title before a known person's name: "Sprecher des Ministeriums, X",
 * "spokesman of the ministry, X". Narrower than the one newPeopleAfterTitles takes before a new name.
 */
const titlePhraseOpener = /^(des|der|von|vom|im|beim|of|at|for)$/;

const appositionArticle = /^(dem|der|den|des|einem|einer|eines|the|a|an)$/;
