/**
 * Values as Cypher literals, for a script that must run where no parameters can be bound (cypher-shell -f,
 * Neo4j Browser). Strings are single-quoted with every backslash, quote, control character and lone surrogate
 * escaped, so no value can end its literal or the statement early; no raw line break ever appears inside one.
 */
export type CypherValue = string | number | boolean | null | undefined | readonly CypherValue[] | CypherMap;
export type CypherMap = { readonly [key: string]: CypherValue };

export function cypherLiteral(value: CypherValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no Cypher literal`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value as CypherMap).filter(([, item]) => item !== undefined);
  return `{${entries.map(([key, item]) => `${cypherName(key)}: ${cypherLiteral(item)}`).join(', ')}}`;
}

export function cypherString(value: string): string {
  return `'${value.replace(needsEscape, escapeCharacter)}'`;
}

/** A label, relationship type or map key: bare when it is a plain identifier, else in backticks. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

const needsEscape =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\\'\u0000-\u001f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const shortEscapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function escapeCharacter(character: string): string {
  return shortEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
