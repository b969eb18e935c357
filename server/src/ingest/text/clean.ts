/**
 * Site furniture that is not part of an article: icons, "more on this" teasers, audio players, publication stamps.
 * Each rule matches a whole line; the line is dropped. German and English forms.
 */
const boilerplateLines: RegExp[] = [
  /^Website-Icon\b/i,
  // A teaser is the phrase alone or followed by a dash or colon; a sentence that merely starts so is prose.
  /^(Mehr zum Thema|Lesen Sie auch|Auch interessant|Weiterlesen|Read more|Related)\s*([:–—-].*)?$/i,
  /^(Transparenz|Transparency):/i,
  /^(Veröffentlicht|Aktualisiert|Published|Updated)( am| on)?\b.{0,40}$/i,
  /^(Audio|Podcast|Anhören|Listen)\b.{0,120}$/i,
  /\.(mp3|m4a|ogg|wav)(\?\S*)?\s*$/i,
  /^(Teilen|Share|Drucken|Print|Tweet|Kommentare|Comments)\s*$/i,
  /^(Foto|Bild|Photo|Image|Quelle|Source):\s.{0,160}$/i,
];

/**
 * Line ends to "\n", no-break and thin spaces to " ", zero-width spaces and byte-order marks removed: one pass
 * over the text for all of them, since most texts hold none.
 */
const oddCharacters = /\r\n?|[\u00a0\u2009\u202f\u200b\ufeff]/g;
const replacements: Record<string, string> = {
  '\r\n': '\n',
  '\r': '\n',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\ufeff': '',
};

export type CleanText = { text: string; removedLines: number };

/**
 * Normalises line ends and spaces, drops boilerplate lines and repeated lines (teasers printed twice), and keeps
 * paragraph breaks as blank lines. Offsets of evidence refer to the cleaned text, which is what the graph stores.
 */
export function cleanText(raw: string): CleanText {
  const lines = raw
    .replace(oddCharacters, (found) => replacements[found]!)
    .split('\n')
    .map((line) => collapseSpaces(line).trim());
  const kept: string[] = [];
  const seen = new Set<string>();
  let removedLines = 0;
  for (const line of lines) {
    if (line === '') {
      if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    if (boilerplateLines.some((rule) => rule.test(line)) || (line.length > 30 && seen.has(line))) {
      removedLines++;
      continue;
    }
    seen.add(line);
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return { text: kept.join('\n'), removedLines };
}

/** Runs of spaces and tabs become one space. Most lines have none: they are kept as they are, not rebuilt. */
function collapseSpaces(line: string): string {
  return line.includes('\t') || line.includes('  ') ? line.replace(/[ \t]+/g, ' ') : line;
}
