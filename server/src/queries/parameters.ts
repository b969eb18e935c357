import neo4j from 'neo4j-driver';
import { BadRequestError } from '../http/errors.js';
import { valueSchemaOf, type ParameterSpec } from './parameter-spec.js';

export type ParameterValues = Record<string, unknown>;
export type ParameterProblem = { parameter: string; message: string };

/**
 * Checks a run's parameters against the query's declarations and fills in defaults. Every problem is collected
 * (unknown name, missing without default, wrong type, out of range) and reported in one 400 naming each parameter.
 */
export function resolveParameters(specs: readonly ParameterSpec[], input: unknown): ParameterValues {
  const given = input ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new BadRequestError('parameters must be an object of name → value.', [
      { parameter: 'parameters', message: 'must be an object' },
    ]);
  }
  const problems: ParameterProblem[] = [];
  const values: ParameterValues = {};
  const declared = new Map(specs.map((spec) => [spec.name, spec]));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) {
      const known = specs.length ? `it takes ${specs.map((spec) => spec.name).join(', ')}` : 'it takes none';
      problems.push({ parameter: name, message: `unknown parameter; ${known}` });
    }
  }
  for (const spec of specs) {
    const value = (given as Record<string, unknown>)[spec.name];
    if (value === undefined || (value === null && spec.default === null)) {
      if (spec.default === undefined) problems.push({ parameter: spec.name, message: `is required (${spec.type})` });
      else values[spec.name] = spec.default;
      continue;
    }
    const parsed = valueSchemaOf(spec).safeParse(value);
    if (parsed.success) values[spec.name] = parsed.data;
    else problems.push({ parameter: spec.name, message: parsed.error.issues[0]?.message ?? `must be a ${spec.type}` });
  }
  if (problems.length) {
    const summary = problems.map((problem) => `${problem.parameter}: ${problem.message}`).join('; ');
    throw new BadRequestError(`Invalid parameters: ${summary}`, problems);
  }
  return values;
}

/**
 * The values as the driver must send them: a JavaScript number always travels as a Cypher float, and `LIMIT`,
 * `range()` and friends refuse floats, so integer parameters become driver integers.
 */
export function toCypherParameters(specs: readonly ParameterSpec[], values: ParameterValues): ParameterValues {
  const cypher: ParameterValues = { ...values };
  for (const spec of specs) {
    const value = values[spec.name];
    if (spec.type === 'integer' && typeof value === 'number') cypher[spec.name] = neo4j.int(value);
  }
  return cypher;
}

/**
 * A value of the right type for every declared parameter, for EXPLAIN on save: Neo4j plans without values, but
 * reports each parameter the query uses and was not given, which is how an undeclared `$name` is caught.
 */
export function sampleValues(specs: readonly ParameterSpec[]): ParameterValues {
  const samples: Record<ParameterSpec['type'], unknown> = {
    string: '',
    integer: 1,
    float: 1.0,
    boolean: false,
    'string[]': [],
    entityId: '',
    articleId: '',
    kind: 'Person',
    'kind[]': [],
  };
  return Object.fromEntries(specs.map((spec) => [spec.name, spec.default ?? samples[spec.type]]));
}

/**
 * Ad-hoc parameters arrive as JSON, which has one number type; whole numbers are sent as Cypher integers (as
 * Neo4j Browser does), so `LIMIT $n` and `range(1, $n)` accept them.
 */
export function fromJsonParameters(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(fromJsonParameters);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromJsonParameters(item)]));
  }
  return value;
}
