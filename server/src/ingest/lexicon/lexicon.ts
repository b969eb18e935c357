import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { EntityKind } from '../model.js';
import { tokenize } from '../text/tokens.js';
import { PhraseIndex } from './phrase-index.js';
import { readLexiconFiles } from './load-lexicon.js';
import type { LexiconFile, PersonEntry } from './schema.js';

countries.registerLocale(de);
countries.registerLocale(en);

export type Office = { role: string; country: string; from?: string; to?: string };

export type KnownEntity = {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  wikidata?: string;
  offices: Office[];
  /** Agreements: their parties; bases: host country first. */
  countries: string[];
  operators: string[];
  /** Agreements: treaty, agreement, memorandum … and the date signed. */
  agreementKind?: string;
  /** Organisations: alliance, agency, armed-forces, military-command … (see data/lexicon/README.md). */
  organizationKind?: string;
  signed?: string;
};

export type NameForm = 'name' | 'demonym' | 'noun' | 'capital' | 'weak' | 'bare-base';
export type Language = 'de' | 'en';
/** `language`: the name means the entity only in text of that language (German "Island" is English "island"). */
export type NameHit = { entity: KnownEntity; form: NameForm; language?: Language };

export type Lexicon = {
  entities: Map<string, KnownEntity>;
  names: PhraseIndex<NameHit>;
  surnames: PhraseIndex<KnownEntity>;
  titles: PhraseIndex<string>;
  honorifics: Set<string>;
};

const germanAdjectiveEndings = ['', 'e', 'en', 'er', 'es', 'em'];
/** Countries whose people's names are written family name first in Western news. */
const familyNameFirstCountries = new Set(['CN', 'KR', 'KP', 'TW', 'VN', 'HK', 'MO', 'SG']);
const surnameParticles = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'al', 'bin']);

export function loadLexicon(extraDirs: string[] = []): Lexicon {
  return compileLexicon(readLexiconFiles(extraDirs));
}

export function compileLexicon(files: LexiconFile[]): Lexicon {
  const entities = new Map<string, KnownEntity>();
  const lexicon: Lexicon = {
    entities,
    names: new PhraseIndex(),
    surnames: new PhraseIndex(),
    titles: new PhraseIndex(),
    honorifics: new Set(),
  };
  const known = (id: string, kind: EntityKind, name: string): KnownEntity => {
    const existing = entities.get(id);
    if (existing) return existing;
    const entity: KnownEntity = { id, kind, name, aliases: [], offices: [], countries: [], operators: [] };
    entities.set(id, entity);
    return entity;
  };
  const addName = (entity: KnownEntity, phrase: string, form: NameForm = 'name', language?: Language) => {
    // Capitals and countries' names are proper names, capitalised in both languages: "vienna" in a web address is
    // not Vienna, "china" is porcelain, "turkey" a bird.
    const proper = form === 'capital' || (form === 'name' && entity.kind === 'Country');
    const caseSensitive = proper ? { caseSensitive: true } : {};
    const payload: NameHit = language ? { entity, form, language } : { entity, form };
    lexicon.names.add(phrase, payload, caseSensitive);
    for (const inflected of inflectedForms(phrase)) lexicon.names.add(inflected, payload, caseSensitive);
    if (form === 'name' && !entity.aliases.includes(phrase)) entity.aliases.push(phrase);
  };

  for (const file of files) {
    for (const entry of file.countries ?? []) {
      const englishName = countries.getName(entry.id, 'en') ?? entry.names[0] ?? entry.id;
      const country = known(entry.id, 'Country', englishName);
      if (entry.wikidata) country.wikidata = entry.wikidata;
      const onlyIn = Object.entries(entry.names_only_in ?? {}) as [Language, string[]][];
      const excluded = new Set([...entry.excluded_names, ...onlyIn.flatMap(([, names]) => names)]);
      const libraryNames = [
        ...countries.getNames('de', { select: 'all' })[entry.id]!,
        ...countries.getNames('en', { select: 'all' })[entry.id]!,
      ].flat();
      for (const name of [...(libraryNames ?? []), ...entry.names]) if (!excluded.has(name)) addName(country, name);
      for (const [language, names] of onlyIn) for (const name of names) addName(country, name, 'name', language);
      for (const demonym of entry.demonyms) {
        const german = /^[a-zäöü]/.test(demonym.replace(/^[A-Z]+-/, ''));
        for (const ending of german ? germanAdjectiveEndings : ['']) addName(country, demonym + ending, 'demonym');
      }
      for (const noun of entry.nouns) {
        addName(country, noun, 'noun');
        if (/er$/.test(noun)) addName(country, `${noun}n`, 'noun');
      }
      for (const capital of entry.capitals) addName(country, capital, 'capital');
    }
    for (const entry of file.organizations ?? []) {
      const organization = known(entry.id, 'Organization', entry.name);
      if (entry.wikidata) organization.wikidata = entry.wikidata;
      if (entry.country) organization.countries = [entry.country];
      if (entry.kind) organization.organizationKind = entry.kind;
      for (const name of [entry.name, ...entry.aliases]) addName(organization, name);
      for (const weak of entry.weak_aliases) addName(organization, weak, 'weak');
    }
    for (const entry of file.agreements ?? []) {
      const agreement = known(entry.id, 'Agreement', entry.name);
      if (entry.wikidata) agreement.wikidata = entry.wikidata;
      agreement.countries = entry.parties;
      if (entry.kind) agreement.agreementKind = entry.kind;
      if (entry.signed) agreement.signed = entry.signed;
      for (const name of [entry.name, ...entry.aliases]) addName(agreement, name);
      for (const weak of entry.weak_aliases) addName(agreement, weak, 'weak');
    }
    for (const entry of file.bases ?? []) {
      const base = known(entry.id, 'Base', entry.name);
      if (entry.wikidata) base.wikidata = entry.wikidata;
      base.countries = [entry.country, entry.territoryOf].filter((code): code is string => !!code);
      base.operators = entry.operators;
      addName(base, entry.name);
      for (const alias of entry.aliases) {
        const bare = entry.ambiguousBareName && !/\s/.test(alias) && !/[-]/.test(alias);
        addName(base, alias, bare ? 'bare-base' : 'name');
      }
    }
    for (const entry of file.people ?? []) addPerson(lexicon, known(entry.id, 'Person', entry.name), entry);
    for (const office of file.offices ?? []) {
      for (const title of office.titles) lexicon.titles.add(title, office.role, { caseSensitive: true });
    }
    for (const honorific of file.honorifics ?? []) lexicon.honorifics.add(honorific.replace(/\.$/, ''));
  }
  addBaseCores(lexicon);
  return lexicon;
}

/**
 * The kind of base before or after a base's own name: "Naval Base Camilo Osias", "Komatsu Air Base", and the German
 * nouns before it: "Marinestützpunkt Kure", "Luftwaffenstützpunkt Kadena", "Fliegerhorst Büchel".
 */
const baseKind =
  /^(?:(?:Naval|Air) (?:Base|Station)|Naval Air Station|Naval Support Facility|Marine Corps Air Station|(?:Marine|Luftwaffen|Militär|US-Militär|US-Luftwaffen|US-Marine)?(?:stützpunkt|Stützpunkt|basis|Basis)(?:s|es)?|Fliegerhorst(?:s|es)?) |\s(?:Air Force Base|(?:Naval|Air) (?:Base|Station)|AB)$/;

/**
 * News writes a base by its own name once the kind is clear ("die Luftwaffenbasen Basa, Antonio Bautista und
 * Mactan-Benito Ebuen"): the name without its kind is a bare base name, matched next to a base noun (see
 * scanSentence). Added after every file, and only where no other entry has that phrase, so that a bare "Guam" never
 * hides the territory.
 */
function addBaseCores(lexicon: Lexicon): void {
  // Checked first and added after: each addition makes the index rebuild its lookup on the next match.
  const cores: [string, KnownEntity][] = [];
  for (const base of lexicon.entities.values()) {
    if (base.kind !== 'Base') continue;
    for (const name of [base.name, ...base.aliases]) {
      const core = name.replace(baseKind, '');
      if (core === name || core.replace(/[^\p{L}]/gu, '').length < 4) continue;
      const tokens = tokenize(core);
      if (lexicon.names.longestAt(tokens, 0)?.length !== tokens.length) cores.push([core, base]);
    }
  }
  for (const [core, base] of cores) lexicon.names.add(core, { entity: base, form: 'bare-base' });
}

function addPerson(lexicon: Lexicon, person: KnownEntity, entry: PersonEntry): void {
  if (entry.wikidata) person.wikidata = entry.wikidata;
  person.offices.push(...entry.offices.map(({ role, country, from, to }) => ({ role, country, from, to })));
  const familyFirst = entry.offices.some((office) => familyNameFirstCountries.has(office.country));
  for (const name of [entry.name, ...entry.aliases]) {
    lexicon.names.add(name, { entity: person, form: 'name' });
    if (!person.aliases.includes(name)) person.aliases.push(name);
  }
  for (const surname of surnamesOf(entry.name, familyFirst)) lexicon.surnames.add(surname, person);
  for (const alias of entry.aliases) {
    // An alias in the other order ("Kishida Fumio") names the same family name first.
    const reversed = alias.split(/\s+/).reverse().join(' ') === entry.name;
    for (const surname of surnamesOf(alias, reversed ? !familyFirst : familyFirst))
      lexicon.surnames.add(surname, person);
  }
}

/** "Vereinigte Staaten" → "Vereinigten Staaten", "Vereinigtes Königreich" → "Vereinigten Königreich". */
function inflectedForms(phrase: string): string[] {
  const words = phrase.split(' ');
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+(e|es|er)$/u.test(words[0]!)) return [];
  const stem = words[0]!.replace(/(e|es|er)$/, '');
  return ['en', 'e', 'er', 'es']
    .map((ending) => [stem + ending, ...words.slice(1)].join(' '))
    .filter((form) => form !== phrase);
}

export function surnamesOf(name: string, familyNameFirst: boolean): string[] {
  const words = name.replace(/,?\s+(Jr\.?|Sr\.?|I{2,3}|IV)$/, '').split(/\s+/);
  if (words.length < 2) return [];
  if (familyNameFirst) return [words[0]!];
  let first = words.length - 1;
  while (first > 1 && surnameParticles.has(words[first - 1]!.toLowerCase())) first--;
  return [words.slice(first).join(' ')];
}

/** Offices held at a date (all offices when the date is unknown), with a year's grace around the term. */
export function officesAt(person: KnownEntity, date: string | undefined): Office[] {
  if (!date) return person.offices;
  const at = Date.parse(date);
  const year = 365 * 24 * 3600 * 1000;
  return person.offices.filter((office) => {
    const from = office.from ? Date.parse(office.from) - year : -Infinity;
    const to = office.to ? Date.parse(office.to) + year : Infinity;
    return at >= from && at <= to;
  });
}
