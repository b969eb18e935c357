import { wordStartBefore } from './tokens.js';

export type Sentence = { index: number; text: string; start: number; end: number };

/** Abbreviations after which a period does not end a sentence (German and English news usage). */
const abbreviations = new Set([
  'z',
  'b',
  'bzw',
  'ca',
  'd',
  'h',
  'dr',
  'prof',
  'nr',
  'st',
  'str',
  'u',
  'a',
  'usw',
  'vgl',
  'etc',
  'evtl',
  'ggf',
  'inkl',
  'jh',
  'jhd',
  'mio',
  'mrd',
  'bzgl',
  'sog',
  'insb',
  'geb',
  'gest',
  'hrsg',
  'abs',
  'art',
  'kap',
  'vs',
  'mr',
  'mrs',
  'ms',
  'sen',
  'rep',
  'gen',
  'adm',
  'col',
  'lt',
  'sgt',
  'gov',
  'jr',
  'sr',
  'no',
  'inc',
  'ltd',
  'corp',
  'co',
  'jan',
  'feb',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'dez',
  'dec',
  'min',
  'max',
  'bzw',
  'o',
  'ä',
  'i',
  'e',
  'v',
  'chr',
  'tel',
  'fa',
  'ehem',
  'bsp',
  'zzgl',
  'ff',
  'f',
  'al',
]);

const months =
  /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrhunderts|(Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.)(?!\p{L})/u;

/**
 * Splits text into sentences with their offsets. A line break always ends a sentence (headlines, paragraphs).
 * Inside a line, `.`, `!`, `?` (optionally followed by closing quotes or brackets) end a sentence when followed by
 * space and an uppercase letter, a digit or an opening quote — except after known abbreviations, single initials,
 * and ordinal numbers before a month ("am 13. Januar").
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

const boundary = /[.!?…]+["“”»«'’)\]]*(?=\s+["„“»«'‘(]?[A-ZÄÖÜ0-9])/g;

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  boundary.lastIndex = 0;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const punctuationAt = match.index;
    const end = punctuationAt + match[0].length;
    if (line[punctuationAt] === '.' && !endsSentence(line, punctuationAt, end)) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, to, out);
}

/** A module constant: esbuild turns a `\p{…}` pattern into `new RegExp(…)`, built on every call if inline. */
const initial = /^\p{Lu}$/u;

function endsSentence(line: string, periodAt: number, after: number): boolean {
  const wordBefore = line.slice(wordStartBefore(line, periodAt, Math.max(0, periodAt - 30)), periodAt);
  if (wordBefore === '') return true;
  if (abbreviations.has(wordBefore.toLowerCase())) return false;
  if (initial.test(wordBefore)) return false; // an initial: "Lloyd J. Austin"
  const next = line.slice(after).trimStart();
  if (/^\d+$/.test(wordBefore) && (months.test(next) || /^\d/.test(next))) return false; // "13. Januar", "1. 000"
  return true;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ index: out.length, text: text.slice(s, e), start: s, end: e });
}
