import type { KnownEntity, Lexicon } from '../lexicon/lexicon.js';
import { officesAt } from '../lexicon/lexicon.js';
import type { EntityKind, Extraction } from '../model.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { slug } from '../text/slug.js';
import { startsUppercase, tokenizeRanges, type Token } from '../text/tokens.js';
import { agreementMentions } from './agreement-mentions.js';
import { ArticleState, type ArticleContext, type Hit } from './article-state.js';
import { conjunction, notNameWord, sentenceCues } from './cues.js';
import { relationsOf } from './relations.js';
import { scanSentence, type Found, type TitleAt } from './scan-sentence.js';

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
  const scans = tokenizeRanges(text, sentences).map((tokens) => scanSentence(tokens, lexicon));
  // People named in full anywhere in the article are who their bare surnames mean.
  for (const scan of scans)
    for (const hit of scan.found)
      if (hit.entity.kind === 'Person' && hit.form === 'name') state.namedInFull.add(hit.entity.id);

  sentences.forEach((sentence, index) => {
    const scan = scans[index]!;
    const cues = sentenceCues(scan.tokens);
    const hits = resolveHits(scan.found, scan.titles, scan.tokens, state);
    hits.push(...newPeopleAfterTitles(scan.tokens, scan.titles, hits, state));
    hits.push(...surnamesOfNewPeople(scan.tokens, hits, state));
    const agreements = agreementMentions(scan.tokens, hits, state, text, cues);
    hits.push(...agreements.hits);
    hits.sort((a, b) => a.from - b.from || a.start - b.start);
    attachTitles(scan.tokens, scan.titles, hits, state);
    for (const hit of hits) state.mention(hit, text, index);
    relationsOf(sentence, scan.tokens, hits, agreements.parties, state, cues);
  });
  return { ...state.result(), sentences };
}

function resolveHits(found: Found[], titles: TitleAt[], tokens: Token[], state: ArticleState): Hit[] {
  const hits: Hit[] = [];
  for (const hit of found) {
    let entity: KnownEntity | undefined = hit.entity;
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

/** A bare surname means the person named in full in this article; else the one in office then, if only one is. */
function resolveSurname(hit: Found, titles: TitleAt[], tokens: Token[], state: ArticleState): KnownEntity | undefined {
  const people = hit.alternatives ?? [hit.entity];
  const named = people.filter((person) => state.namedInFull.has(person.id));
  if (named.length === 1) return named[0];
  const inOffice = people.filter((person) => officesAt(person, state.context.publishedAt).length > 0);
  const titled = titles.some(
    (title) =>
      title.to === hit.from ||
      (title.to < hit.from &&
        hit.from - title.to <= 3 &&
        tokens.slice(title.to, hit.from).every((t) => conjunction.test(t.text) || startsUppercase(t.text))),
  );
  if (inOffice.length === 1 && (titled || people.length === 1)) return inOffice[0];
  return undefined;
}

const nameWord = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?$/u;

/**
 * People the lexicon does not know, announced by a title: "Verteidigungsminister Kihara Minoru",
 * "der Koordinator des Sicherheitsrates, John Kirby," (title, genitive phrase, comma, name) and
 * "Kurt Campbell, dem Koordinator …" (name, comma, article, title). Two or three capitalised words make a name.
 */
function newPeopleAfterTitles(tokens: Token[], titles: TitleAt[], hits: Hit[], state: ArticleState): Hit[] {
  const people: Hit[] = [];
  if (titles.length === 0) return people;
  const isNameWord = (token: Token | undefined) =>
    !!token && nameWord.test(token.text) && !notNameWord.test(token.text) && !state.lexicon.titles.has(token.text);
  const nameAt = (at: number): Hit | undefined => {
    if (hits.some((hit) => hit.from <= at && at < hit.to) || people.some((hit) => hit.from === at)) return undefined;
    let end = at;
    while (end - at < 3 && isNameWord(tokens[end])) end++;
    if (end - at < 2) return undefined;
    const name = tokens
      .slice(at, end)
      .map((token) => token.text)
      .join(' ');
    const id = slug(name);
    state.entity(id, 'Person', name);
    state.newSurnames.set(tokens[end - 1]!.text, id);
    return { id, kind: 'Person', from: at, to: end, start: tokens[at]!.start, end: tokens[end - 1]!.end };
  };
  for (const title of titles) {
    let at = title.to;
    if (state.lexicon.honorifics.has(tokens[at]?.text ?? '')) at++;
    let person = nameAt(at);
    if (!person && /^(des|der|of)$/.test(tokens[at]?.text ?? '')) {
      const comma = tokens.findIndex((token, k) => k > at && k <= at + 5 && token.text === ',');
      if (comma > 0) person = nameAt(comma + 1);
      if (person && tokens[person.to] && tokens[person.to]!.text !== ',') person = undefined;
      if (person) {
        giveTitle(
          person,
          title,
          title.country ?? countryAfterTitle(title.to, tokens, hits),
          organizationOf(title, tokens, hits),
        );
      }
    }
    if (
      !person &&
      tokens[title.from - 1] &&
      /^(dem|der|den|des|the)$/.test(tokens[title.from - 1]!.text) &&
      tokens[title.from - 2]?.text === ','
    ) {
      let start = title.from - 2;
      while (start > 0 && isNameWord(tokens[start - 1]) && title.from - 2 - start < 3) start--;
      if (start < title.from - 2) person = nameAt(start);
      if (person) {
        giveTitle(person, title, undefined, organizationOf(title, tokens, hits));
        people.push(person);
        continue;
      }
    }
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
    const people = [];
    for (let next = hits.find((hit) => hit.from === at && hit.kind === 'Person'); next;) {
      people.push(next);
      let after = next.to;
      if (tokens[after]?.text === ',' && tokens[after + 1] && conjunction.test(tokens[after + 1]!.text)) after++;
      if (!tokens[after] || !conjunction.test(tokens[after]!.text) || tokens[after]!.text === ',') break;
      next = hits.find((hit) => hit.from === after + 1 && hit.kind === 'Person');
    }
    const organization = organizationOf(title, tokens, hits);
    for (const person of people) giveTitle(person, title, country, organization);
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

function giveTitle(person: Hit, title: TitleAt, country: string | undefined, organization: string | undefined): void {
  person.role = title.role;
  if (country) person.roleCountry = country;
  if (organization) person.roleOrganization = organization;
}

function organizationOf(title: TitleAt, tokens: Token[], hits: Hit[]): string | undefined {
  return title.organization ?? affiliationAfter(title.to, tokens, hits, 'Organization');
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
  // "Gegenpart aus Südkorea", "Außenminister der USA", "Secretary of State of the United States" (up to 2 words between)
  for (let gap = 0; gap <= 2; gap++) {
    const hit = hits.find((candidate) => candidate.kind === kind && candidate.from === at + gap);
    if (hit && tokens.slice(at, at + gap).every((token) => /^(aus|der|des|von|of|the|from)$/i.test(token.text)))
      return hit.id;
  }
  return undefined;
}
