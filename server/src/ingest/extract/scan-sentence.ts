import type { KnownEntity, Lexicon, NameForm } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokens.js';
import { baseCue, placePreposition } from './cues.js';

/** An entity of the lexicon found in a sentence, with the tokens (or the part of a compound token) it covers. */
export type Found = {
  entity: KnownEntity;
  form: NameForm | 'surname' | 'prefix';
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Other people with the same surname, when `form` is 'surname'. */
  alternatives?: KnownEntity[];
};

/** An office title in a sentence ("Verteidigungsminister", "US-Außenministerin"), with a country prefix if any. */
export type TitleAt = { role: string; from: number; to: number; country?: string; organization?: string };

/**
 * Nouns of office the title list does not hold ("Kommunikationskoordinator", "NASA-Administrator"): they still
 * announce a person, with an unspecified role.
 */
const roleNounSuffixes = [
  'koordinator',
  'koordinatorin',
  'sprecher',
  'sprecherin',
  'berater',
  'beraterin',
  'administrator',
  'administratorin',
  'direktor',
  'direktorin',
  'leiter',
  'leiterin',
  'vorsitzende',
  'vorsitzender',
  'beauftragte',
  'beauftragter',
  'gesandte',
  'gesandter',
  'coordinator',
  'spokesperson',
  'spokesman',
  'director',
  'adviser',
  'advisor',
];
const isRoleNoun = (token: Token) => {
  const first = token.text.charCodeAt(0);
  // Cheap checks first: this runs for every token.
  if (token.text.length < 6 || first < 65 || (first > 90 && first < 192)) return false;
  const key = token.key ?? token.text.toLowerCase();
  return roleNounSuffixes.some((suffix) => key.endsWith(suffix)) && /^\p{Lu}[\p{L}-]+$/u.test(token.text);
};

export type SentenceScan = { tokens: Token[]; found: Found[]; titles: TitleAt[] };

/**
 * One pass over a sentence's tokens: lexicon names (longest match first, German genitive allowed), parts of
 * hyphenated compounds ("US-Soldaten", "amerikanisch-japanische"), office titles, and surnames of known people.
 * Weak and ambiguous forms are kept only when the sentence supports them.
 */
export function scanSentence(tokens: Token[], lexicon: Lexicon): SentenceScan {
  const found: Found[] = [];
  const titles: TitleAt[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const name = lexicon.names.matchAt(tokens, i, { genitive: true })[0];
    const title = lexicon.titles.matchAt(tokens, i)[0];
    if (title && (!name || title.length >= name.length)) {
      titles.push({ role: title.payload, from: i, to: i + title.length });
      i += title.length;
      continue;
    }
    if (name) {
      const last = tokens[i + name.length - 1]!;
      found.push({
        entity: name.payload.entity,
        form: name.payload.form,
        from: i,
        to: i + name.length,
        start: token.start,
        end: last.end,
      });
      i += name.length;
      continue;
    }
    // Surnames are capitalised; looking up only those saves a third of the lookups.
    const surname = /^\p{Lu}/u.test(token.text) ? lexicon.surnames.matchAt(tokens, i, { genitive: true }) : [];
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
    if (/[-‐]/.test(token.text)) scanCompound(tokens, i, lexicon, found, titles);
    if (isRoleNoun(token)) {
      // "NASA-Administrator": the compound's organisation is the one the office belongs to.
      const compound = titles.length > before ? titles.pop() : undefined;
      const prefix = found.find((hit) => hit.from === i && hit.form === 'prefix' && hit.entity.kind === 'Organization');
      titles.push({
        ...(prefix ? { organization: prefix.entity.id } : {}),
        ...compound,
        role: 'other',
        from: i,
        to: i + 1,
      });
    }
    i++;
  }
  return { tokens, found: found.filter((hit) => supported(hit, found, tokens)), titles };
}

function scanCompound(tokens: Token[], index: number, lexicon: Lexicon, found: Found[], titles: TitleAt[]): void {
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
    const title = lexicon.titles.matchAt([part], 0)[0];
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
    const hit = lexicon.names.matchAt([part], 0, { genitive: k === parts.length - 1 })[0];
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

function supported(hit: Found, all: Found[], tokens: Token[]): boolean {
  if (hit.form === 'weak') {
    const wanted = hit.entity.countries;
    return wanted.length === 0 || all.some((other) => other !== hit && wanted.includes(other.entity.id));
  }
  if (hit.form === 'bare-base') {
    return tokens.some((token, k) => Math.abs(k - hit.from) <= 3 && k !== hit.from && baseCue.test(token.text));
  }
  if (hit.form === 'capital') {
    // "Gespräche in Tokio" names a place; "Tokio und Seoul vereinbarten" names governments.
    const before = tokens[hit.from - 1]?.text ?? '';
    return !placePreposition.test(before);
  }
  return true;
}
