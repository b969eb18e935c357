const german = new Set([
  'der',
  'die',
  'das',
  'und',
  'nicht',
  'mit',
  'ist',
  'auf',
  'für',
  'von',
  'den',
  'sich',
  'dem',
  'ein',
  'eine',
  'auch',
  'wird',
  'zu',
]);
const english = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'in',
  'that',
  'for',
  'with',
  'on',
  'was',
  'as',
  'by',
  'it',
  'are',
  'be',
  'this',
  'from',
]);

/** "de" or "en" by function words, for articles whose metadata does not say; other languages read as the closer. */
export function detectLanguage(text: string): 'de' | 'en' {
  return languageOfWords(
    text
      .slice(0, 20_000)
      .toLowerCase()
      .split(/[^\p{L}]+/u),
  );
}

/** The same judgement over lowercase words already split (an article's tokens' keys). */
export function languageOfWords(words: Iterable<string>): 'de' | 'en' {
  let score = 0;
  for (const word of words) {
    if (german.has(word)) score++;
    else if (english.has(word)) score--;
  }
  return score >= 0 ? 'de' : 'en';
}
