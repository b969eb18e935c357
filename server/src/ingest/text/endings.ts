/**
 * A fixed list of word endings ("abkommen", "koordinator"), matched against lowercase keys (see tokenKey).
 * Indexed by their last two letters, so that most words are ruled out by one lookup that makes no string:
 * matchers run for every token of every sentence.
 */
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

function tailOf(word: string): number {
  return word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
}
