import { Endings } from '../text/endings.js';
import { startsUppercase, tokenKey, type Token } from '../text/tokens.js';

/*
 * Words that make or qualify an office title in a sentence (see scanSentence): nouns of office the title list does
 * not hold, a compound's elided first part before one, and the "shadow" of an opposition spokesperson.
 */

/**
 * Nouns of office the title list does not hold ("Kommunikationskoordinator", "NASA-Administrator"): they still
 * announce a person, with an unspecified role.
 */
const roleNounSuffixes = new Endings([
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
  'vorsitzenden',
  'beauftragte',
  'beauftragter',
  'gesandte',
  'gesandter',
  // Compounds by their head: "Finanzministerin", "Luftwaffeninspekteur", "Stabschef", "Apple-Chef".
  'minister',
  'ministerin',
  'inspekteur',
  'inspekteurin',
  'chef',
  'chefin',
  'coordinator',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'director',
  'adviser',
  'advisor',
]);
/**
 * A module constant: the TypeScript loader (esbuild) compiles a `\p{…}` pattern outside a character class into
 * `new RegExp(…)`, which written inline in a function is built again on every call.
 */
const roleNounWord = /^\p{Lu}[\p{L}-]+$/u;

export const isRoleNoun = (token: Token) => {
  const first = token.text.charCodeAt(0);
  // Cheap checks first: this runs for every token.
  if (token.text.length < 6 || first < 65 || (first > 90 && first < 192)) return false;
  return roleNounSuffixes.matches(token.key ?? tokenKey(token.text)) && roleNounWord.test(token.text);
};

/**
 * "Staats- und Parteichef": a compound's first part with its head left out ("Staats-", hyphen and space) and "und"
 * before the title belong to it; the tokens drop the hyphen, which the gap of two characters still shows.
 */
export function elidedPartBefore(tokens: Token[], at: number): boolean {
  const and = tokens[at - 1];
  const part = tokens[at - 2];
  return (
    !!and &&
    !!part &&
    (and.text === 'und' || and.text === 'oder') &&
    and.start - part.end === 2 &&
    startsUppercase(part.text)
  );
}

/** The word before a title that makes it the opposition's shadow of the office. */
export const shadowWord = new Set(['shadow', 'Shadow']);
