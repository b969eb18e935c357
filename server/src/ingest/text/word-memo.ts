/**
 * What a word alone decides, computed once per distinct word. News text repeats its words: most tokens are words
 * seen before, and one map lookup answers for them where the checks themselves (endings, word lists, patterns)
 * cost several times more. Bounded, so a stream of articles never grows it past `limit` words.
 */
export class WordMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly compute: (word: string) => T,
    private readonly limit = 50_000,
  ) {}

  of(word: string): T {
    let value = this.known.get(word);
    if (value === undefined) {
      value = this.compute(word);
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(word, value);
    }
    return value;
  }
}
