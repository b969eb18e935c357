import { z } from 'zod';

/** The shapes of the YAML files in data/lexicon/ (and of a user's own files in ATLAS_LEXICON_DIR). */
const text = z.string().min(1);
const names = z
  .array(text)
  .nullish()
  .transform((list) => list ?? []);
const date = z
  .union([z.string(), z.date()])
  .nullish()
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? undefined)));

export const countryEntry = z.looseObject({
  id: z.string().regex(/^[A-Z]{2}$/, 'a country id is an ISO 3166-1 alpha-2 code'),
  names,
  demonyms: names,
  nouns: names,
  capitals: names,
  excluded_names: names,
  names_only_in: z.record(z.enum(['de', 'en']), names).optional(),
  wikidata: z.string().optional(),
  source: z.string().optional(),
});

export const organizationEntry = z.looseObject({
  id: text,
  name: text,
  aliases: names,
  weak_aliases: names,
  kind: z.string().optional(),
  country: z.string().nullish(),
  wikidata: z.string().optional(),
  source: z.string().optional(),
});

export const agreementEntry = z.looseObject({
  id: text,
  name: text,
  aliases: names,
  weak_aliases: names,
  parties: names,
  signed: date,
  kind: z.string().optional(),
  wikidata: z.string().optional(),
  source: z.string().optional(),
});

export const officeTerm = z.looseObject({
  role: text,
  title: z.string().optional(),
  country: text,
  from: date,
  to: date,
});

export const personEntry = z.looseObject({
  id: text,
  name: text,
  aliases: names,
  gender: z.enum(['m', 'f']).optional(),
  offices: z
    .array(officeTerm)
    .nullish()
    .transform((list) => list ?? []),
  wikidata: z.string().optional(),
  source: z.string().optional(),
});

export const baseEntry = z.looseObject({
  id: text,
  name: text,
  aliases: names,
  country: z.string().nullish(),
  territoryOf: z.string().nullish(),
  operators: names,
  ambiguousBareName: z.boolean().optional(),
  wikidata: z.string().optional(),
  source: z.string().optional(),
});

export const officeEntry = z.looseObject({ role: text, titles: z.array(text) });

export const lexiconFile = z.looseObject({
  countries: z.array(countryEntry).optional(),
  organizations: z.array(organizationEntry).optional(),
  agreements: z.array(agreementEntry).optional(),
  people: z.array(personEntry).optional(),
  bases: z.array(baseEntry).optional(),
  offices: z.array(officeEntry).optional(),
  honorifics: z.array(text).optional(),
});

export type CountryEntry = z.infer<typeof countryEntry>;
export type OrganizationEntry = z.infer<typeof organizationEntry>;
export type AgreementEntry = z.infer<typeof agreementEntry>;
export type PersonEntry = z.infer<typeof personEntry>;
export type BaseEntry = z.infer<typeof baseEntry>;
export type OfficeEntry = z.infer<typeof officeEntry>;
export type LexiconFile = z.infer<typeof lexiconFile>;
