/**
 * Words that signal a relation or a kind of entity, German and English. General language, not facts about any
 * article: these decide which sentence patterns count as meeting, signing or stationing.
 */
export const meetingCue =
  /^(traf|trafen|trifft|treffen|getroffen|Treffen|Treffens|begrüßte|begrüßten|begrüßt|empfing|empfangen|empfängt|Gespräch|Gespräche|Gesprächen|Gipfel|Gipfeltreffen|berieten|beraten|berät|besprachen|sprach|sprachen|telefonierte|telefonierten|Telefonat|Ministergespräche|Ministertreffen|zusammen|Zusammenkunft|met|meet|meets|meeting|talks|welcomed|hosted|summit|spoke)$/;

export const signingCue =
  /^(unterzeichnete|unterzeichneten|unterzeichnet|unterzeichnen|Unterzeichnung|unterschrieb|unterschrieben|unterschreiben|paraphierten|schlossen|abgeschlossen|signed|sign|signing|concluded|inked)$/;

export const stationingCue =
  /^(stationiert|stationierten|stationiere|Stationierung|beherbergt|beherbergen|beherbergte|beherbergend|stationed|hosts|hosting|deployed|Präsenz)$/;

export const troopNoun =
  /(Soldaten|Soldatinnen|Truppen|Streitkräfte|Streitkräften|Militärangehörige|Militärangehörigen|Marines|troops|soldiers|personnel|service members|servicemembers)$/;

export const baseCue =
  /(stützpunkt|stützpunkts|stützpunktes|stützpunkte|basis|Basis|Base|Camp|Station|Garrison|Kaserne|Fliegerhorst|Militärbasis|Luftwaffenbasis|Marinebasis|Air Base|Naval Base|base)$/;

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

/** Suffix checks rather than one alternation regex: this runs for every token of every sentence. */
const agreementHeadTails = new Set(agreementHeadEndings.map((ending) => ending.slice(-3)));

export function isAgreementHead(word: string): boolean {
  if (word.length < 4) return false;
  const lower = word.toLowerCase();
  if (!agreementHeadTails.has(lower.slice(-3))) return false;
  return agreementHeadEndings.some((ending) => lower.endsWith(ending));
}

/** Words ending like an agreement head that are not agreements. */
export const notAgreement =
  /^(Vertragsstaat|Vertragspartner|Mietvertrag|Arbeitsvertrag|Koalitionsvertrag|Koalitionsvertrags)/;

export const indefiniteArticle = /^(ein|eine|einen|einem|einer|eines|an|a|neue|neues|neuen|neuer|new)$/i;
export const definiteArticle = /^(der|die|das|dem|den|des|the|dieses|diese|diesem|diesen|this|that)$/i;
export const placePreposition = /^(in|im|nach|aus|from|to|at|bei|vor|über|auf)$/i;
export const conjunction = /^(und|sowie|and|,)$/;

/** Capitalised words that start a German sentence or clause and are never part of a name. */
export const notNameWord =
  /^(Der|Die|Das|Dem|Den|Des|Ein|Eine|Einen|Einem|Er|Sie|Es|Wir|Ich|Ihr|Sein|Seine|Ihre|Am|Im|In|Auf|Bei|Mit|Nach|Vor|Für|Über|Unter|Zum|Zur|Vom|Als|Auch|Doch|Und|Oder|Aber|Dies|Diese|Dieser|Laut|Während|Wie|Was|Wer|Wo|The|A|An|And|Of|In|On|At|To|For|With|He|She|It|They|We|This|That|Minister|Ministerin|Präsident|Regierung|Armee|Militär|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;
