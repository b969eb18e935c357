import { officesAt, type KnownEntity, type Lexicon } from '../lexicon/lexicon.js';
import type { Entity, EntityKind, Extraction, Mention, Relation, RelationType } from '../model.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { slug } from '../text/slug.js';
import { startsUppercase, tokenizeRanges, type Token } from '../text/tokens.js';
import {
  conjunction,
  definiteArticle,
  indefiniteArticle,
  notNameWord,
  sentenceCues,
  troopNoun,
  type SentenceCues,
} from './cues.js';
import { scanSentence, type Found, type TitleAt } from './scan-sentence.js';

export type ArticleContext = { articleId: string; publishedAt?: string };

/** A resolved mention inside one sentence, by token range. */
type Hit = {
  id: string;
  kind: EntityKind;
  from: number;
  to: number;
  start: number;
  end: number;
  form?: Found['form'];
  role?: string;
  roleCountry?: string;
  roleOrganization?: string;
};

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

class ArticleState {
  readonly namedInFull = new Set<string>();
  readonly entities = new Map<string, Entity>();
  readonly mentions: Mention[] = [];
  readonly relations: Relation[] = [];
  /** The country each person was last said to represent in this article. */
  readonly represents = new Map<string, string>();
  private readonly relationKeys = new Set<string>();
  /** Surnames of people the lexicon does not know, introduced in full earlier in this article. */
  readonly newSurnames = new Map<string, string>();
  lastAgreement: string | undefined;
  firstSignedAgreement: string | undefined;
  private newAgreements = 0;

  constructor(
    readonly lexicon: Lexicon,
    readonly context: ArticleContext,
  ) {}

  entity(id: string, kind: EntityKind, name: string, known?: KnownEntity): Entity {
    let entity = this.entities.get(id);
    if (!entity) {
      entity = { id, kind, name, aliases: [] };
      if (known?.wikidata) entity.wikidata = known.wikidata;
      this.entities.set(id, entity);
    }
    return entity;
  }

  private ensure(id: string): boolean {
    if (this.entities.has(id)) return true;
    const known = this.lexicon.entities.get(id);
    if (known) this.entity(known.id, known.kind, known.name, known);
    return known !== undefined;
  }

  newAgreementId(label: string): string {
    this.newAgreements++;
    return `${slug(label)}-${slug(this.context.articleId).slice(0, 24)}-${this.newAgreements}`;
  }

  mention(hit: Hit, text: string, sentence: number): void {
    const surface = text.slice(hit.start, hit.end);
    const entity = this.entities.get(hit.id)!;
    if (!entity.aliases.includes(surface) && surface !== entity.name) entity.aliases.push(surface);
    this.mentions.push({ entityId: hit.id, start: hit.start, end: hit.end, surface, sentence });
  }

  relate(
    type: RelationType,
    source: string,
    target: string,
    sentence: Sentence,
    extra: { role?: string; count?: number } = {},
  ): void {
    if (source === target) return;
    // An end known only from the lexicon (a minister's country the text does not name) still becomes a node,
    // so that the claim is always written.
    if (!this.ensure(source) || !this.ensure(target)) return;
    const [a, b] = type === 'MET' && source > target ? [target, source] : [source, target];
    const key = `${type}|${a}|${b}|${sentence.index}|${extra.role ?? ''}|${extra.count ?? ''}`;
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relations.push({
      type,
      source: a,
      target: b,
      ...extra,
      evidence: { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text },
    });
  }

  result(): Extraction {
    return { entities: [...this.entities.values()], mentions: this.mentions, relations: this.relations };
  }
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

/**
 * Agreements the lexicon does not name: a head noun ("Abkommen", "Weltraumabkommen", "Memorandum") with the
 * countries of its adjectives ("amerikanisch-japanische"). A definite bare head refers back to the last agreement
 * of the article; an indefinite one, or one in a sentence about signing, is a new concrete agreement.
 */
function agreementMentions(
  tokens: Token[],
  hits: Hit[],
  state: ArticleState,
  text: string,
  cues: SentenceCues,
): { hits: Hit[]; parties: Map<string, string[]> } {
  const found: Hit[] = [];
  const phraseParties = new Map<string, string[]>();
  const signing = cues.signing;
  for (const index of cues.agreementHeads) {
    const token = tokens[index]!;
    if (hits.some((hit) => hit.from <= index && index < hit.to)) continue;
    const known = hits.find((hit) => hit.kind === 'Agreement' && hit.to === index);
    if (known) continue;
    let from = index;
    const parties: string[] = [];
    while (from > 0) {
      // "amerikanisch-japanische" is one token holding two countries.
      const before = hits.filter((hit) => hit.to === from && hit.kind === 'Country');
      if (before.length === 0) break;
      parties.unshift(...before.map((hit) => hit.id).filter((id) => !parties.includes(id)));
      from = before[0]!.from;
    }
    const article = tokens[from - 1]?.text ?? '';
    const plural =
      /^(Abkommen|Vereinbarungen|Verträge|agreements|treaties)$/.test(token.text) &&
      /^(die|den|der|neuen|beiden)$/i.test(article);
    if (plural) continue;
    const bare =
      /^(Abkommen|Abkommens|Vertrag|Vertrags|Vereinbarung|Memorandum|Pakt|agreement|treaty|accord|pact)$/i.test(
        token.text,
      );
    // "ihren gegenseitigen Verteidigungsvertrag": a possessive makes the countries named in the sentence the parties.
    const possessive = tokens
      .slice(Math.max(0, from - 3), from)
      .some((t) => /^(ihr|ihre|ihren|ihrem|ihres|their)$/i.test(t.text));
    const sentenceCountries = hits.filter(
      (hit) => hit.kind === 'Country' && (hit.form === 'name' || hit.form === 'demonym'),
    );
    const impliedParties =
      parties.length > 0 ? parties : possessive ? unique(sentenceCountries).map((hit) => hit.id) : [];
    let id: string | undefined;
    let name = token.text;
    // "Forschungs-, Entwicklungs-, Test- und Bewertungs-Memorandum of Understanding" is one name.
    let to = index + 1;
    if (/^of$/i.test(tokens[to]?.text ?? '') && /^(Understanding|Cooperation|Intent)$/.test(tokens[to + 1]?.text ?? ''))
      to += 2;
    if (parties.length === 0) {
      while (from > 0) {
        const previous = tokens[from - 1]!;
        const truncated = text[previous.end] === '-';
        if (truncated || (/^(,|und|and)$/.test(previous.text) && text[tokens[from - 2]?.end ?? -1] === '-')) from--;
        else break;
      }
    }
    const phrase = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (bare && parties.length === 0) {
      if (definiteArticle.test(article) && state.lastAgreement) id = state.lastAgreement;
      else if (indefiniteArticle.test(article) || signing) {
        // Headline and lede usually report the same signing: one unnamed signed agreement per article.
        id = signing ? state.firstSignedAgreement : undefined;
        if (!id) {
          name = `${token.text.replace(/s$/, '')} (${state.context.articleId})`;
          id = state.newAgreementId(token.text);
          if (signing) state.firstSignedAgreement = id;
        }
      }
    } else {
      const head = token.text.replace(/(es|s)$/, '');
      const known = knownAgreement(head, impliedParties, state);
      if (known) {
        id = known.id;
        name = known.name;
      } else {
        name = parties.length > 0 ? [...parties, head].join(' ') : phrase.replace(/(es|s)$/, '');
        id =
          parties.length > 0
            ? slug(name)
            : definiteArticle.test(article) && state.lastAgreement
              ? state.lastAgreement
              : state.newAgreementId(head);
      }
    }
    if (!id) continue;
    const entity = state.entity(id, 'Agreement', name);
    found.push({ id: entity.id, kind: 'Agreement', from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
    // The countries of the adjectives are parties, said in this very phrase.
    if (parties.length > 0) phraseParties.set(id, [...(phraseParties.get(id) ?? []), ...parties]);
    state.lastAgreement = id;
  }
  return { hits: found, parties: phraseParties };
}

type AgreementIndex = { agreements: KnownEntity[]; byWord: Map<string, KnownEntity[]> };

const agreementIndexCache = new WeakMap<Lexicon, AgreementIndex>();

/** The known agreements, and those with each lowercase word of their names, computed once per lexicon. */
function agreementIndex(lexicon: Lexicon): AgreementIndex {
  let cached = agreementIndexCache.get(lexicon);
  if (!cached) {
    cached = { agreements: [], byWord: new Map() };
    for (const entity of lexicon.entities.values()) {
      if (entity.kind !== 'Agreement') continue;
      cached.agreements.push(entity);
      for (const word of new Set(entity.aliases.flatMap((alias) => alias.toLowerCase().split(/[\s-]+/))))
        cached.byWord.set(word, [...(cached.byWord.get(word) ?? []), entity]);
    }
    agreementIndexCache.set(lexicon, cached);
  }
  return cached;
}

/**
 * A compound agreement noun the lexicon knows under another form: an alias containing the same word
 * ("Weltraumabkommen" in "japanisch-amerikanisches Weltraumabkommen") among agreements whose parties are named;
 * or, for "-vertrag" with known parties, the latest treaty signed between exactly those parties.
 */
function knownAgreement(head: string, parties: string[], state: ArticleState): KnownEntity | undefined {
  const { agreements, byWord } = agreementIndex(state.lexicon);
  const withWord = (byWord.get(head.toLowerCase()) ?? []).filter(
    (entity) => parties.length === 0 || sameSet(entity.countries, parties),
  );
  if (withWord.length === 1) return withWord[0];
  if (parties.length < 2 || !/vertrag$/i.test(head)) return undefined;
  const treaties = agreements
    .filter((entity) => sameSet(entity.countries, parties) && entity.agreementKind === 'treaty' && entity.signed)
    .filter((entity) => !state.context.publishedAt || entity.signed! <= state.context.publishedAt)
    .sort((a, b) => b.signed!.localeCompare(a.signed!));
  return treaties[0];
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

function relationsOf(
  sentence: Sentence,
  tokens: Token[],
  hits: Hit[],
  phraseParties: Map<string, string[]>,
  state: ArticleState,
  cues: SentenceCues,
): void {
  const people = unique(hits.filter((hit) => hit.kind === 'Person'));
  const agreements = unique(hits.filter((hit) => hit.kind === 'Agreement'));
  const countries = hits.filter((hit) => hit.kind === 'Country');

  for (const person of hits.filter((hit) => hit.kind === 'Person' && hit.role)) {
    if (person.roleOrganization)
      state.relate('REPRESENTS', person.id, person.roleOrganization, sentence, { role: person.role! });
    const country = person.roleCountry ?? officeCountry(person, state);
    if (!country) continue;
    // "Amtskollege" or plain "Minister" says someone holds an office, not which: the lexicon knows which.
    const vague = person.role === 'counterpart' || person.role === 'minister';
    const role = vague ? (officeRole(person, state) ?? person.role!) : person.role!;
    state.represents.set(person.id, country);
    state.relate('REPRESENTS', person.id, country, sentence, { role });
  }

  if (people.length >= 2 && cues.meeting) {
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) state.relate('MET', people[i]!.id, people[j]!.id, sentence);
  }

  const signing = cues.signing;
  for (const agreement of agreements) {
    for (const party of phraseParties.get(agreement.id) ?? []) state.relate('PARTY_TO', party, agreement.id, sentence);
    const known = state.lexicon.entities.get(agreement.id);
    // "das amerikanisch-japanische Sicherheitsabkommen": the countries inside a known name are its parties.
    for (const party of countriesWithin(agreement, tokens, state))
      if (known?.countries.includes(party)) state.relate('PARTY_TO', party, agreement.id, sentence);
    for (const country of countries) {
      // Under a signing verb, countries named as such sign ("USA, Japan und Südkorea unterzeichnen");
      // an adjective ("nordkoreanischen Raketen") only describes something else.
      const named = country.form === 'name' || country.form === 'capital';
      if ((signing && named) || known?.countries.includes(country.id))
        state.relate('PARTY_TO', country.id, agreement.id, sentence);
    }
    if (!signing) continue;
    for (const person of people) {
      state.relate('SIGNED', person.id, agreement.id, sentence);
      // A signatory binds the country they represent.
      const country = state.represents.get(person.id) ?? officeCountry({ ...person, role: 'minister' }, state);
      if (country && /^[A-Z]{2}$/.test(country)) state.relate('PARTY_TO', country, agreement.id, sentence);
    }
  }

  if (cues.stationing) stationing(sentence, tokens, hits, state);
  bases(sentence, hits, state);
}

/** "55.000 US-Soldaten sind in Japan stationiert", "Japan beherbergt 54.000 amerikanische Soldaten". */
function stationing(sentence: Sentence, tokens: Token[], hits: Hit[], state: ArticleState): void {
  const troopAt = tokens.findIndex((token) => troopNoun.test(token.text));
  if (troopAt < 0) return;
  const troops = tokens[troopAt]!;
  const sender = hits.find(
    (hit) =>
      hit.kind === 'Country' && hit.start >= troops.start - 30 && hit.end <= troops.end && hit.from >= troopAt - 2,
  );
  if (!sender) return;
  const host = hits.find((hit) => hit.kind === 'Country' && hit.id !== sender.id);
  if (!host) return;
  const number = tokens
    .slice(Math.max(0, troopAt - 4), troopAt)
    .reverse()
    .find((token) => /^\d/.test(token.text));
  const count = number ? parseCount(number.text, tokens[tokens.indexOf(number) + 1]?.text) : undefined;
  state.relate('STATIONS_TROOPS_IN', sender.id, host.id, sentence, count ? { count } : {});
}

/** A base with a country in the same sentence: where it lies, and who runs it ("US-Militärstützpunkt Yokosuka"). */
function bases(sentence: Sentence, hits: Hit[], state: ArticleState): void {
  for (const base of hits.filter((hit) => hit.kind === 'Base')) {
    const known = state.lexicon.entities.get(base.id);
    for (const country of hits.filter((hit) => hit.kind === 'Country')) {
      if (known?.countries.includes(country.id)) state.relate('LOCATED_IN', base.id, country.id, sentence);
      if (known?.operators.includes(country.id) && !known.countries.includes(country.id))
        state.relate('OPERATES', country.id, base.id, sentence);
    }
  }
}

export function parseCount(text: string, next?: string): number | undefined {
  const digits = text.replace(/[.,' ](?=\d{3}\b)/g, '').replace(',', '.');
  const value = Number.parseFloat(digits);
  if (!Number.isFinite(value)) return undefined;
  const scale = /^(Tausend|thousand)$/i.test(next ?? '')
    ? 1000
    : /^(Millionen|Mio|million)$/i.test(next ?? '')
      ? 1_000_000
      : 1;
  return Math.round(value * scale);
}

function officeCountry(person: Hit, state: ArticleState): string | undefined {
  const known = state.lexicon.entities.get(person.id);
  if (!known) return undefined;
  const offices = officesAt(known, state.context.publishedAt);
  const matching = offices.filter((office) => office.role === person.role);
  return (matching[0] ?? (person.role === 'counterpart' || person.role === 'minister' ? offices[0] : undefined))
    ?.country;
}

function officeRole(person: Hit, state: ArticleState): string | undefined {
  const known = state.lexicon.entities.get(person.id);
  return known ? officesAt(known, state.context.publishedAt)[0]?.role : undefined;
}

function unique(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Countries named inside a hit's own words ("amerikanisch-japanische" in an agreement's name). */
function countriesWithin(hit: Hit, tokens: Token[], state: ArticleState): string[] {
  const countries: string[] = [];
  for (const token of tokens.slice(Math.max(0, hit.from), hit.to)) {
    for (const part of token.text.split(/[-‐]/)) {
      const match = state.lexicon.names.wordMatch(part);
      if (match?.payload.entity.kind === 'Country') countries.push(match.payload.entity.id);
    }
  }
  return countries;
}
