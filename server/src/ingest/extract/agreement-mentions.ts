import type { KnownEntity, Lexicon } from '../lexicon/lexicon.js';
import { slug } from '../text/slug.js';
import type { Token } from '../text/tokens.js';
import { sameSet, unique, type ArticleState, type Hit } from './article-state.js';
import { definiteArticle, indefiniteArticle, type SentenceCues } from './cues.js';

/**
 * Agreements the lexicon does not name: a head noun ("Abkommen", "Weltraumabkommen", "Memorandum") with the
 * countries of its adjectives ("amerikanisch-japanische"). A definite bare head refers back to the last agreement
 * of the article; an indefinite one, or one in a sentence about signing, is a new concrete agreement.
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
