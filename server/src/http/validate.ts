import { z } from 'zod';
import { entityKinds, relationTypes } from '../ingest/model.js';
import { BadRequestError } from './errors.js';

/** Parses query, params or body with a zod schema; a failure is a 400 that names each failing field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : where,
    message: issue.message,
  }));
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new BadRequestError(`Invalid ${where}: ${summary}`, problems);
}

/** A comma-separated list in a query string (`kinds=Person,Country`), each item checked against `allowed`. */
export function csvOf<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(allowed as unknown as [T, ...T[]], { message: `must be among ${allowed.join(', ')}` })));
}

export const kindsParam = csvOf(entityKinds);
export const typesParam = csvOf(relationTypes);

/** An entity or article id: printable, bounded. */
export const idParam = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((value) => ![...value].some((char) => char.charCodeAt(0) < 32), 'must not contain control characters');

export const limitParam = (max: number, fallback: number) =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1).max(max).default(fallback);
