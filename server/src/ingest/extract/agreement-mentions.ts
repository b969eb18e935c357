import type { KnownEntity, Lexicon } from '../lexicon/lexicon.js';
import { slug } from '../text/slug.js';
import type { Token } from '../text/tokens.js';
import { boundParties, objectFirstParties, partiesAfter } from './agreement-parties.js';
import { sameSet, unique, type ArticleState, type Hit } from './article-state.js';
import {
  anaphoricHead,
  conjunction,
  definiteArticle,
  indefiniteArticle,
  placePreposition,
  type SentenceCues,
} from './cues.js';

/**
 * Agreements the lexicon does not name: a head noun ("Abkommen", "Weltraumabkommen", "Memorandum") with the
 * countries of its adjectives ("amerikanisch-japanische") or after it ("between Australia and Japan"). Such a
 * description is a known agreement when the lexicon or the article settles which; otherwise a definite bare head
 * refers back to the last agreement of the article, and an indefinite one, or one in a sentence about signing, is a
 * new concrete agreement.
 */
export function agreementMentions(
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
    // "des Sicherheitspakts AUKUS": the name that follows is what the noun means.
    if (hits.some((hit) => hit.from === index + 1 && (hit.kind === 'Agreement' || hit.kind === 'Organization')))
      continue;
    let from = index;
    const parties: string[] = [];
    while (from > 0) {
      // "amerikanisch-japanische" is one token holding two countries.
      const before = hits.filter((hit) => hit.to === from && hit.kind === 'Country');
      if (before.length === 0) break;
      parties.unshift(...before.map((hit) => hit.id).filter((id) => !parties.includes(id)));
      from = before[0]!.from;
    }
    // "an armistice rather than a peace treaty", "kein Friedensvertrag": a negated or contrasted noun is no agreement.
    if (negatedBefore(tokens, from)) continue;
    const article = articleBefore(tokens, from);
    if (pluralHead.test(token.text) || (/abkommen$/i.test(token.text) && pluralDeterminer.test(article))) continue;
    const anaphor = anaphoricHead.test(token.text);
    if (anaphor && !definiteArticle.test(article)) continue;
    // "that declaration" refers back only to a declaration.
    if (/^(declaration|Declaration|Erklärung)$/.test(token.text) && !sameHead(state.lastAgreement, token.text, state))
      continue;
    const bare = anaphor || bareHead.test(token.text);
    const other = tokens.slice(Math.max(0, from - 3), from).some((t) => otherOne.test(t.text));
    // "Forschungs-, Entwicklungs-, Test- und Bewertungs-Memorandum of Understanding" is one name.
    let to = index + 1;
    if (/^of$/i.test(tokens[to]?.text ?? '') && /^(Understanding|Cooperation|Intent)$/.test(tokens[to + 1]?.text ?? ''))
      to += 2;
    const stated = partiesAfter(tokens, to, hits);
    // "Japan signed an agreement with Britain": the one side after "with", the other named before the noun.
    if (stated.length > 0 && /^(mit|with)$/.test(tokens[to]!.text))
      stated.unshift(
        ...unique(hits.filter((hit) => hit.kind === 'Country' && hit.to <= from && hit.form === 'name'))
          .map((hit) => hit.id)
          .filter((id) => !stated.includes(id)),
      );
    // "Japan und Australien sind durch einen Vertrag verbunden", "Mit Japan hat Australien ein Abkommen geschlossen":
    // the countries the clause binds by the agreement, or the partner before the verb and the subject after it.
    if (stated.length === 0 && cues.bound) stated.push(...boundParties(tokens, from, to, hits));
    if (stated.length === 0 && cues.concluding) stated.push(...objectFirstParties(tokens, from, to, hits));
    // "ihren gegenseitigen Verteidigungsvertrag", "der Verteidigungsvertrag von 1951": the countries the sentence
    // names are the parties.
    const year = yearOf(tokens, from, to);
    const possessive = tokens
      .slice(Math.max(0, from - 3), from)
      .some((t) => /^(ihr|ihre|ihren|ihrem|ihres|their)$/i.test(t.text));
    const sentenceCountries = unique(
      hits.filter((hit) => hit.kind === 'Country' && (hit.form === 'name' || hit.form === 'demonym')),
    ).map((hit) => hit.id);
    const impliedParties =
      parties.length > 0
        ? parties
        : stated.length > 0
          ? stated
          : possessive || (year && !bare)
            ? sentenceCountries
            : [];
    if (parties.length === 0) {
      while (from > 0) {
        const previous = tokens[from - 1]!;
        const truncated = text[previous.end] === '-';
        if (truncated || (/^(,|und|and)$/.test(previous.text) && text[tokens[from - 2]?.end ?? -1] === '-')) from--;
        else break;
      }
    }
    // "an access agreement", "the defence pact": lowercase nouns before an English head belong to its name.
    if (parties.length === 0 && /^[a-z]+$/.test(token.text))
      while (from > 0 && /^[a-z]+$/.test(tokens[from - 1]!.text) && !notModifier.test(tokens[from - 1]!.text)) from--;
    const phrase = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    const head = token.text.replace(/(es|s)$/, '');
    const lexiconAgreement =
      bare && impliedParties.length === 0 ? undefined : knownAgreement(head, impliedParties, year, state, phrase);
    // "Japan und die Philippinen unterzeichnen Abkommen": a bare noun under a signing verb is the agreement between
    // the sentence's countries that the article names elsewhere, if it names one.
    // "ein neues Abkommen", "a new agreement": news of one just made, which the article may name elsewhere.
    const fresh = tokens.slice(Math.max(0, from - 2), from).some((t) => freshWord.test(t.text));
    const signedBetween =
      bare && parties.length === 0 && (signing || fresh) && !other && sentenceCountries.length >= 2
        ? articleAgreement(head, sentenceCountries, state, signedLately(state))
        : undefined;
    const described = lexiconAgreement ?? articleAgreement(head, impliedParties, state) ?? signedBetween;
    // Later bare mentions of "the signed agreement" mean this one, as they would an unnamed one.
    if (described && described === signedBetween) state.firstSignedAgreement ??= described.id;
    let id: string | undefined;
    let name = token.text;
    if (described) {
      id = described.id;
      name = described.name;
    } else if (bare && parties.length === 0) {
      if (definiteArticle.test(article) && state.lastAgreement)
        id = justMentioned(state) ?? mainAgreement(token.text, state);
      else if (!anaphor && (indefiniteArticle.test(article) || signing)) {
        // Headline and lede usually report the same signing: one unnamed signed agreement per article, unless the
        // text says it is another one ("a similar agreement", "ein weiteres Abkommen").
        id = signing && !other ? state.firstSignedAgreement : undefined;
        if (!id) {
          name = token.text.replace(/s$/, '');
          id = state.newAgreementId(token.text);
          state.unnamedAgreements.set(id, name);
          if (fresh || signing) state.freshUnnamed.set(id, sentenceCountries);
          if (signing && !state.firstSignedAgreement) state.firstSignedAgreement = id;
        }
      }
    } else {
      name = parties.length > 0 ? [...parties, head].join(' ') : phrase.replace(/(es|s)$/, '');
      const previous = definiteArticle.test(article) && !other ? state.lastAgreement : undefined;
      id =
        parties.length > 0
          ? slug(name)
          : previous && sameHead(previous, head, state)
            ? previous
            : state.newAgreementId(head);
    }
    if (!id) continue;
    const entity = state.entity(id, 'Agreement', name);
    found.push({ id: entity.id, kind: 'Agreement', from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
    // The countries of the adjectives, or those it is "between", are parties, said in this very phrase.
    const said = parties.length > 0 ? parties : stated;
    if (said.length > 0) phraseParties.set(id, [...(phraseParties.get(id) ?? []), ...said]);
    state.lastAgreement = id;
  }
  return { hits: found, parties: phraseParties };
}

/**
 * "ein neues Abkommen" in the lede, named only further down as "das Weltraumabkommen": once the whole article is
 * read, an unnamed new or signed agreement is the one agreement of the lexicon the article names between the
 * countries of its sentence, signed about then.
 */
export function settleFreshAgreements(state: ArticleState): void {
  const lately = signedLately(state);
  const named = [...state.agreementMentions.keys()]
    .map((id) => state.lexicon.entities.get(id))
    .filter((entity): entity is KnownEntity => !!entity && lately(entity));
  for (const [id, countries] of state.freshUnnamed) {
    if (countries.length < 2) continue;
    const between = named.filter((entity) => sameSet(entity.countries, countries));
    if (between.length === 1) state.merge(id, between[0]!.id);
  }
}

/** Heads that are plural only: a list of agreements, never one of them. */
const pluralHead = /(verträge|verträgen|vereinbarungen|agreements|treaties|accords|pacts|arrangements|memoranda)$/i;
const pluralDeterminer = /^(die|den|der|neuen|beiden|zwei|drei|mehrere|mehreren|alle|beide)$/i;
const bareHead =
  /^(Abkommen|Abkommens|Vertrag|Vertrags|Vereinbarung|Memorandum|Pakt|agreement|treaty|accord|pact|arrangement)$/i;
/** Lowercase words before an English head that are not part of its name. */
const notModifier =
  /^(a|an|the|this|that|these|those|its|their|his|her|our|new|similar|another|second|third|separate|landmark|historic|first|last|such|and|or|of|to|with|signed|sign|in|on|at|by)$/;
/** "a similar agreement", "ein weiteres Abkommen": not the one the article spoke of before. */
const otherOne =
  /^(similar|another|second|third|separate|weitere|weiteres|weiteren|ähnliche|ähnliches|ähnlichen|zweites|zweite)$/i;

/** The article of a noun phrase, past up to two lowercase modifiers ("a landmark defence agreement"). */
const negation = /^(kein|keine|keinen|keinem|keiner|keines|no|than|instead|statt|anstatt|anstelle)$/i;

/** A negation or contrast among the lowercase words right before a noun phrase ("rather than a", "kein", "no"). */
function negatedBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 3; k--) {
    const word = tokens[k]!.text;
    if (negation.test(word)) return true;
    if (!/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}

function articleBefore(tokens: Token[], from: number): string {
  for (let k = from - 1; k >= 0 && from - k <= 3; k--) {
    const word = tokens[k]!.text;
    if (definiteArticle.test(word) || indefiniteArticle.test(word)) return word;
    if (!/^\p{Ll}+$/u.test(word) || placePreposition.test(word) || conjunction.test(word)) break;
  }
  return tokens[from - 1]?.text ?? '';
}

/** "der Verteidigungsvertrag von 1951", "the 1951 treaty": the year the agreement was signed. */
function yearOf(tokens: Token[], from: number, to: number): string | undefined {
  const after = /^(von|vom|aus|of|from)$/.test(tokens[to]?.text ?? '') ? tokens[to + 1]?.text : undefined;
  const before = tokens.slice(Math.max(0, from - 2), from).find((token) => /^(19|20)\d\d$/.test(token.text))?.text;
  return after && /^(19|20)\d\d$/.test(after) ? after : before;
}

/** Whether an agreement of the article is called by this head noun ("Stützpunktabkommen" is no "Verteidigungsvertrag"). */
function sameHead(id: string | undefined, head: string, state: ArticleState): boolean {
  if (!id) return false;
  const key = head.toLowerCase();
  const known = state.lexicon.entities.get(id);
  return (state.entities.get(id)?.name ?? '').toLowerCase().includes(key) || (!!known && namesOf(known).includes(key));
}

const lowercaseNames = new WeakMap<KnownEntity, string>();

/** All names of a known entity, lowercase, in one string (made once per entity). */
function namesOf(entity: KnownEntity): string {
  let names = lowercaseNames.get(entity);
  if (names === undefined) {
    names = entity.aliases.join('\n').toLowerCase();
    lowercaseNames.set(entity, names);
  }
  return names;
}

/**
 * "a landmark defence agreement between Australia and Japan": of the agreements the article names (see
 * settleAgreements), the one between exactly these parties, or among several the one called by this head noun.
 */
function articleAgreement(
  head: string,
  parties: string[],
  state: ArticleState,
  admit: (entity: KnownEntity) => boolean = () => true,
): KnownEntity | undefined {
  if (parties.length === 0) return undefined;
  const between = [...state.articleAgreements]
    .map((id) => state.lexicon.entities.get(id))
    .filter((entity): entity is KnownEntity => !!entity && sameSet(entity.countries, parties) && admit(entity));
  if (between.length === 1) return between[0];
  const key = head.toLowerCase();
  const called = between.filter((entity) => entity.aliases.some((alias) => alias.toLowerCase().includes(key)));
  return called.length === 1 ? called[0] : undefined;
}

/**
 * A signing the article reports is of an agreement signed about then: one without a single signing date (renewed
 * ones such as the cost-sharing agreements) or signed within a year of the article's date, not the 1953 treaty.
 */
function signedLately(state: ArticleState): (entity: KnownEntity) => boolean {
  const date = state.context.publishedAt;
  if (!date) return () => true;
  const year = 365 * 24 * 3600 * 1000;
  return (entity) => !entity.signed || Math.abs(Date.parse(entity.signed) - Date.parse(date)) <= year;
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
 * or, for "-vertrag" with known parties, the latest treaty signed between exactly those parties (in the year given,
 * if one is).
 */
function knownAgreement(
  head: string,
  parties: string[],
  year: string | undefined,
  state: ArticleState,
  phrase = head,
): KnownEntity | undefined {
  const { agreements, byWord } = agreementIndex(state.lexicon);
  const ofYear = (entity: KnownEntity) => !year || entity.signed?.startsWith(year);
  const withWord = (byWord.get(head.toLowerCase()) ?? []).filter(
    (entity) => (parties.length === 0 || sameSet(entity.countries, parties)) && ofYear(entity),
  );
  if (withWord.length === 1) return withWord[0];
  // "an access agreement" between two parties that have several agreements: the one whose name has the phrase.
  const words = phrase.toLowerCase();
  const called = words.includes(' ')
    ? withWord.filter((entity) => entity.aliases.some((alias) => alias.toLowerCase().includes(words)))
    : [];
  if (called.length === 1) return called[0];
  if (parties.length < 2 || !/vertrag$/i.test(head)) return undefined;
  const treaties = agreements
    .filter((entity) => sameSet(entity.countries, parties) && entity.agreementKind === 'treaty' && entity.signed)
    .filter((entity) => ofYear(entity) && (!state.context.publishedAt || entity.signed! <= state.context.publishedAt))
    .sort((a, b) => b.signed!.localeCompare(a.signed!));
  return treaties[0];
}

/**
 * "… signed a memorandum and a supply arrangement. The arrangement …": of the agreements mentioned in the two
 * sentences before, the one the article has spoken of most so far, the later one of equals.
 */
function justMentioned(state: ArticleState): string | undefined {
  let best: string | undefined;
  for (const { id, sentence } of state.agreementsBySentence) {
    if (state.sentence - sentence > 2) continue;
    const count = state.agreementMentions.get(id) ?? 0;
    if (!best || count >= (state.agreementMentions.get(best) ?? 0)) best = id;
  }
  return best;
}

const freshWord = /^(neu|neue|neues|neuen|neuer|neuem|new)$/i;

/**
 * "the agreement", "that declaration": of the agreements the article has spoken of so far, those called by this
 * noun (else all), the one spoken of most, the latest of those.
 */
function mainAgreement(head: string, state: ArticleState): string | undefined {
  const counts = [...state.agreementMentions].reverse();
  const called = counts.filter(([id]) => sameHead(id, head.replace(/(es|s)$/, ''), state));
  const candidates = called.length > 0 ? called : counts;
  let best: [string, number] | undefined;
  for (const candidate of candidates) if (!best || candidate[1] > best[1]) best = candidate;
  return best?.[0] ?? state.lastAgreement;
}
