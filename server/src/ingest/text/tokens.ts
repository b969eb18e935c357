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
 *
 * The grammar is the pattern
 * `(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’]*(?:[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*|\d+(?:[.,' ]\d{3})*(?:[.,]\d+)?(?:\+\d+)?%?|,`
 * (flags `gu`), read here character by character: with its Unicode classes that regular expression took most of
 * the time of extraction's first step.
 */
export function tokenize(text: string, offset = 0): Token[] {
  return tokensIn(text, 0, text.length, offset, keysOf(text));
}

/**
 * The tokens of each range of a text ("start" to "end", such as its sentences), with offsets in the whole text.
 * Read in place, and lowercased once for all: a sentence cut out of an article is a slice, slower to read.
 */
export function tokenizeRanges(text: string, ranges: readonly { start: number; end: number }[]): Token[][] {
  const keys = keysOf(text);
  return ranges.map((range) => tokensIn(text, range.start, range.end, 0, keys));
}

/** The tokens of text[from, to), as if that were the whole text, with `shift` added to their offsets. */
function tokensIn(text: string, from: number, to: number, shift: number, keys: string | undefined): Token[] {
  const tokens: Token[] = [];
  let at = from;
  while (at < to) {
    const end = tokenEnd(text, at, to);
    if (end === at) {
      at += width(classesAt(text, at, to));
      continue;
    }
    const word = text.slice(at, end);
    let key = word;
    if (differsFromKey(text, at, end)) key = keys === undefined ? tokenKey(word) : keys.slice(at, end);
    tokens.push({ text: word, key, start: shift + at, end: shift + end });
    at = end;
  }
  return tokens;
}

/** Matching key: lowercase, typographic apostrophe folded, trailing dots dropped. */
export function tokenKey(text: string): string {
  return foldApostrophes(text.toLowerCase());
}

function foldApostrophes(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The keys of a whole text at once, so that a token's key is a slice at the token's offsets: one lowercasing per
 * text instead of one per word. Slices equal per-word keys only where lowercasing maps each character on its
 * own; two exceptions exist: "İ" becomes two characters and "Σ" lowercases by its neighbours (final sigma). A
 * text with either gets undefined, and keys per word.
 */
function keysOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes('Σ')) return undefined;
  return foldApostrophes(lower);
}

/** Whether a word differs from its key; most words are their own key and need no second string. */
function differsFromKey(text: string, start: number, end: number): boolean {
  for (let at = start; at < end;) {
    const classes = classesAt(text, at, end);
    if (classes & changesInKey) return true;
    at += width(classes);
  }
  return false;
}

/**
 * Where a token starting at `at` ends; `at` itself when none starts there. Alternatives in the pattern's order.
 * Scanners read no further than `limit`, the end of the text being tokenized.
 */
function tokenEnd(text: string, at: number, limit: number): number {
  const code = text.charCodeAt(at);
  if (code === comma) return at + 1;
  if (isDigit(code)) return numberEnd(text, at, limit);
  const classes = classesAt(text, at, limit);
  if ((classes & letter) === 0) return at;
  if (classes & uppercase) {
    const end = abbreviationEnd(text, at, limit);
    if (end > at) return end;
  }
  return compoundEnd(text, at + width(classes), limit);
}

/** `(?:\p{Lu}\.){2,}`: "U.S.", "U.S.A." */
function abbreviationEnd(text: string, at: number, limit: number): number {
  let end = at;
  let letters = 0;
  for (let classes = classesAt(text, end, limit); classes & uppercase; classes = classesAt(text, end, limit)) {
    if (codeAt(text, end + width(classes), limit) !== period) break;
    end += width(classes) + 1;
    letters++;
  }
  return letters >= 2 ? end : at;
}

/** After a word's first letter: `[\p{L}\p{M}\p{N}'’]*(?:[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*`. */
function compoundEnd(text: string, from: number, limit: number): number {
  let end = wordRestEnd(text, from, limit);
  for (;;) {
    const code = codeAt(text, end, limit);
    if (code !== hyphen && code !== unicodeHyphen) return end;
    const classes = classesAt(text, end + 1, limit);
    if ((classes & (letter | number)) === 0) return end;
    end = wordRestEnd(text, end + 1 + width(classes), limit);
  }
}

function wordRestEnd(text: string, from: number, limit: number): number {
  let end = from;
  for (let classes = classesAt(text, end, limit); classes & inWord; classes = classesAt(text, end, limit))
    end += width(classes);
  return end;
}

/** `\d+(?:[.,' ]\d{3})*(?:[.,]\d+)?(?:\+\d+)?%?`: "55.000", "54,000", "3.5", "2+2", "2%". */
function numberEnd(text: string, at: number, limit: number): number {
  let end = digitsEnd(text, at, limit);
  while (
    isThousandsSeparator(codeAt(text, end, limit)) &&
    isDigit(codeAt(text, end + 1, limit)) &&
    isDigit(codeAt(text, end + 2, limit)) &&
    isDigit(codeAt(text, end + 3, limit))
  )
    end += 4;
  const decimal = codeAt(text, end, limit);
  if ((decimal === period || decimal === comma) && isDigit(codeAt(text, end + 1, limit)))
    end = digitsEnd(text, end + 1, limit);
  if (codeAt(text, end, limit) === plus && isDigit(codeAt(text, end + 1, limit))) end = digitsEnd(text, end + 1, limit);
  if (codeAt(text, end, limit) === percent) end++;
  return end;
}

function digitsEnd(text: string, from: number, limit: number): number {
  let end = from;
  while (isDigit(codeAt(text, end, limit))) end++;
  return end;
}

const [comma, period, hyphen, plus, percent, space] = [...',.-+% '].map((char) => char.charCodeAt(0)) as number[];
const unicodeHyphen = 0x2010;

/** `\d` is ASCII digits only, also with the `u` flag. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isThousandsSeparator(code: number): boolean {
  return code === period || code === comma || code === 39 || code === space;
}

/**
 * What the tokenizer needs to know of a code point, as bits of a number: its Unicode classes `\p{L}`, `\p{Lu}`,
 * `\p{M}`, `\p{N}`; whether it may continue a word (a letter, mark or digit, or an apostrophe); whether a token's
 * key differs from it (it lowercases to something else, or is "’"); whether it takes two UTF-16 units. A table lookup per character, where a pattern with Unicode classes costs a regular-expression run. The
 * table and the scanners that read it share this module: the TypeScript loader turns calls to another module's
 * functions into property reads through getters, too slow for a call per character.
 */
const letter = 1;
const uppercase = 2;
const mark = 4;
const number = 8;
const inWord = 16;
const changesInKey = 32;
const pair = 64;
const classified = 128;

/** UTF-16 units the code point with these classes takes. */
function width(classes: number): number {
  return classes & pair ? 2 : 1;
}

/**
 * Classes of the code point at `at`; 0 at `limit` and past it. A surrogate without its other half is a code point.
 * Small, so that the compiler inlines it into the scanners: characters seen before are one table read.
 */
function classesAt(text: string, at: number, limit: number): number {
  if (at < limit) {
    const classes = planeClasses[text.charCodeAt(at)]!;
    if (classes !== 0) return classes;
  }
  return classesFirstSeen(text, at, limit);
}

/** classesAt for characters not in the table yet, for surrogates (never in it) and past the limit. */
function classesFirstSeen(text: string, at: number, limit: number): number {
  if (at >= limit) return 0;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) return (planeClasses[code] = classify(code) | classified);
  const low = codeAt(text, at + 1, limit);
  if (code > 0xdbff || low < 0xdc00 || low > 0xdfff) return classify(code);
  return classify(text.codePointAt(at)!) | pair;
}

/**
 * Where the letters and digits (`\p{L}`, `\p{N}`) that end at `end` begin, looking no further back than `from`:
 * the word before a period, read backwards.
 */
export function wordStartBefore(text: string, end: number, from = 0): number {
  let start = end;
  for (let classes = classesBefore(text, start, from); classes & (letter | number);) {
    start -= width(classes);
    classes = classesBefore(text, start, from);
  }
  return start;
}

/** Classes of the code point that ends just before `end`, looking no further back than `from`. */
function classesBefore(text: string, end: number, from = 0): number {
  if (end <= from) return 0;
  const code = text.charCodeAt(end - 1);
  const high = end - 2 >= from ? text.charCodeAt(end - 2) : -1;
  if (code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return classesAt(text, end - 2, end);
  return code >= 0xd800 && code <= 0xdfff ? classify(code) : classesAt(text, end - 1, end);
}

/** Whether a word starts with an uppercase letter (`^\p{Lu}`). */
export function startsUppercase(word: string): boolean {
  return (classesAt(word, 0, word.length) & uppercase) !== 0;
}

/**
 * The UTF-16 unit at `at`, or -1 at `limit` and past it. Reading past the end with charCodeAt (NaN) makes V8 stop
 * inlining charCodeAt in the function; scanners look one character ahead at every word's end.
 */
function codeAt(text: string, at: number, limit: number): number {
  return at < limit ? text.charCodeAt(at) : -1;
}

/** Classes of the Basic Multilingual Plane, filled in as characters are first seen. */
const planeClasses = new Uint8Array(0x10000);

const unicodeClasses: [RegExp, number][] = [
  [/^\p{L}$/u, letter],
  [/^\p{Lu}$/u, uppercase],
  [/^\p{M}$/u, mark],
  [/^\p{N}$/u, number],
];

function classify(point: number): number {
  const char = String.fromCodePoint(point);
  let classes = 0;
  for (const [pattern, bit] of unicodeClasses) if (pattern.test(char)) classes |= bit;
  if (classes & (letter | mark | number) || char === "'" || char === '’') classes |= inWord;
  if (char.toLowerCase() !== char || char === '’') classes |= changesInKey;
  return classes;
}
