import { savedQueryDefinitionSchema, type SavedQueryDefinition } from './definition.js';
import { parameterTypes, type ParameterType } from './parameter-spec.js';

/**
 * The comment header of a `cypher/saved/*.cypher` file (format documented in cypher/README.md):
 *
 *   // name: shortest-path
 *   // title: Shortest path between two entities
 *   // description: The shortest chains of claims that link two entities,
 *   //   continued on lines indented by two or more spaces.
 *   // param: from entityId default=lloyd-austin — Where the path starts
 *   // param: maxLength integer default=4 min=1 max=6 — Most hops
 *
 * The header is the block of `//` lines the file starts with; the Cypher is everything after it.
 */
export class SavedQueryFormatError extends Error {
  override name = 'SavedQueryFormatError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

type Field = { value: string; line: number };
type RawHeader = { name?: Field; title?: Field; description?: Field; parameters: Field[]; cypherLine: number };

const headerKeys = ['name', 'title', 'description', 'param'] as const;
type HeaderKey = (typeof headerKeys)[number];
const optionKeys = ['default', 'min', 'max'] as const;

/**
 * Parses and validates one saved query file; every problem is reported with the file and line it is on. A file's
 * name and its header's `name` must agree (`expectedName`), so the URL of a query tells which file holds it.
 */
export function parseSavedQuery(text: string, file: string, expectedName?: string): SavedQueryDefinition {
  const lines = text.split(/\r?\n/);
  const header = readHeader(lines, file);
  const parameters = header.parameters.map((field) => ({ ...parseParameter(field, file), line: field.line }));
  const candidate = {
    name: header.name?.value,
    title: header.title?.value,
    description: header.description?.value,
    parameters: parameters.map(({ line: _line, ...spec }) => spec),
    cypher: lines.slice(header.cypherLine - 1).join('\n'),
  };
  const parsed = savedQueryDefinitionSchema.safeParse(candidate);
  if (parsed.success) {
    if (expectedName !== undefined && parsed.data.name !== expectedName) {
      throw new SavedQueryFormatError(
        file,
        header.name!.line,
        `name: "${parsed.data.name}" differs from the file name; name the file ${parsed.data.name}.cypher or change the header`,
      );
    }
    return parsed.data;
  }

  const issue = parsed.error.issues[0]!;
  const [field, index, property] = issue.path;
  const line =
    field === 'parameters' && typeof index === 'number'
      ? (parameters[index]?.line ?? 1)
      : field === 'cypher'
        ? header.cypherLine
        : (header[field as 'name' | 'title' | 'description']?.line ?? 1);
  const where =
    field === 'parameters' && typeof index === 'number' ? `param ${parameters[index]?.name}` : String(field);
  const what = property === undefined ? where : `${where} ${String(property)}`;
  throw new SavedQueryFormatError(file, line, `${what}: ${issue.message}`);
}

function readHeader(lines: string[], file: string): RawHeader {
  const header: RawHeader = { parameters: [], cypherLine: lines.length + 1 };
  let current: Field | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const comment = /^\s*\/\/(.*)$/.exec(lines[index]!);
    if (!comment) {
      header.cypherLine = line;
      break;
    }
    const content = comment[1]!;
    if (content.trim() === '') {
      current = undefined;
      continue;
    }
    if (/^ {2,}\S/.test(content)) {
      if (!current) throw new SavedQueryFormatError(file, line, 'an indented line continues nothing above it');
      current.value = `${current.value} ${content.trim()}`;
      continue;
    }
    const entry = /^ ?([A-Za-z]+):(.*)$/.exec(content);
    if (!entry) {
      throw new SavedQueryFormatError(
        file,
        line,
        `expected "// key: value" with key ${headerKeys.join(', ')}, or a continuation indented by two spaces`,
      );
    }
    const key = entry[1]!.toLowerCase();
    if (!(headerKeys as readonly string[]).includes(key)) {
      throw new SavedQueryFormatError(file, line, `unknown header key "${key}" (expected ${headerKeys.join(', ')})`);
    }
    current = { value: entry[2]!.trim(), line };
    if ((key as HeaderKey) === 'param') {
      header.parameters.push(current);
      continue;
    }
    const single = key as Exclude<HeaderKey, 'param'>;
    const previous = header[single];
    if (previous) throw new SavedQueryFormatError(file, line, `${key} is given twice (first on line ${previous.line})`);
    header[single] = current;
  }
  return header;
}

type RawParameter = { name: string; type: string; description: string; default?: unknown; min?: number; max?: number };

/** `<name> <type> [default=<value>] [min=<n>] [max=<n>] — <description>` */
function parseParameter(field: Field, file: string): RawParameter {
  const fail = (problem: string): never => {
    throw new SavedQueryFormatError(file, field.line, `param: ${problem}`);
  };
  const head = /^(\S+)\s+(\S+)/.exec(field.value);
  if (!head) fail('expected "<name> <type> [default=…] [min=…] [max=…] — <description>"');
  const [, name, type] = head!;
  if (!(parameterTypes as readonly string[]).includes(type!)) {
    fail(`${name}: unknown type "${type}" (expected ${parameterTypes.join(', ')})`);
  }
  const parameter: RawParameter = { name: name!, type: type!, description: '' };
  let rest = field.value.slice(head![0].length);
  for (;;) {
    rest = rest.trimStart();
    const separator = /^(—|--)/.exec(rest);
    if (separator) {
      parameter.description = rest.slice(separator[0].length).trim();
      break;
    }
    if (rest === '') break;
    const option = /^([A-Za-z]+)=/.exec(rest);
    if (!option) fail(`${name}: expected key=value or "— description" at "${rest.slice(0, 30)}"`);
    const key = option![1]!;
    if (!(optionKeys as readonly string[]).includes(key)) {
      fail(`${name}: unknown option "${key}" (expected ${optionKeys.join(', ')})`);
    }
    rest = rest.slice(option![0].length);
    const raw = scanValue(rest);
    if (raw === undefined) fail(`${name}: ${key} has an unterminated value`);
    rest = rest.slice(raw!.length);
    if (key === 'default')
      parameter.default = parseDefault(raw!, type as ParameterType, (problem) => fail(`${name}: ${problem}`));
    else {
      const bound = Number(raw);
      if (raw === '' || !Number.isFinite(bound)) fail(`${name}: ${key}=${raw} is not a number`);
      parameter[key as 'min' | 'max'] = bound;
    }
  }
  return parameter;
}

/** One option value: a JSON string or list (which may hold spaces), or a bare word up to the next space. */
function scanValue(text: string): string | undefined {
  if (text.startsWith('"')) {
    for (let index = 1; index < text.length; index++) {
      if (text[index] === '\\') index++;
      else if (text[index] === '"') return text.slice(0, index + 1);
    }
    return undefined;
  }
  if (text.startsWith('[')) {
    let depth = 0;
    let inString = false;
    for (let index = 0; index < text.length; index++) {
      const char = text[index];
      if (inString) {
        if (char === '\\') index++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '[') depth++;
      else if (char === ']' && --depth === 0) return text.slice(0, index + 1);
    }
    return undefined;
  }
  return /^\S*/.exec(text)![0];
}

/**
 * `null`, JSON (`"two words"`, `["Person"]`, `10`, `true`), or a bare word, which a text-like type takes as a
 * string so that `default=US` needs no quotes.
 */
function parseDefault(raw: string, type: ParameterType, fail: (problem: string) => never): unknown {
  if (raw === 'null') return null;
  const textLike = type === 'string' || type === 'entityId' || type === 'articleId' || type === 'kind';
  if (textLike && !raw.startsWith('"')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return fail(`default=${raw} is not a valid ${type} value (quote strings, write lists as JSON)`);
  }
}
