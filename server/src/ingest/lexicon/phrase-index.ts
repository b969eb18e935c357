import { tokenize, tokenKey, type Token } from '../text/tokens.js';

export type PhraseMatch<T> = { payload: T; length: number };

const noMatches: never[] = [];

type Entry<T> = { keys: string[]; surfaces: string[]; payload: T; caseSensitive: boolean };

/**
 * Multi-word phrases looked up by their first token, longest first. Keys are lowercase; a phrase written in
 * capitals ("US", "NATO", "SDF") or registered as case-sensitive only matches the same spelling, so that English
 * "us" or German "die" never becomes a country or an organisation.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** One-word phrases only: the candidates for an inflected word. */
  private readonly singleByFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, payload: T, options: { caseSensitive?: boolean } = {}): void {
    const tokens = tokenize(phrase).filter((token) => token.text !== ',');
    if (tokens.length === 0) return;
    const surfaces = tokens.map((token) => token.text);
    const acronym = surfaces.length === 1 && /^[\p{Lu}\d.&-]{2,}$/u.test(surfaces[0]!);
    const entry: Entry<T> = {
      keys: surfaces.map(tokenKey),
      surfaces,
      payload,
      caseSensitive: options.caseSensitive ?? acronym,
    };
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
  matchAt(tokens: Token[], at: number, options: { genitive?: boolean } = {}): PhraseMatch<T>[] {
    const first = tokens[at];
    if (!first) return noMatches;
    const key = first.key ?? tokenKey(first.text);
    let candidates = this.byFirst.get(key);
    if (options.genitive && key.length > 3) {
      const last = key.charCodeAt(key.length - 1);
      // Only "-s", "-es" and "-n" endings can be inflections (see inflects).
      if (last === 115 || last === 110) {
        for (const stem of uninflected(key)) {
          const inflected = this.singleByFirst.get(stem);
          if (inflected) candidates = candidates ? [...candidates, ...inflected] : inflected;
        }
      }
    }
    if (!candidates) return noMatches;
    const found: PhraseMatch<T>[] = [];
    for (const entry of candidates) {
      if (entry.keys.length > tokens.length - at) continue;
      let ok = true;
      for (let i = 0; i < entry.keys.length && ok; i++) {
        const token = tokens[at + i]!;
        const last = i === entry.keys.length - 1;
        ok = tokenMatches(token, entry.keys[i]!, entry.surfaces[i]!, entry.caseSensitive, last && !!options.genitive);
      }
      if (ok) found.push({ payload: entry.payload, length: entry.keys.length });
    }
    // Candidates are kept longest first (see add), so `found` is already in that order.
    return found;
  }

  has(phrase: string): boolean {
    const key = tokenKey(phrase);
    return (this.byFirst.get(key) ?? []).some((entry) => entry.keys.length === 1);
  }
}

function tokenMatches(token: Token, key: string, surface: string, caseSensitive: boolean, genitive: boolean): boolean {
  if (caseSensitive) return token.text === surface || (genitive && inflects(token.text, surface));
  const tokenLower = token.key ?? tokenKey(token.text);
  return tokenLower === key || (genitive && key.length > 2 && inflects(tokenLower, key));
}

/** German case endings a name takes: genitive "Trumps", "Sicherheitsrates"; dative plural "Streitkräften". */
function inflects(token: string, base: string): boolean {
  return token === `${base}s` || token === `${base}es` || (base.endsWith('e') && token === `${base}n`);
}

function uninflected(key: string): string[] {
  const stems: string[] = [];
  if (key.endsWith('s')) stems.push(key.slice(0, -1));
  if (key.endsWith('es')) stems.push(key.slice(0, -2));
  if (key.endsWith('en')) stems.push(key.slice(0, -1));
  return stems;
}

function sameEntry<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.payload === b.payload && a.caseSensitive === b.caseSensitive && a.keys.join(' ') === b.keys.join(' ');
}
