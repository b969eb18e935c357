import type { Token } from '../text/tokens.js';
import type { ArticleState, Hit } from './article-state.js';
import { notNameWord, quantityWords, type SentenceCues } from './cues.js';

/** Words between the noun and the names: "Firmen wie X", "firms such as X", "companies including X". */
const listOpener = /^(wie|etwa|namens|darunter|like|including|such|as|called|named)$/;
/** A word of a company's name: capitalised, an acronym, or with capitals inside or a hyphen ("Rolls-Royce"). */
const companyWord = /^\p{Lu}[\p{L}\p{N}'’&.]*(?:-[\p{L}\p{N}]+)*$/u;
/** Capitalised words of time that follow a noun without naming it ("the company Monday", "der Konzern Ende März"). */
const timeWord =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|June|July|October|December|Anfang|Ende|Mitte|Jahr|Jahres)$/;
const listJoint = /^(,|und|and|oder|or|sowie)$/;

/**
 * Companies the lexicon does not know, by the noun before their names: "der US-Konzern Halvorsen Dynamics", "des
 * Herstellers Vantor", "die Konzerne X und Y", "firms such as X or Y", "the contractor X". Up to four capitalised
 * words make a name; a list goes on after a comma or a conjunction while names follow.
 */
export function newCompanies(tokens: Token[], hits: Hit[], cues: SentenceCues, state: ArticleState): Hit[] {
  const companies: Hit[] = [];
  if (cues.companyNouns.length === 0) return companies;
  const covers = (hit: Hit, at: number) => hit.from <= at && at < hit.to;
  const taken = (at: number) => hits.find((hit) => covers(hit, at)) ?? companies.find((hit) => covers(hit, at));
  const isWord = (at: number) => {
    const text = tokens[at]?.text;
    return (
      !!text &&
      companyWord.test(text) &&
      !notNameWord.test(text) &&
      !quantityWords.has(text) &&
      !timeWord.test(text) &&
      !taken(at)
    );
  };
  for (const k of cues.companyNouns) {
    let at = k + 1;
    while (at < k + 3 && listOpener.test(tokens[at]?.text ?? '')) at++;
    for (;;) {
      const known = taken(at);
      let end = at;
      if (known?.kind === 'Organization') end = known.to;
      else while (end - at < 4 && isWord(end)) end++;
      // A title alone ("der Konzern Präsident …") or a German noun alone is no name.
      if (end === at || (!known && onlyTitles(tokens, at, end, state))) break;
      if (!known) companies.push(state.newEntityAt(tokens, at, end, 'Organization'));
      if (!listJoint.test(tokens[end]?.text ?? '')) break;
      at = end + 1;
      if (tokens[end]!.text === ',' && /^(und|and|oder|or|sowie)$/.test(tokens[at]?.text ?? '')) at++;
    }
  }
  return companies;
}

function onlyTitles(tokens: Token[], from: number, to: number, state: ArticleState): boolean {
  for (let at = from; at < to; at++) if (!state.lexicon.titles.has(tokens[at]!.text)) return false;
  return true;
}

const innerWord = /^(of|for|and|on)$/;

/**
 * Organisations named in English by a head noun after capitalised words: "Pacific Shipping Authority", "Northern
 * Aerospace Industries". Three words at least, else "Foreign Agency" would do; the whole name only: a run that a
 * capitalised word or a name of the lexicon opens is part of something longer and left alone. An abbreviation after
 * it ("…, kurz NSO", "… (NSO)") is an alias; that abbreviation names it later in the article.
 */
export function newNamedOrganizations(
  tokens: Token[],
  hits: Hit[],
  text: string,
  cues: SentenceCues,
  state: ArticleState,
): Hit[] {
  const found: Hit[] = [];
  if (cues.organizationHeads.length === 0) return found;
  const taken = (at: number) => hits.some((hit) => hit.from <= at && at < hit.to);
  for (const k of cues.organizationHeads) {
    if (k < 2 || taken(k)) continue;
    let from = k;
    while (from > 0 && k - from < 6) {
      const before = tokens[from - 1]!.text;
      if (taken(from - 1)) break;
      if (companyWord.test(before) && !notNameWord.test(before)) from--;
      else if (innerWord.test(before) && from - 2 >= 0 && companyWord.test(tokens[from - 2]!.text)) from--;
      else break;
    }
    while (innerWord.test(tokens[from]!.text)) from++;
    const opener = tokens[from - 1];
    if (
      k - from < 2 ||
      (opener && (taken(from - 1) || (companyWord.test(opener.text) && !notNameWord.test(opener.text))))
    )
      continue;
    const hit = state.newEntityAt(tokens, from, k + 1, 'Organization');
    found.push(hit);
    const alias = abbreviationAfter(tokens, k + 1, text);
    if (alias) {
      state.entities.get(hit.id)!.aliases.push(alias.text);
      state.newNames.set(alias.text, hit.id);
      found.push({ ...hit, from: alias.at, to: alias.at + 1, start: alias.start, end: alias.end });
    }
  }
  return found;
}

const acronym = /^[\p{Lu}\d]{2,8}$/u;

/** "…, kurz NSO", "…, short NSO", "… (NSO)": an acronym right after a name. */
function abbreviationAfter(
  tokens: Token[],
  at: number,
  text: string,
): { text: string; at: number; start: number; end: number } | undefined {
  let k = at;
  if (tokens[k]?.text === ',' && /^(kurz|short|abgekürzt)$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  else if (!tokens[k] || text[tokens[k]!.start - 1] !== '(') return undefined;
  const token = tokens[k];
  if (!token || !acronym.test(token.text)) return undefined;
  return { text: token.text, at: k, start: token.start, end: token.end };
}

/** "… Organisation (NSO) … NSO said": later mentions of an abbreviation introduced in this article. */
export function laterAbbreviations(tokens: Token[], hits: Hit[], state: ArticleState): Hit[] {
  const found: Hit[] = [];
  if (state.newNames.size === 0) return found;
  tokens.forEach((token, at) => {
    const id = state.newNames.get(token.text);
    if (!id || hits.some((hit) => hit.from <= at && at < hit.to)) return;
    found.push({ id, kind: 'Organization', from: at, to: at + 1, start: token.start, end: token.end });
  });
  return found;
}
