import type { Token } from '../text/tokens.js';
import type { ArticleState, Hit } from './article-state.js';
import type { Found } from './scan-sentence.js';
import { germanBaseNoun, notNameWord, quantityWords, troopNoun, type SentenceCues } from './cues.js';

/** A word of a base's own name: capitalised, maybe hyphenated with capitals ("Pearl Harbor-Hickam"). */
const baseNameWord = /^\p{Lu}[\p{L}'’]*(?:-\p{L}+)*$/u;
/** Words that qualify "Base" or "Station" before a name: "Naval Base X", "Marine Corps Base X", "Joint Base X". */
const baseQualifier = /^(Naval|Air|Force|Marine|Corps|Joint|Army|Support|Facility)$/;
/** An acronym of a service before "Base": "RAAF Base X", "RAF Base X". */
const serviceAcronym = /^[A-Z]{2,6}$/;

/**
 * Bases the lexicon does not know, by a base noun with a capitalised name: "RAAF Base Tarrant", "Naval Station
 * Wexley", "Camp Harlow", "Dunmore Air Base", "der Stützpunkt Kellberg". An organisation's acronym inside the name
 * ("RAAF" in "RAAF Base Tarrant") is part of the base's name, not a mention of that organisation: it leaves `hits`,
 * the lexicon's finds, before they become entities.
 */
export function newBases(tokens: Token[], hits: Found[], cues: SentenceCues, state: ArticleState): Hit[] {
  const bases: Hit[] = [];
  if (cues.baseNouns.length === 0) return bases;
  const taken = (at: number) => hits.some((hit) => hit.from <= at && at < hit.to);
  const isName = (at: number) => {
    const text = tokens[at]?.text;
    return (
      !!text &&
      baseNameWord.test(text) &&
      !notNameWord.test(text) &&
      !quantityWords.has(text) &&
      !troopNoun.test(text) &&
      !taken(at)
    );
  };
  const nameAfter = (at: number) => {
    let end = at;
    while (end - at < 3 && isName(end) && !state.lexicon.titles.has(tokens[end]!.text)) end++;
    return end;
  };
  let next = 0;
  for (const k of cues.baseNouns) {
    if (k < next) continue;
    const text = tokens[k]!.text;
    let from = -1;
    let nameFrom = -1;
    let to = -1;
    if ((text === 'Base' || text === 'Station') && k > 0) {
      // "RAAF Base X", "Naval Air Station X"; "X Air Base" is read from its end below.
      let start = k;
      while (start > 0 && baseQualifier.test(tokens[start - 1]!.text)) start--;
      if (start === k && serviceAcronym.test(tokens[k - 1]!.text)) start--;
      const end = nameAfter(k + 1);
      if (start < k && end > k + 1) [from, nameFrom, to] = [start, k + 1, end];
      else if (start < k && end === k + 1) {
        // "Dunmore Air Base", "Dunmore Air Force Base": the name before the kind.
        let name = start;
        while (name > 0 && start - name < 3 && isName(name - 1) && !serviceAcronym.test(tokens[name - 1]!.text)) name--;
        if (name < start && /^(Air|Naval)$/.test(tokens[start]!.text)) [from, nameFrom, to] = [name, name, k + 1];
      }
    } else if (text === 'Camp' || germanBaseNoun.test(text)) {
      const end = nameAfter(k + 1);
      if (end > k + 1) [from, nameFrom, to] = [text === 'Camp' ? k : k + 1, k + 1, end];
    }
    if (from < 0 || hits.some((hit) => hit.entity.kind !== 'Organization' && hit.from < to && from < hit.to)) continue;
    if (nameFrom === to) continue;
    bases.push(state.newEntityAt(tokens, from, to, 'Base'));
    for (let at = hits.length - 1; at >= 0; at--) if (hits[at]!.from >= from && hits[at]!.to <= to) hits.splice(at, 1);
    next = to;
  }
  return bases;
}

/** Words of a place phrase between a base and "in <country>": "northeast of Tokyo", "on Manus Island", "bei Nagoya". */
const placePhraseWord = new Set([
  ...['on', 'at', 'near', 'off', 'outside', 'of', 'the', 'north', 'south', 'east', 'west'],
  ...['northeast', 'northwest', 'southeast', 'southwest', 'auf', 'an', 'am', 'bei', 'nahe', 'von', 'der', 'dem'],
  ...['nördlich', 'südlich', 'östlich', 'westlich', 'nordöstlich', 'nordwestlich', 'südöstlich', 'südwestlich'],
]);
/** Prepositions that place a base at a country named just before: "in Japan, auf der Hyakuri Air Base". */
const atBase = new Set(['auf', 'at', 'in', 'on', 'an', 'am', 'im']);
const articleBeforeBase = new Set(['der', 'dem', 'den', 'die', 'the']);

/**
 * The country a sentence places a base in: "X Air Base in Japan", with a place phrase between ("X Air Base northeast
 * of Tokyo in Japan", "Y Naval Base on Manus Island in Papua New Guinea"), or named just before it ("in Japan, auf
 * der X Air Base").
 */
export function countryPlacingBase(base: Hit, tokens: Token[], hits: Hit[]): string | undefined {
  const countryAt = (at: number) => hits.find((hit) => hit.kind === 'Country' && hit.from === at);
  const nameAt = (at: number) => baseNameWord.test(tokens[at]?.text ?? '') && !countryAt(at);
  let at = base.to;
  if (tokens[at]?.text !== 'in') {
    if (!placePhraseWord.has(tokens[at]?.text ?? '')) return before(base, tokens, countryAt);
    while (at < base.to + 7 && (placePhraseWord.has(tokens[at]?.text ?? '') || nameAt(at))) at++;
  }
  if (tokens[at]?.text === 'in' && countryAt(at + 1)) return countryAt(at + 1)!.id;
  return before(base, tokens, countryAt);
}

function before(base: Hit, tokens: Token[], countryAt: (at: number) => Hit | undefined): string | undefined {
  let at = base.from - 1;
  if (articleBeforeBase.has(tokens[at]?.text ?? '')) at--;
  if (!atBase.has(tokens[at]?.text ?? '') || tokens[at - 1]?.text !== ',') return undefined;
  // The country ends before the comma and is itself a place: "in Japan,".
  for (let from = at - 2; from >= Math.max(0, at - 5); from--) {
    const country = countryAt(from);
    if (country && country.to === at - 1 && tokens[from - 1]?.text === 'in') return country.id;
  }
  return undefined;
}
