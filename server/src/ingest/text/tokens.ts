export type Token = {
  text: string;
  /** tokenKey(text), computed once: phrase lookups compare keys many times per token. */
  key?: string;
  /** Offsets in the text the tokenizer was given. */
  start: number;
  end: number;
};

/**
 * Words with their offsets. Hyphenated compounds stay one token ("US-Verteidigungsminister", "Won-sik"); so do
 * numbers with separators ("55.000", "2+2") and dotted abbreviations ("U.S."). Punctuation is not a token,
 * except `,` which relation rules use to read lists.
 */
const wordPattern =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’]*(?:[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*|\d+(?:[.,' ]\d{3})*(?:[.,]\d+)?(?:\+\d+)?%?|,/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    tokens.push({
      text: match[0],
      key: tokenKey(match[0]),
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    });
  }
  return tokens;
}

/** Matching key: lowercase, typographic apostrophe folded, trailing dots dropped. */
export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
