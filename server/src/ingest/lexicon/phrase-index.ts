import { tokenize, tokenKey, type Token } from '../text/tokens.js';
import { KeyFilter } from './key-filter.js';

export type PhraseMatch<T> = { readonly payload: T; readonly length: number };

const noMatches: never[] = [];

type Entry<T> = {
  keys: string[];
  surfaces: string[];
  payload: T;
  caseSensitive: boolean;
  /** The match this entry yields, made once: lookups run for every token and should not allocate. */
  match: PhraseMatch<T>;
};

/**
 * Multi-word phrases looked up by their first token, longest first. Keys are lowercase; a phrase written in
 * capitals ("US", "NATO", "SDF") or registered as case-sensitive only matches the same spelling, so that English
 * "us" or German "die" never becomes a country or an organisation.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** One-word phrases only: the candidates for an inflected word. */
  private readonly singleByFirst = new Map<string, Entry<T>[]>();
  /** Key of a first token → every candidate for it (see candidatesFor); built on first lookup after an add. */
  private lookup: Lookup<T> | undefined;

  add(phrase: string, payload: T, options: { caseSensitive?: boolean } = {}): void {
    // Swiss German writes "ss" for "ß": "Aussenministerium", "Strasse".
    if (phrase.includes('ß')) this.add(phrase.replace(/ß/g, 'ss'), payload, options);
    const tokens = tokenize(phrase).filter((token) => token.text !== ',');
    if (tokens.length === 0) return;
    const surfaces = tokens.map((token) => token.text);
    const acronym = surfaces.length === 1 && /^[\p{Lu}\d.&-]{2,}$/u.test(surfaces[0]!);
    const entry: Entry<T> = {
      keys: surfaces.map(tokenKey),
      surfaces,
      payload,
      caseSensitive: options.caseSensitive ?? acronym,
      match: { payload, length: surfaces.length },
    };
    this.lookup = undefined;
    const first = entry.keys[0]!;
    if (entry.keys.length === 1) {
      const singles = this.singleByFirst.get(first) ?? [];
      if (!singles.some((other) => sameEntry(other, entry))) singles.push(entry);
      this.singleByFirst.set(first, singles);
    }
    const list = this.byFirst.get(first);
    if (list) {
      if (list.some((other) => sameEntry(other, entry))) return;
      list.push(entry);
      list.sort((a, b) => b.keys.length - a.keys.length);
    } else this.byFirst.set(first, [entry]);
  }

  /**
   * Every phrase that starts at `tokens[at]`, longest first. With `genitive`, the last token may carry a German
   * genitive "s" ("Donald Trumps", "Chinas").
   */
  matchAt(tokens: Token[], at: number, options?: { genitive?: boolean }): PhraseMatch<T>[] {
    const first = tokens[at];
    if (!first) return noMatches;
    const key = first.key ?? tokenKey(first.text);
    const candidates = this.candidatesFor(key);
    if (!candidates) return noMatches;
    const genitive = !!options?.genitive;
    const found: PhraseMatch<T>[] = [];
    // Exact candidates are kept longest first (see add) and inflected ones are single words: `found` is in order.
    const { exact } = candidates;
    for (let i = exactFrom(candidates, tokens, at); i < exact.length; i++)
      if (entryMatches(exact[i]!, tokens, at, genitive)) found.push(exact[i]!.match);
    if (genitive && key.length > 3)
      for (const entry of candidates.inflected) if (entryMatches(entry, tokens, at, genitive)) found.push(entry.match);
    return found;
  }

  /** The longest phrase that starts at `tokens[at]`: the first of matchAt, without building the list. */
  longestAt(tokens: Token[], at: number, options?: { genitive?: boolean }): PhraseMatch<T> | undefined {
    const first = tokens[at];
    if (!first) return undefined;
    const key = first.key ?? tokenKey(first.text);
    const candidates = this.candidatesFor(key);
    if (!candidates) return undefined;
    const genitive = !!options?.genitive;
    const { exact } = candidates;
    for (let i = exactFrom(candidates, tokens, at); i < exact.length; i++)
      if (entryMatches(exact[i]!, tokens, at, genitive)) return exact[i]!.match;
    if (genitive && key.length > 3)
      for (const entry of candidates.inflected) if (entryMatches(entry, tokens, at, genitive)) return entry.match;
    return undefined;
  }

  /** The one-word phrase a single word (a part of a compound) is, if any: longestAt for a lone token. */
  wordMatch(word: string, options?: { genitive?: boolean }): PhraseMatch<T> | undefined {
    return this.longestAt([{ text: word, start: 0, end: word.length }], 0, options);
  }

  has(phrase: string): boolean {
    const key = tokenKey(phrase);
    return (this.byFirst.get(key) ?? []).some((entry) => entry.keys.length === 1);
  }

  /**
   * The phrases a token with this key may start (this runs for every token): those whose first key it is, and the
   * one-word phrases it inflects (see inflects), grouped by the ending removed: "-s" first, then "-es", then "-n".
   * One map lookup, and none for most keys, which the filter turns away.
   */
  private candidatesFor(key: string): Candidates<T> | undefined {
    const lookup = this.lookup ?? this.buildLookup();
    return lookup.filter.mayHave(key) ? lookup.candidates.get(key) : undefined;
  }

  private buildLookup(): Lookup<T> {
    const candidates = this.indexCandidates();
    this.lookup = { candidates, filter: new KeyFilter(candidates.keys(), candidates.size) };
    return this.lookup;
  }

  private indexCandidates(): Map<string, Candidates<T>> {
    const candidates = new Map<string, Candidates<T>>();
    for (const [key, entries] of this.byFirst) {
      const singlesFrom = entries.findIndex((entry) => entry.keys.length === 1);
      candidates.set(key, {
        exact: entries,
        inflected: [],
        singlesFrom: singlesFrom < 0 ? entries.length : singlesFrom,
        nextKeys: nextKeysOf(entries),
      });
    }
    const inflect = (key: string, singles: Entry<T>[]) => {
      const known = candidates.get(key);
      if (known) known.inflected = [...known.inflected, ...singles];
      else candidates.set(key, { exact: [], inflected: singles, singlesFrom: 0, nextKeys: new Set() });
    };
    for (const [stem, singles] of this.singleByFirst) inflect(`${stem}s`, singles);
    for (const [stem, singles] of this.singleByFirst) inflect(`${stem}es`, singles);
    for (const [stem, singles] of this.singleByFirst) if (stem.endsWith('e')) inflect(`${stem}n`, singles);
    // The English possessive ("Japan's") and the German apostrophe genitive of names ending in s ("Marcos'").
    for (const [stem, singles] of this.singleByFirst) inflect(`${stem}'s`, singles);
    for (const [stem, singles] of this.singleByFirst) if (/[sxzß]$/.test(stem)) inflect(`${stem}'`, singles);
    return candidates;
  }
}

type Lookup<T> = { candidates: Map<string, Candidates<T>>; filter: KeyFilter };

type Candidates<T> = {
  exact: Entry<T>[];
  inflected: Entry<T>[];
  /** Where the one-word phrases begin in `exact`. */
  singlesFrom: number;
  /** Every key a second token may have to continue one of the longer phrases in `exact`. */
  nextKeys: Set<string>;
};

/**
 * Where to start in the exact candidates: past the phrases of several words when the next token continues none.
 * Frequent first words ("Japan", "US") start dozens of phrases; most of the time none of them goes on.
 */
function exactFrom<T>(candidates: Candidates<T>, tokens: Token[], at: number): number {
  if (candidates.singlesFrom === 0) return 0;
  const next = tokens[at + 1];
  return next && candidates.nextKeys.has(next.key ?? tokenKey(next.text)) ? 0 : candidates.singlesFrom;
}

/** Keys of second words, with the case endings a second word that is also the last may take (see tokenMatches). */
function nextKeysOf<T>(entries: Entry<T>[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (entry.keys.length < 2) continue;
    keys.add(entry.keys[1]!);
    if (entry.keys.length > 2) continue;
    const base = entry.caseSensitive ? entry.surfaces[1]! : entry.keys[1]!;
    const forms = [`${base}s`, `${base}es`, `${base}'s`, ...(base.endsWith('e') ? [`${base}n`] : [])];
    if (/[sxzß]$/.test(base)) forms.push(`${base}'`);
    for (const form of forms) keys.add(entry.caseSensitive ? tokenKey(form) : form);
  }
  return keys;
}

function entryMatches<T>(entry: Entry<T>, tokens: Token[], at: number, genitive: boolean): boolean {
  const count = entry.keys.length;
  if (count > tokens.length - at) return false;
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    if (!tokenMatches(tokens[at + i]!, entry.keys[i]!, entry.surfaces[i]!, entry.caseSensitive, last && genitive))
      return false;
  }
  return true;
}

function tokenMatches(token: Token, key: string, surface: string, caseSensitive: boolean, genitive: boolean): boolean {
  if (caseSensitive) return token.text === surface || (genitive && inflects(token.text, surface));
  const tokenLower = token.key ?? tokenKey(token.text);
  return tokenLower === key || (genitive && key.length > 2 && inflects(tokenLower, key));
}

/**
 * Case endings a name takes: German genitive "Trumps", "Sicherheitsrates", dative plural "Streitkräften", the
 * apostrophe genitive of names ending in s ("Marcos'"), and the English possessive "Japan's".
 */
function inflects(token: string, base: string): boolean {
  // Compared in place: building `${base}s` for every candidate allocated a string per check.
  const ending = token.length - base.length;
  const last = token.charCodeAt(token.length - 1);
  if (ending === 1) {
    const inflected =
      last === letterS ||
      (last === letterN && base.charCodeAt(base.length - 1) === letterE) ||
      (isApostrophe(last) && sibilantEnd.test(base));
    return inflected && token.startsWith(base);
  }
  if (ending !== 2 || last !== letterS) return false;
  const before = token.charCodeAt(token.length - 2);
  return (before === letterE || isApostrophe(before)) && token.startsWith(base);
}

const [letterE, letterN, letterS] = [...'ens'].map((letter) => letter.charCodeAt(0)) as [number, number, number];
const sibilantEnd = /[sxzßSXZ]$/;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** Two entries match the same tokens: the same keys, and for case-sensitive ones the same spelling. */
function sameEntry<T>(a: Entry<T>, b: Entry<T>): boolean {
  const words = (entry: Entry<T>) => (entry.caseSensitive ? entry.surfaces : entry.keys).join(' ');
  return a.payload === b.payload && a.caseSensitive === b.caseSensitive && words(a) === words(b);
}
