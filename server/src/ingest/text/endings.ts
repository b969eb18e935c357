/*
 * Word lists matched for every token of every sentence, indexed by the last UTF-16 units of their words: a lookup
 * by a number rules out most tokens without hashing (or making) a string.
 */

/** A fixed list of word endings ("abkommen", "koordinator"), matched against lowercase keys (see tokenKey). */
export class Endings {
  private readonly byTail = new Map<number, string[]>();
  private readonly shortest: number;

  constructor(endings: readonly string[]) {
    if (endings.some((ending) => ending.length < 2)) throw new Error('Endings need two letters or more.');
    for (const ending of endings) this.byTail.set(tailOf(ending), [...(this.byTail.get(tailOf(ending)) ?? []), ending]);
    this.shortest = Math.min(...endings.map((ending) => ending.length));
  }

  /** Whether `key` ends with one of the endings. */
  matches(key: string): boolean {
    if (key.length < this.shortest) return false;
    const endings = this.byTail.get(tailOf(key));
    return endings !== undefined && endings.some((ending) => key.endsWith(ending));
  }
}

/** Whole words as written, each with bits saying what it signals. */
export class WordBits {
  private readonly bySketch = new Map<number, { word: string; bits: number }[]>();

  constructor(words: Iterable<[word: string, bits: number]>) {
    for (const [word, bits] of words) {
      const similar = this.bySketch.get(sketchOf(word)) ?? [];
      const known = similar.find((entry) => entry.word === word);
      if (known) known.bits |= bits;
      else this.bySketch.set(sketchOf(word), [...similar, { word, bits }]);
    }
  }

  /** The bits of `word`; 0 when it is not listed. */
  bitsOf(word: string): number {
    const similar = this.bySketch.get(sketchOf(word));
    if (similar === undefined) return 0;
    for (const entry of similar) if (entry.word === word) return entry.bits;
    return 0;
  }
}

function tailOf(word: string): number {
  return word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
}

/**
 * A word's length and last two units in one small integer, so that many German words ending in "-en" do not share
 * one list. Units past 0xfff share their low bits: a collision only costs a comparison.
 */
function sketchOf(word: string): number {
  const last = word.length > 0 ? word.charCodeAt(word.length - 1) & 0xfff : 0;
  const beforeLast = word.length > 1 ? word.charCodeAt(word.length - 2) & 0xfff : 0;
  return (beforeLast << 18) | (last << 6) | Math.min(word.length, 63);
}
