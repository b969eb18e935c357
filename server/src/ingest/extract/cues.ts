import { Endings, WordBits } from '../text/endings.js';
import { startsUppercase, tokenKey, type Token } from '../text/tokens.js';
import { WordMemo } from '../text/word-memo.js';

/**
 * Words that signal a relation or a kind of entity, German and English. General language, not facts about any
 * article: these decide which sentence patterns count as meeting, signing or stationing.
 */
const meetingWords = words(`
  traf trafen trifft treffen getroffen Treffen Treffens begrüßte begrüßten begrüßt empfing empfangen empfängt
  Gespräch Gespräche Gesprächen Gipfel Gipfeltreffen berieten beraten berät besprachen sprach sprachen
  telefonierte telefonierten Telefonat Ministergespräche Ministertreffen zusammen Zusammenkunft met meet meets
  meeting talks welcomed hosted summit spoke
`);

const signingWords = words(`
  unterzeichnete unterzeichneten unterzeichnet unterzeichnen Unterzeichnung unterschrieb unterschrieben
  unterschreiben paraphierten schlossen abgeschlossen signed sign signing concluded inked
  Unterschrift Unterschriften signature signatures
`);

const stationingWords = words(`
  stationiert stationierten stationiere Stationierung beherbergt beherbergen beherbergte beherbergend stationed
  hosts hosting hosted host deployed based keeps keep maintains maintain unterhält unterhalten Präsenz presence
`);

/** Participles of a bond by an agreement: "durch einen Vertrag verbunden", "bound by a treaty". */
const boundWords = words(`verbunden gebunden bound tied`);

/**
 * Verbs of concluding an agreement, as participle or past ("hat … ein Abkommen geschlossen", "vereinbarte"): wider
 * than the signing words, since "vereinbart" and "geschlossen" say an agreement exists, not that someone signed it.
 */
const concludingWords = words(`
  geschlossen abgeschlossen schloss schlossen vereinbart vereinbarte vereinbarten unterzeichnet unterzeichnete
  unterzeichneten unterschrieben unterschrieb paraphiert paraphierte paraphierten
`);

/** Each word, and its Swiss spelling with "ss" for "ß" ("begrüssten"), precomputed so that lookups stay one per token. */
function words(list: string): string[] {
  return list
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word.includes('ß') ? [word, word.replaceAll('ß', 'ss')] : [word]));
}

/** Which cues a sentence holds. Cue words match as written: "Treffen" and "treffen" are both listed where meant. */
export type SentenceCues = {
  meeting: boolean;
  signing: boolean;
  stationing: boolean;
  /** A word of a bond ("verbunden", "bound") or of concluding an agreement ("geschlossen", "vereinbart"). */
  bound: boolean;
  concluding: boolean;
  /** Indexes of the tokens that are agreement head nouns (see isAgreementHead), in order. */
  agreementHeads: number[];
  /** Indexes of nouns before a company's name ("Konzern", "firms"), of base nouns, of organisations' head nouns. */
  companyNouns: number[];
  baseNouns: number[];
  organizationHeads: number[];
};

/** Shared by the many sentences without such a noun: the lists are only read. */
const none: number[] = [];

const meeting = 1;
const signing = 2;
const stationing = 4;
const bound = 128;
const concluding = 256;
/** Each cue word with the cues it gives, so that one lookup per token finds them all. */
const cueWords = new WordBits([
  ...meetingWords.map((word): [string, number] => [word, meeting]),
  ...signingWords.map((word): [string, number] => [word, signing]),
  ...stationingWords.map((word): [string, number] => [word, stationing]),
  ...boundWords.map((word): [string, number] => [word, bound]),
  ...concludingWords.map((word): [string, number] => [word, concluding]),
]);

/**
 * Compound nouns of a meeting: "Auftakttreffen", "Spitzentreffens". Compounds of "Gespräch" are left out: in
 * "X und Y führen Sicherheitsgespräche mit Z" the two sit on the same side of the table.
 */
const meetingEndings = new Endings(['treffen', 'treffens']);

/** Set in a word's bits when it heads an agreement noun phrase ("Abkommen", "treaty", "the deal"). */
const agreementHead = 8;
/** Set for a noun before a company's name, a base noun before or after a base's name, an organisation's head noun. */
const companyNounBit = 16;
const baseNounBit = 32;
const organizationHeadBit = 64;
/** Set for a German noun of a place ("Grenzbahnhof", "Provinz"): a name after it names the place, not a person. */
const placeNounBit = 512;

/** Endings of German place nouns, also ending a compound ("Grenzbahnhof", "Hafenstadt", "Küstenprovinz"). */
const placeNounEndings = new Endings(
  words(`
    bahnhof bahnhofs flughafen flughafens hafen hafens platz platzes straße provinz stadt insel inseln dorf dorfes
    grenzübergang grenzübergangs bezirk bezirks distrikt distrikts region hauptstadt kreis kreises
  `).map((word) => word.toLowerCase()),
);

/**
 * German nouns for a company, also ending a compound ("US-Konzern", "Rüstungskonzerns", "Flugzeugbauer",
 * "Chiphersteller"); "-bauer" only in a compound, since "Bauer" alone is a surname.
 */
const germanCompanyNoun =
  /^(?:\p{Lu}[\p{L}-]*)?(?:konzern|Konzern|hersteller|Hersteller|unternehmen|Unternehmen|firma|Firma|firmen|Firmen|werft|Werft|zulieferer|Zulieferer)(?:s|e|en|n|es)?$|^\p{Lu}[\p{L}-]+bauer(?:s|n)?$/u;
/** English nouns for a company; "policymaker", "lawmaker" are people and stay out. */
const englishCompanyNoun =
  /^(company|companies|firm|firms|contractor|contractors|manufacturer|manufacturers|maker|makers|shipbuilder|shipbuilders|conglomerate|conglomerates|supplier|suppliers|chipmaker|chipmakers|carmaker|carmakers|automaker|automakers|planemaker|giant)$/;
/** German nouns of a base before its name: "Stützpunkt X", "Marinestützpunkt X", "Luftwaffenbasis X", "Fliegerhorst X". */
export const germanBaseNoun =
  /^(?:\p{Lu}[\p{L}-]*)?(?:stützpunkt|Stützpunkt|basis|Fliegerhorst|fliegerhorst)(?:s|es)?$/u;
/** The last word of an organisation's English name: "… Trade Organization", "… Aerospace Industries". */
export const organizationHead =
  /^(Organisation|Organization|Agency|Authority|Association|Federation|Institute|Corporation|Commission|Industries|Foundation|Bureau)$/;

const bitsOfWord = new WordMemo((word: string): number => {
  const key = tokenKey(word);
  let bits = cueWords.bitsOf(word);
  if (word.length > 6 && meetingEndings.matches(key)) bits |= meeting;
  if ((isAgreementHead(key) && !notAgreement.test(word)) || anaphoricHead.test(word)) bits |= agreementHead;
  if (germanCompanyNoun.test(word) || englishCompanyNoun.test(word)) bits |= companyNounBit;
  if (word === 'Base' || word === 'Station' || word === 'Camp' || germanBaseNoun.test(word)) bits |= baseNounBit;
  if (organizationHead.test(word)) bits |= organizationHeadBit;
  if (word.length > 3 && startsUppercase(word) && placeNounEndings.matches(key)) bits |= placeNounBit;
  return bits;
});

/** Whether a word is one of a bond ("verbunden", "bound"): a lookup in the words' memo, as for the sentence's cues. */
export function isBoundWord(word: string): boolean {
  return (bitsOfWord.of(word) & bound) !== 0;
}

/** Whether a word is one of signing ("unterzeichneten", "signed"), as isBoundWord. */
export function isSigningWord(word: string): boolean {
  return (bitsOfWord.of(word) & signing) !== 0;
}

/** Whether a capitalised word is a German noun of a place ("Grenzbahnhof", "Provinz"), as isBoundWord. */
export function isPlaceNoun(word: string): boolean {
  return (bitsOfWord.of(word) & placeNounBit) !== 0;
}

/** Whether a word is one of concluding an agreement ("geschlossen", "vereinbarte"), as isBoundWord. */
export function isConcludingWord(word: string): boolean {
  return (bitsOfWord.of(word) & concluding) !== 0;
}

/** One pass over a sentence's tokens for everything that depends on a word alone. */
export function sentenceCues(tokens: Token[]): SentenceCues {
  let cues = 0;
  const agreementHeads: number[] = [];
  let companyNouns = none;
  let baseNouns = none;
  let organizationHeads = none;
  for (let index = 0; index < tokens.length; index++) {
    const bits = bitsOfWord.of(tokens[index]!.text);
    cues |= bits;
    if (bits & agreementHead) agreementHeads.push(index);
    if (bits & companyNounBit) (companyNouns === none ? (companyNouns = []) : companyNouns).push(index);
    if (bits & baseNounBit) (baseNouns === none ? (baseNouns = []) : baseNouns).push(index);
    if (bits & organizationHeadBit)
      (organizationHeads === none ? (organizationHeads = []) : organizationHeads).push(index);
  }
  return {
    meeting: (cues & meeting) !== 0,
    signing: (cues & signing) !== 0,
    stationing: (cues & stationing) !== 0,
    bound: (cues & bound) !== 0,
    concluding: (cues & concluding) !== 0,
    agreementHeads,
    companyNouns,
    baseNouns,
    organizationHeads,
  };
}

export const troopNoun =
  /(Soldaten|Soldatinnen|Truppen|Streitkräfte|Streitkräften|Militärangehörige|Militärangehörigen|Marines|troops|soldiers|forces|personnel|service members|servicemembers|Präsenz|presence)$/;

/** Nouns for a base, singular and plural ("Stützpunkt", "Luftwaffenbasen", "bases"), also ending a compound. */
export const baseCue =
  /(stützpunkt|stützpunkts|stützpunktes|stützpunkte|stützpunkten|basis|basen|base|bases|camp|camps|station|stations|garrison|kaserne|kasernen|fliegerhorst|fliegerhorste)$/i;

/** Agreement head nouns: the last part of the word ("Sicherheitsabkommen", "Verteidigungsvertrags"). */
const agreementHeadEndings = [
  'abkommen',
  'abkommens',
  'vertrag',
  'vertrags',
  'vertrages',
  'verträge',
  'vereinbarung',
  'vereinbarungen',
  'memorandum',
  'absichtserklärung',
  'pakt',
  'pakts',
  'paktes',
  'agreement',
  'agreements',
  'treaty',
  'treaties',
  'accord',
  'pact',
  'arrangement',
];

const agreementHeads = new Endings(agreementHeadEndings);

/** Whether a word is an agreement head noun, given its lowercase key (Token.key, see tokenKey). */
function isAgreementHead(key: string): boolean {
  return key.length >= 4 && agreementHeads.matches(key);
}

/**
 * "the deal", "that declaration", "das Dokument", "das Papier": only ever words for an agreement already spoken of
 * (see agreementMentions).
 */
export const anaphoricHead =
  /^(deal|Deal|declaration|Declaration|Erklärung|Dokument|Dokuments|Papier|Papiers|document|Document)$/;

/** Words ending like an agreement head that are not agreements. */
const notAgreement = /^(Vertragsstaat|Vertragspartner|Mietvertrag|Arbeitsvertrag|Koalitionsvertrag|Koalitionsvertrags)/;

export const indefiniteArticle = /^(ein|eine|einen|einem|einer|eines|an|a|neue|neues|neuen|neuer|new)$/i;
export const definiteArticle = /^(der|die|das|dem|den|des|the|dieses|diese|diesem|diesen|this|that)$/i;
export const placePreposition = /^(in|im|nach|aus|from|to|at|bei|vor|über|auf)$/i;
export const conjunction = /^(und|sowie|and|,)$/;

/** Capitalised words that start a German sentence or clause and are never part of a name. */
export const notNameWord =
  /^(Der|Die|Das|Dem|Den|Des|Ein|Eine|Einen|Einem|Er|Sie|Es|Wir|Ich|Ihr|Sein|Seine|Ihre|Am|Im|In|Auf|Bei|Mit|Nach|Vor|Für|Über|Unter|Zum|Zur|Vom|Als|Auch|Doch|Und|Oder|Aber|Dies|Diese|Dieser|Laut|Während|Wie|Was|Wer|Wo|The|A|An|And|Of|In|On|At|To|For|With|He|She|It|They|We|This|That|Minister|Ministerin|Präsident|Regierung|Armee|Militär|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

/**
 * Number words and currencies, German and English: capitalised in German, they never begin or make up a name
 * ("43 Billionen Yen" is money, though "Yen" is also a surname).
 */
export const quantityWords = new Set([
  ...words(`
    Tausend Tausende Tausenden Hundert Hunderte Hunderten Dutzend Dutzende Million Millionen Milliarde Milliarden
    Billion Billionen Prozent Euro Dollar US-Dollar Yen Won Yuan Renminbi Pfund Rubel Rupien Franken Pesos Peso
    Thousand Thousands Hundred Hundreds Million Millions Billion Billions Trillion Dollars Percent
  `),
]);
