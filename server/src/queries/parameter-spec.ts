import { z } from 'zod';
import { entityKinds } from '../ingest/model.js';

/**
 * The types a saved query's parameter can have. `entityId` and `articleId` are strings that must name an existing
 * entity or article; `kind` is one of the entity kinds. `min`/`max` bound the value of numbers, the length of
 * strings and ids, and the number of items of lists.
 */
export const parameterTypes = [
  'string',
  'integer',
  'float',
  'boolean',
  'string[]',
  'entityId',
  'articleId',
  'kind',
  'kind[]',
] as const;
export type ParameterType = (typeof parameterTypes)[number];

/** Types whose values `min` and `max` make sense for. */
const boundedTypes: ReadonlySet<ParameterType> = new Set([
  'string',
  'integer',
  'float',
  'string[]',
  'entityId',
  'articleId',
]);

/** Upper bounds that hold even when a spec sets none, so no parameter can carry an unbounded payload. */
const longestString = 10_000;
const longestList = 1_000;
const longestId = 200;

export const parameterNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

const parameterSpecShape = z.strictObject({
  name: z
    .string()
    .regex(parameterNamePattern, 'must be a Cypher parameter name: a letter or _, then letters, digits or _')
    .max(64, 'must be at most 64 characters'),
  type: z.enum(parameterTypes, { message: `must be one of ${parameterTypes.join(', ')}` }),
  /** Absent: the parameter is required. `null`: optional, and null when not given. */
  default: z.unknown().optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  description: z.string().trim().min(1, 'must say what the parameter does').max(500),
});

export type ParameterSpec = z.infer<typeof parameterSpecShape>;

/** A parameter's declaration, checked for consistency: bounds that fit its type, a default that fits its bounds. */
export const parameterSpecSchema = parameterSpecShape.superRefine((spec, context) => {
  if ((spec.min !== undefined || spec.max !== undefined) && !boundedTypes.has(spec.type)) {
    context.addIssue({ code: 'custom', path: ['min'], message: `min and max do not apply to type ${spec.type}` });
    return;
  }
  if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
    context.addIssue({ code: 'custom', path: ['min'], message: `min ${spec.min} is greater than max ${spec.max}` });
    return;
  }
  if (spec.type !== 'float' && spec.type !== 'integer') {
    for (const bound of ['min', 'max'] as const) {
      const value = spec[bound];
      if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
        context.addIssue({ code: 'custom', path: [bound], message: `${bound} of a ${spec.type} is a length or count` });
      }
    }
  }
  if (spec.default !== undefined && spec.default !== null) {
    const parsed = valueSchemaOf(spec).safeParse(spec.default);
    if (!parsed.success) {
      context.addIssue({
        code: 'custom',
        path: ['default'],
        message: `default ${JSON.stringify(spec.default)} does not fit: ${parsed.error.issues[0]?.message}`,
      });
    }
  }
});

const idSchema = z
  .string({ message: 'must be a string' })
  .min(1, 'must not be empty')
  .refine((value) => ![...value].some((char) => char.charCodeAt(0) < 32), 'must not contain control characters');

const kindSchema = z.enum(entityKinds, { message: `must be one of ${entityKinds.join(', ')}` });

/** The zod schema a value of this parameter must satisfy. */
export function valueSchemaOf(spec: Pick<ParameterSpec, 'type' | 'min' | 'max'>): z.ZodType {
  const { min, max } = spec;
  switch (spec.type) {
    case 'string':
      return z
        .string({ message: 'must be a string' })
        .min(min ?? 0, `must be at least ${min} characters long`)
        .max(Math.min(max ?? longestString, longestString), `must be at most ${max ?? longestString} characters long`);
    case 'entityId':
    case 'articleId':
      return idSchema
        .min(min ?? 1, `must be at least ${min} characters long`)
        .max(Math.min(max ?? longestId, longestId), `must be at most ${max ?? longestId} characters long`);
    case 'integer':
      return z
        .number({ message: 'must be a whole number' })
        .int('must be a whole number')
        .min(min ?? Number.MIN_SAFE_INTEGER, `must be at least ${min}`)
        .max(max ?? Number.MAX_SAFE_INTEGER, `must be at most ${max}`);
    case 'float':
      return z
        .number({ message: 'must be a number' })
        .finite('must be a finite number')
        .min(min ?? -Number.MAX_VALUE, `must be at least ${min}`)
        .max(max ?? Number.MAX_VALUE, `must be at most ${max}`);
    case 'boolean':
      return z.boolean({ message: 'must be true or false' });
    case 'string[]':
      return z
        .array(z.string({ message: 'must hold strings only' }).max(longestString), {
          message: 'must be a list of strings',
        })
        .min(min ?? 0, `must hold at least ${min} items`)
        .max(Math.min(max ?? longestList, longestList), `must hold at most ${max ?? longestList} items`);
    case 'kind':
      return kindSchema;
    case 'kind[]':
      return z
        .array(kindSchema, { message: `must be a list of entity kinds (${entityKinds.join(', ')})` })
        .max(longestList);
  }
}
