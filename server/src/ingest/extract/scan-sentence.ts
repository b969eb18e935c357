import type { KnownEntity, Language, Lexicon, NameForm, NameHit } from '../lexicon/lexicon.js';
import type { PhraseMatch } from '../lexicon/phrase-index.js';
import { startsUppercase, type Token } from '../text/tokens.js';
import { baseCue, placePreposition } from './cues.js';
import { elidedPartBefore, isRoleNoun, shadowWord } from './title-words.js';

/** An entity of the lexicon found in a sentence, with the tokens (or the part of a compound token) it covers. */
export type Found = {
  entity: KnownEntity;
  form: NameForm | 'surname' | 'prefix';
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Other people with the same surname, when `form` is 'surname'; the entries sharing a weak alias. */
  alternatives?: KnownEntity[];
  /** A weak agreement name the sentence alone does not settle: the article decides (see extractArticle). */
  unsettled?: boolean;
};

/** An office title in a sentence ("Verteidigungsminister", "US-Außenministerin"), with a country prefix if any. */
export type TitleAt = { role: string; from: number; to: number; country?: string; organization?: string };

/** "US-Soldaten", "Suk‐yeol": a compound whose parts may name an entity. */
function isCompound(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code === 45 || code === 0x2010) return true;
  }
  return false;
}

/** Lookup options, made once: scanSentence looks up every token. */
const withGenitive = { genitive: true };

export type SentenceScan = { tokens: Token[]; found: Found[]; titles: TitleAt[] };

/**
 * One pass over a sentence's tokens: lexicon names (longest match first, German genitive allowed), parts of
 * hyphenated compounds ("US-Soldaten", "amerikanisch-japanische"), office titles, and surnames of known people.
 * Weak and ambiguous forms are kept only when the sentence supports them.
 */
export function scanSentence(tokens: Token[], lexicon: Lexicon, language?: Language): SentenceScan {
  const found: Found[] = [];
  const titles: TitleAt[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const name = inLanguage(lexicon.names.longestAt(tokens, i, withGenitive), language);
    const title = lexicon.titles.longestAt(tokens, i);
    if (title && (!name || title.length >= name.length)) {
      // "the shadow foreign minister": the opposition's spokesperson holds no office.
      const shadow = i > 0 && shadowWord.has(tokens[i - 1]!.text);
      const from = elidedPartBefore(tokens, i) ? i - 2 : i;
      titles.push({ role: shadow ? 'shadow' : title.payload, from, to: i + title.length });
      i += title.length;
      continue;
    }
    if (name) {
      // "Subic Bay Naval Base": a base's name with its kind after it is one mention.
      const isBase = name.payload.entity.kind === 'Base';
      const length = name.length + (isBase ? baseKindAt(tokens, i + name.length) : 0);
      const last = tokens[i + length - 1]!;
      // "Marinestützpunkt Wilhelmshaven": a German base noun right before the name is part of the mention.
      const kind = isBase && i > 0 && germanBaseKind.test(tokens[i - 1]!.text) && found.at(-1)?.to !== i ? 1 : 0;
      found.push({
        entity: name.payload.entity,
        form: name.payload.form,
        from: i - kind,
        to: i + length,
        start: tokens[i - kind]!.start,
        end: last.end,
        ...(name.payload.form === 'weak' ? { alternatives: weakEntries(lexicon, tokens, i, name.length) } : {}),
      });
      i += length;
      continue;
    }
    // Surnames are capitalised; looking up only those saves a third of the lookups.
    const surname = startsUppercase(token.text) ? lexicon.surnames.matchAt(tokens, i, withGenitive) : [];
    if (surname.length > 0) {
      const length = surname[0]!.length;
      const people = surname.filter((match) => match.length === length).map((match) => match.payload);
      const last = tokens[i + length - 1]!;
      found.push({
        entity: people[0]!,
        form: 'surname',
        from: i,
        to: i + length,
        start: token.start,
        end: last.end,
        alternatives: people,
      });
      i += length;
      continue;
    }
    const before = titles.length;
    if (isCompound(token.text)) scanCompound(tokens, i, lexicon, found, titles, language);
    if (isRoleNoun(token)) {
      // "NASA-Administrator": the compound's organisation is the one the office belongs to.
      const compound = titles.length > before ? titles.pop() : undefined;
      const prefix = found.find((hit) => hit.from === i && hit.form === 'prefix' && hit.entity.kind === 'Organization');
      titles.push({
        ...(prefix ? { organization: prefix.entity.id } : {}),
        ...compound,
        // "Schattenaußenminister": no office.
        role: token.text.startsWith('Schatten') ? 'shadow' : 'other',
        from: elidedPartBefore(tokens, i) ? i - 2 : i,
        to: i + 1,
      });
    }
    i++;
  }
  return { tokens, found: found.filter((hit) => supported(hit, found, tokens)), titles };
}

/** A name that means its entity only in the other language is no match ("Island" in English text). */
function inLanguage(
  match: PhraseMatch<NameHit> | undefined,
  language: Language | undefined,
): PhraseMatch<NameHit> | undefined {
  const only = match?.payload.language;
  return only && language && only !== language ? undefined : match;
}

function scanCompound(
  tokens: Token[],
  index: number,
  lexicon: Lexicon,
  found: Found[],
  titles: TitleAt[],
  language: Language | undefined,
): void {
  const token = tokens[index]!;
  const parts: Token[] = [];
  let offset = 0;
  for (const part of token.text.split(/[-‐]/)) {
    parts.push({ text: part, start: token.start + offset, end: token.start + offset + part.length });
    offset += part.length + 1;
  }
  const countries: string[] = [];
  const organizations: string[] = [];
  parts.forEach((part, k) => {
    if (part.text === '') return;
    const title = lexicon.titles.wordMatch(part.text);
    if (title && k === parts.length - 1) {
      titles.push({
        role: title.payload,
        from: index,
        to: index + 1,
        ...(countries[0] ? { country: countries[0] } : {}),
        ...(organizations[0] ? { organization: organizations[0] } : {}),
      });
      return;
    }
    const hit = inLanguage(lexicon.names.wordMatch(part.text, { genitive: k === parts.length - 1 }), language);
    if (!hit || hit.payload.form === 'weak' || hit.payload.form === 'bare-base') return;
    const entity = hit.payload.entity;
    if (entity.kind === 'Country') countries.push(entity.id);
    if (entity.kind === 'Organization') organizations.push(entity.id);
    found.push({
      entity,
      form: k < parts.length - 1 ? 'prefix' : hit.payload.form,
      from: index,
      to: index + 1,
      start: part.start,
      end: part.end,
    });
  });
}

/** Every entry with the weak alias at `at` ("Reciprocal Access Agreement" names several). */
function weakEntries(lexicon: Lexicon, tokens: Token[], at: number, length: number): KnownEntity[] {
  const entries = lexicon.names
    .matchAt(tokens, at, withGenitive)
    .filter((match) => match.length === length && match.payload.form === 'weak')
    .map((match) => match.payload.entity);
  return [...new Set(entries)];
}

/**
 * A weak alias ("Senat", "Reciprocal Access Agreement") stands for the entry whose country or parties the sentence
 * names, the one with most of them named; an adjective of another country right before it ("der philippinische
 * Senat") rules an entry out. An agreement's generic name that the sentence does not settle is kept for the article
 * to settle.
 */
function weakSupported(hit: Found, all: Found[]): boolean {
  const adjective = all.find((other) => other.to === hit.from && other.entity.kind === 'Country');
  const candidates = (hit.alternatives ?? [hit.entity]).filter(
    (entry) => !adjective || entry.countries.length === 0 || entry.countries.includes(adjective.entity.id),
  );
  const named = (entry: KnownEntity) =>
    entry.countries.length === 0
      ? 1
      : entry.countries.filter((id) => all.some((other) => other !== hit && other.entity.id === id)).length;
  const best = Math.max(0, ...candidates.map(named));
  const supported = candidates.filter((entry) => named(entry) === best);
  if (best > 0) {
    hit.entity = supported[0]!;
    hit.alternatives = supported;
    return true;
  }
  if (candidates.length === 0 || candidates.some((entry) => entry.kind !== 'Agreement')) return false;
  hit.alternatives = candidates;
  hit.unsettled = true;
  return true;
}

function supported(hit: Found, all: Found[], tokens: Token[]): boolean {
  if (hit.form === 'weak') return weakSupported(hit, all);
  if (hit.form === 'bare-base') {
    return (
      tokens.some(
        (token, k) =>
          Math.abs(k - hit.from) <= 3 &&
          (k !== hit.from || germanBaseKind.test(token.text)) &&
          baseCue.test(token.text),
      ) || inListAfterBaseCue(hit, tokens)
    );
  }
  if (hit.entity.kind === 'Country' && namesPlace(hit, tokens)) return false;
  if (hit.form === 'capital') {
    // "Gespräche in Tokio" names a place; "Tokio und Seoul vereinbarten" names governments.
    const before = tokens[hit.from - 1]?.text ?? '';
    return !placePreposition.test(before);
  }
  return true;
}

/** Nouns of seas, straits and peninsulas: "Japanisches Meer", "South China Sea", "Koreanische Halbinsel". */
const placeNoun = /^(Meer|Meeres|Meers|See|Ozean|Ozeans|Halbinsel|Meerenge|Sea|Strait|Straits|Peninsula|Ocean|Gulf)$/;
const placeBefore = /^(Sea|Strait|Straits|Gulf|Meerenge|Straße|Strasse|Golf)$/;

/**
 * A country's name or adjective inside the name of a sea or strait names a place, not the country. In German the
 * adjective of such a name is capitalised ("im Japanischen Meer", "das Ostchinesische Meer"); a lowercase one
 * before the same noun ("das japanische Meer der Gedanken") is left alone.
 */
function namesPlace(hit: Found, tokens: Token[]): boolean {
  const next = tokens[hit.to];
  if (next && placeNoun.test(next.text) && (hit.form !== 'demonym' || startsUppercase(tokens[hit.from]!.text)))
    return true;
  // "Sea of Japan", "Straße von Taiwan"
  const of = tokens[hit.from - 1]?.text ?? '';
  return /^(of|von)$/.test(of) && placeBefore.test(tokens[hit.from - 2]?.text ?? '');
}

/** German nouns of a base that stand before its name ("Luftwaffenstützpunkt Kadena", "Fliegerhorst Büchel"). */
const germanBaseKind =
  /^\p{Lu}[\p{L}-]*(stützpunkt|stützpunkts|stützpunktes|basis|fliegerhorst|fliegerhorsts)$|^(Stützpunkt|Basis|Fliegerhorst)$/u;

/** How many tokens at `at` name a kind of base in English: "Air Base", "Naval Base", "Air Force Base", "Air Station". */
function baseKindAt(tokens: Token[], at: number): number {
  const words = tokens.slice(at, at + 3).map((token) => token.text);
  if (words[0] === 'Air' && words[1] === 'Force' && words[2] === 'Base') return 3;
  if (/^(Air|Naval)$/.test(words[0] ?? '') && /^(Base|Station)$/.test(words[1] ?? '')) return 2;
  return 0;
}

/** Connecting tokens of a list of places: commas, conjunctions, short words ("in", "auf", "de") and names. */
const listWord = /^(,|sowie|and)$/;

/**
 * "die Luftwaffenbasen Basa in Pampanga, Antonio Bautista auf Palawan und Lumbia": a bare base name in a list that
 * a base noun opens. Walks back over the list (names, places, commas, short words) to the base noun.
 */
function inListAfterBaseCue(hit: Found, tokens: Token[]): boolean {
  // Only a list item: the name follows a comma or a conjunction ("…, Antonio Bautista", "… und Lumbia").
  if (!/^(,|und|sowie|oder|and|or)$/.test(tokens[hit.from - 1]?.text ?? '')) return false;
  for (let k = hit.from - 1; k >= 0 && hit.from - k <= 24; k--) {
    const text = tokens[k]!.text;
    if (baseCue.test(text)) return true;
    if (!(listWord.test(text) || text.length <= 3 || startsUppercase(text))) return false;
  }
  return false;
}
