import type { QueryParameter } from './api-types';

export type ParameterKind = 'integer' | 'float' | 'boolean' | 'list' | 'string';

/** The kind of input a saved query's parameter header asks for (`integer`, `float`, `boolean`, `string[]` …). */
export function parameterKind(parameter: QueryParameter): ParameterKind {
  const type = parameter.type.toLowerCase();
  if (type.endsWith('[]') || type.startsWith('list')) return 'list';
  if (/^(int|integer|long)$/.test(type)) return 'integer';
  if (/^(float|double|number|decimal)$/.test(type)) return 'float';
  if (/^(bool|boolean)$/.test(type)) return 'boolean';
  return 'string';
}

export type ParsedValue = { value: unknown; error: null } | { value: undefined; error: string };

/**
 * Reads one form field as the parameter's type and checks its bounds, with a message that says what to type.
 * An empty field means "use the default", or is an error when there is none.
 */
export function parseParameter(parameter: QueryParameter, text: string | boolean): ParsedValue {
  const kind = parameterKind(parameter);
  if (kind === 'boolean') return { value: text === true || text === 'true', error: null };
  const raw = String(text).trim();
  if (raw === '') {
    if (parameter.default !== undefined) return { value: parameter.default, error: null };
    return { value: undefined, error: `${parameter.name} is required.` };
  }
  if (kind === 'list') {
    return {
      value: raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
      error: null,
    };
  }
  if (kind === 'string') return { value: raw, error: null };
  const number = Number(raw);
  if (!Number.isFinite(number)) return { value: undefined, error: `${parameter.name} must be a number.` };
  if (kind === 'integer' && !Number.isInteger(number)) {
    return { value: undefined, error: `${parameter.name} must be a whole number.` };
  }
  if (parameter.min !== undefined && number < parameter.min) {
    return { value: undefined, error: `${parameter.name} must be at least ${parameter.min}.` };
  }
  if (parameter.max !== undefined && number > parameter.max) {
    return { value: undefined, error: `${parameter.name} must be at most ${parameter.max}.` };
  }
  return { value: number, error: null };
}

/** How a default or a shared link's value shows in a text field. */
export function formatParameter(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
