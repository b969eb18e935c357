/**
 * Text made safe for XML 1.0. Both writers put attribute values between apostrophes, so the double quotes that
 * fill every JSON value (GEXF keeps evidence as JSON in attributes) pass through untouched: no quote becomes
 * `&quot;`, the file stays about a fifth smaller and most values need no work at all.
 *
 * - `&`, `<`, `>` always become entity references; in attribute values `'` too.
 * - In attribute values, tab, line feed and carriage return become character references: a parser would
 *   otherwise fold them into spaces (XML 1.0 §3.3.3). In text, only carriage return does (§2.11 would turn it
 *   into a line feed).
 * - Characters XML 1.0 forbids outright (C0 controls other than those three, lone surrogates, U+FFFE, U+FFFF)
 *   cannot be written even as references (§2.2), so they become U+FFFD; ingest never stores them in practice.
 *
 * Hand-written because it sits on the hot path of every export: xmlbuilder2's streaming builder took 134 s and
 * xml-writer 9 s for a 100,000-node, 500,000-edge GEXF in a trial, and neither replaces forbidden characters.
 */
export function xmlAttribute(value: string): string {
  return escape(value, inAttribute);
}

/** Text as element content (GraphML's `<data>`). */
export function xmlText(value: string): string {
  return escape(value, inText);
}

/**
 * `needsWork` finds anything to change, a quick test that spares most values. In the common case, no forbidden
 * character and no surrogate, each character to reference is replaced on its own with `includes` and
 * `replaceAll`, plain scans: on the evidence JSON of 60,000 edges (kilobytes each, quotes with ampersands and
 * apostrophes) one regular expression calling back per match took half as long again. Otherwise `escapable`
 * finds, in one pass, each character to reference and each forbidden one, lone surrogates included.
 */
type Escaping = { needsWork: RegExp; escapable: RegExp; references: Record<string, string> };

const forbidden = String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`;

/** Forbidden characters and surrogates (paired or not): what only the slow path handles. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const forbiddenOrSurrogate = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

const inText: Escaping = {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  needsWork: /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/,
  escapable: new RegExp(String.raw`[&<>\r]|${forbidden}`, 'g'),
  references: { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' },
};

const inAttribute: Escaping = {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  needsWork: /[&<>'\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/,
  escapable: new RegExp(String.raw`[&<>'\t\n\r]|${forbidden}`, 'g'),
  references: { ...inText.references, "'": '&apos;', '\t': '&#9;', '\n': '&#10;' },
};

function escape(value: string, { needsWork, escapable, references }: Escaping): string {
  if (!needsWork.test(value)) return value;
  if (forbiddenOrSurrogate.test(value))
    return value.replace(escapable, (character) => references[character] ?? '\uFFFD');
  // `&` comes first among the references, so the ampersands of the references added after it stay as they are.
  let escaped = value;
  for (const character in references) {
    if (escaped.includes(character)) escaped = escaped.replaceAll(character, references[character]!);
  }
  return escaped;
}
