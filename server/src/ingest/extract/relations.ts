import { officesAt } from '../lexicon/lexicon.js';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import { unique, type ArticleState, type Hit } from './article-state.js';
import { conjunction, definiteArticle, troopNoun, type SentenceCues } from './cues.js';
import { countryPlacingBase } from './new-bases.js';
import { lowercaseStart, sameClause, separatePartners, signers } from './participants.js';

export function relationsOf(
  sentence: Sentence,
  tokens: Token[],
  hits: Hit[],
  phraseParties: Map<string, string[]>,
  state: ArticleState,
  cues: SentenceCues,
): void {
  const named = unique(hits.filter((hit) => hit.kind === 'Person'));
  // "Die beiden Verteidigungsführer unterzeichneten …", "Marcos empfing die beiden japanischen Minister": a group
  // of people named just before takes part too.
  const group = groupReferredTo(tokens, hits, named, state);
  const people = [...named, ...group];
  const agreements = unique(hits.filter((hit) => hit.kind === 'Agreement'));
  const countries = hits.filter((hit) => hit.kind === 'Country');

  // A shadow minister speaks for the opposition: no office, whatever the lexicon says of later years.
  for (const person of hits.filter((hit) => hit.kind === 'Person' && hit.role && hit.role !== 'shadow')) {
    if (person.roleOrganization)
      state.relate('REPRESENTS', person.id, person.roleOrganization, sentence, { role: person.role! });
    const country = person.roleCountry ?? officeCountry(person, state) ?? organCountry(person.roleOrganization, state);
    if (!country) continue;
    // "Amtskollege" or plain "Minister" says someone holds an office, not which: the lexicon knows which.
    const vague = person.role === 'counterpart' || person.role === 'minister';
    const role = vague ? (officeRole(person, state) ?? person.role!) : person.role!;
    state.represents.set(person.id, country);
    state.relate('REPRESENTS', person.id, country, sentence, { role });
  }

  if (people.length >= 2 && cues.meeting) {
    // "hatte Kims Vertrauten in New York getroffen": the possessor of someone else is not at the table.
    const met = unique(hits.filter((hit) => hit.kind === 'Person' && !possessorOfOther(hit, tokens, state)));
    for (let i = 0; i < met.length; i++)
      for (let j = i + 1; j < met.length; j++)
        if (!separatePartners(met[i]!, met[j]!, tokens, hits, met.length))
          state.relate('MET', met[i]!.id, met[j]!.id, sentence);
    // A group meets whoever the sentence names; a group alone ("die vier Minister kamen zusammen") meets itself.
    for (const member of group) for (const person of met) state.relate('MET', member.id, person.id, sentence);
    if (met.length === 0)
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++) state.relate('MET', group[i]!.id, group[j]!.id, sentence);
  }

  const signing = cues.signing;
  for (const agreement of agreements) {
    for (const party of phraseParties.get(agreement.id) ?? []) state.relate('PARTY_TO', party, agreement.id, sentence);
    const known = state.lexicon.entities.get(agreement.id);
    // "das amerikanisch-japanische Sicherheitsabkommen": the countries inside a known name are its parties.
    for (const party of countriesWithin(agreement, tokens, state))
      if (known?.countries.includes(party)) state.relate('PARTY_TO', party, agreement.id, sentence);
    for (const country of countries) {
      // Under a signing verb, countries named as such sign ("USA, Japan und Südkorea unterzeichnen");
      // an adjective ("nordkoreanischen Raketen") only describes something else.
      const named = country.form === 'name' || country.form === 'capital';
      if ((signing && named && sameClause(tokens, country, agreement)) || known?.countries.includes(country.id))
        state.relate('PARTY_TO', country.id, agreement.id, sentence);
    }
    if (!signing) continue;
    for (const person of signers(people, tokens)) {
      state.relate('SIGNED', person.id, agreement.id, sentence);
      // A signatory binds the country they represent.
      const country = state.represents.get(person.id) ?? officeCountry({ ...person, role: 'minister' }, state);
      if (country && /^[A-Z]{2}$/.test(country)) state.relate('PARTY_TO', country, agreement.id, sentence);
    }
  }

  if (cues.stationing) stationing(sentence, tokens, hits, state);
  bases(sentence, tokens, hits, state);
}

/** How many a group noun phrase counts: "die beiden", "die vier", "the two", "both". */
const groupCounts = new Map([
  ...['beiden', 'beide', 'both', 'two', 'zwei'].map((word): [string, number] => [word, 2]),
  ...['drei', 'three'].map((word): [string, number] => [word, 3]),
  ...['vier', 'four'].map((word): [string, number] => [word, 4]),
]);
/** … people: nouns for people in office, plural ("Verteidigungsführer", "Amtskollegen", "ministers", "leaders"). */
const peopleNoun =
  /(führer|minister|ministerinnen|politiker|politikerinnen|präsidenten|chefs|kollegen|vertreter|diplomaten|leaders|ministers|officials|counterparts|secretaries|diplomats|men|women)$/i;

/**
 * "Die beiden Verteidigungsführer", "die vier Minister", "the two Japanese ministers": the people of the sentences
 * just before (back to the third) that the phrase counts, the nearest first. A country adjective in the phrase keeps
 * only those who represent that country. Too many or too few people there, and the group is nobody.
 */
function groupReferredTo(tokens: Token[], hits: Hit[], named: Hit[], state: ArticleState): Hit[] {
  for (let at = 0; at < tokens.length; at++) {
    const count = groupCounts.get(tokens[at]!.key ?? tokens[at]!.text.toLowerCase());
    if (count === undefined) continue;
    // Up to two adjectives between the count and the noun ("beiden japanischen Minister").
    let noun = at + 1;
    while (
      noun < at + 3 &&
      tokens[noun] &&
      lowercaseStart.test(tokens[noun]!.text) &&
      !peopleNoun.test(tokens[noun]!.text)
    )
      noun++;
    if (!peopleNoun.test(tokens[noun]?.text ?? '')) continue;
    const country = hits.find((hit) => hit.kind === 'Country' && hit.from > at && hit.to <= noun)?.id;
    const members: string[] = [];
    for (let back = 1; back <= 3 && members.length < count; back++)
      for (const id of (state.peopleBySentence.get(state.sentence - back) ?? []).toReversed())
        if (
          !members.includes(id) &&
          !named.some((hit) => hit.id === id) &&
          (!country || state.represents.get(id) === country)
        )
          members.push(id);
    if (members.length !== count) return [];
    const span = { from: at, to: noun + 1, start: tokens[at]!.start, end: tokens[noun]!.end };
    return members.map((id) => ({ id, kind: 'Person', ...span }));
  }
  return [];
}

/** Nouns of a meeting or visit that a person's genitive may own: "Trumps Treffen mit Kim" still has Trump at it. */
const meetingNoun =
  /^(Treffen|Gespräch|Gespräche|Gipfel|Gipfeltreffen|Besuch|Telefonat|Reise|meeting|talks|summit|visit|trip|call)$/;

/**
 * A person in the genitive before another noun ("Kims Vertrauten", "Xi's envoy"): named as someone's possessor,
 * not as a participant. The genitive is a surface that is no word of the person's name ("Kims" of Kim Jong-un).
 */
function possessorOfOther(person: Hit, tokens: Token[], state: ArticleState): boolean {
  const last = tokens[person.to - 1]!.text;
  const next = tokens[person.to]?.text ?? '';
  if (!/(s|'s|’s|')$/.test(last) || (!/^\p{Lu}/u.test(next) && !/^(s|'s|’s)$/.test(next))) return false;
  const name = state.entities.get(person.id)?.name ?? '';
  if (name.split(/\s+/).includes(last)) return false;
  const owned = /^(s|'s|’s)$/.test(next) ? (tokens[person.to + 1]?.text ?? '') : next;
  return !meetingNoun.test(owned);
}

/**
 * "55.000 US-Soldaten sind in Japan stationiert", "Japan beherbergt 54.000 amerikanische Soldaten", "Die USA haben
 * 28.500 Soldaten in Südkorea stationiert", "The U.S. keeps 28,500 troops in South Korea and some 54,000 in Japan".
 * For each troop noun: the sender is the country word on it ("US-Soldaten", "amerikanische Soldaten") or else the
 * country named before it in its clause; the host is the country after "in", or the one that hosts them.
 */
function stationing(sentence: Sentence, tokens: Token[], hits: Hit[], state: ArticleState): void {
  const countries = hits.filter((hit) => hit.kind === 'Country');
  tokens.forEach((troops, troopAt) => {
    if (!troopNoun.test(troops.text)) return;
    const adjacent = countries.find(
      (hit) => hit.start >= troops.start - 30 && hit.end <= troops.end && hit.from >= troopAt - 2,
    );
    const hostAfter = countryAfterPlace(tokens, troopAt + 1, countries);
    const hosting = tokens.slice(0, troopAt).findLastIndex((token) => hostingVerb.test(token.text));
    const hostBefore =
      hosting >= 0 ? countries.findLast((hit) => hit.to <= hosting && hit.form !== 'demonym') : undefined;
    const subject = countries.findLast(
      (hit) => hit.to <= troopAt && hit.form !== 'demonym' && hit !== hostBefore && inClause(tokens, hit.to, troopAt),
    );
    // "US Marines" named as a force of a country: that country sends them; so does a force as the subject
    // ("Die Bundeswehr hat 1.800 Soldaten in Litauen").
    const force = hits.find((hit) => hit.kind === 'Organization' && hit.from <= troopAt && troopAt < hit.to);
    const forceBefore = hits.findLast(
      (hit) => hit.kind === 'Organization' && hit.to <= troopAt && inClause(tokens, hit.to, troopAt),
    );
    const sender =
      adjacent?.id ?? organCountry(force?.id, state) ?? subject?.id ?? organCountry(forceBefore?.id, state);
    if (!sender) return;
    // An adjective on the troops ("amerikanische Soldaten") allows the older reading: the other country named.
    const host =
      hostAfter ??
      hostBefore ??
      (adjacent ? countries.find((hit) => hit.id !== sender && hit !== adjacent) : undefined);
    if (!host || host.id === sender) return;
    state.relate('STATIONS_TROOPS_IN', sender, host.id, sentence, countBefore(tokens, troopAt));
    // "… and some 54,000 in Japan", "… sind in Südkorea stationiert, etwa 54.000 in Japan": another number and host
    // for the same troops.
    const verbAfter = stationedWord.test(tokens[host.to]?.text ?? '') ? 1 : 0;
    for (let at = host.to + verbAfter; conjunction.test(tokens[at]?.text ?? '');) {
      const number = tokens.slice(at + 1, at + 4).findIndex((token) => /^\d/.test(token.text));
      if (number < 0) break;
      const numberAt = at + 1 + number;
      const next = countryAfterPlace(tokens, numberAt + 1, countries);
      if (!next || next.id === sender) break;
      const count = parseCount(tokens[numberAt]!.text, tokens[numberAt + 1]?.text);
      state.relate('STATIONS_TROOPS_IN', sender, next.id, sentence, count ? { count } : {});
      at = next.to;
    }
  });
}

/** A participle that may close the first clause before an elliptical second one. */
const stationedWord = /^(stationiert|stationed|based|deployed|untergebracht)$/;
const hostingVerb = /^(beherbergt|beherbergen|beherbergte|beherbergten|hosts|host|hosted|hosting)$/;

/** The number within four tokens before a troop noun ("rund 28.500 Soldaten", "2,500 US Marines"). */
function countBefore(tokens: Token[], troopAt: number): { count?: number } {
  const from = Math.max(0, troopAt - 4);
  const at = tokens.slice(from, troopAt).findLastIndex((token) => /^\d/.test(token.text));
  if (at < 0) return {};
  const count = parseCount(tokens[from + at]!.text, tokens[from + at + 1]?.text);
  return count ? { count } : {};
}

/**
 * "in Südkorea", "to South Korea", "auf verschiedenen Stützpunkten in Japan": a country after a place preposition,
 * within eight words and the same clause.
 */
function countryAfterPlace(tokens: Token[], at: number, countries: Hit[]): Hit | undefined {
  for (let k = at; k < tokens.length && k - at <= 8 && inClause(tokens, k, k + 1); k++) {
    if (!/^(in|im|nach|auf|to|into|on)$/.test(tokens[k]!.text)) continue;
    const after = definiteArticle.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    const country = countries.find((hit) => hit.from === after && hit.form !== 'demonym');
    if (country) return country;
  }
  return undefined;
}

/** Whether no clause boundary (a comma before a lowercase word) lies between two token positions. */
function inClause(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (
      tokens[k]!.text === ',' &&
      /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') &&
      !/^(whose|deren|dessen)$/.test(tokens[k + 1]!.text)
    )
      return false;
  return true;
}

/** A base with a country in the same sentence: where it lies, and who runs it ("US-Militärstützpunkt Yokosuka"). */
function bases(sentence: Sentence, tokens: Token[], hits: Hit[], state: ArticleState): void {
  const baseHits = hits.filter((hit) => hit.kind === 'Base');
  if (baseHits.length === 0) return;
  const countries = hits.filter((hit) => hit.kind === 'Country').map((hit) => hit.id);
  // "Die US-Luftwaffe fliegt von der Osan Air Base": a country's forces at a base are that country there.
  const forces = hits
    .filter((hit) => hit.kind === 'Organization')
    .map((hit) => organCountry(hit.id, state))
    .filter((id): id is string => !!id);
  for (const base of baseHits) {
    const known = state.lexicon.entities.get(base.id);
    for (const country of countries)
      if (known?.countries.includes(country)) state.relate('LOCATED_IN', base.id, country, sentence);
    // A base the lexicon does not place: the country the sentence places it in.
    const placed = known?.countries.length ? undefined : countryPlacingBase(base, tokens, hits);
    if (placed) state.relate('LOCATED_IN', base.id, placed, sentence);
    for (const country of new Set([...countries, ...forces]))
      if (known?.operators.includes(country) && !known.countries.includes(country))
        state.relate('OPERATES', country, base.id, sentence);
  }
}

export function parseCount(text: string, next?: string): number | undefined {
  const digits = text.replace(/[.,' ](?=\d{3}\b)/g, '').replace(',', '.');
  const value = Number.parseFloat(digits);
  if (!Number.isFinite(value)) return undefined;
  const scale = /^(Tausend|thousand)$/i.test(next ?? '')
    ? 1000
    : /^(Millionen|Mio|million)$/i.test(next ?? '')
      ? 1_000_000
      : 1;
  return Math.round(value * scale);
}

/**
 * The country of a titled person's office, from the lexicon: the office the title names; for a vague title
 * ("Amtskollege", "Minister") the first office; for another title ("Machthaber" for a head of state) the one country
 * all their offices then belong to.
 */
function officeCountry(person: Hit, state: ArticleState): string | undefined {
  const known = state.lexicon.entities.get(person.id);
  if (!known) return undefined;
  const offices = officesAt(known, state.context.publishedAt);
  const matching = offices.filter((office) => office.role === person.role);
  const office = matching[0] ?? (person.role === 'counterpart' || person.role === 'minister' ? offices[0] : undefined);
  if (office) return office.country;
  const countries = new Set(offices.map((each) => each.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Organs of a state: who speaks for a ministry, an agency or the armed forces speaks for that state. */
const stateOrgans = new Set(['agency', 'armed-forces', 'military-command']);

function organCountry(organizationId: string | undefined, state: ArticleState): string | undefined {
  const organization = organizationId ? state.lexicon.entities.get(organizationId) : undefined;
  if (!organization || !stateOrgans.has(organization.organizationKind ?? '')) return undefined;
  return organization.countries.length === 1 ? organization.countries[0] : undefined;
}

function officeRole(person: Hit, state: ArticleState): string | undefined {
  const known = state.lexicon.entities.get(person.id);
  return known ? officesAt(known, state.context.publishedAt)[0]?.role : undefined;
}

/** Countries named inside a hit's own words ("amerikanisch-japanische" in an agreement's name). */
function countriesWithin(hit: Hit, tokens: Token[], state: ArticleState): string[] {
  const countries: string[] = [];
  for (const token of tokens.slice(Math.max(0, hit.from), hit.to)) {
    for (const part of token.text.split(/[-‐]/)) {
      const match = state.lexicon.names.wordMatch(part);
      if (match?.payload.entity.kind === 'Country') countries.push(match.payload.entity.id);
    }
  }
  return countries;
}
