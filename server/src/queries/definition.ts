import { z } from 'zod';
import { parameterSpecSchema } from './parameter-spec.js';

/** Where a saved query comes from: a `cypher/saved/*.cypher` file shipped with the app, or a user's save. */
export type QueryOrigin = 'file' | 'user';

export const queryNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ad-hoc and saved queries alike; long enough for any real query, short enough to refuse pasted dumps. */
export const longestCypher = 10_000;

/**
 * A saved query as its header declares it, plus its Cypher. One schema for both origins: the header parser of
 * the shipped files and the save endpoint for users' queries validate against it.
 */
export const savedQueryDefinitionSchema = z
  .strictObject({
    name: z
      .string({ message: 'is required' })
      .regex(queryNamePattern, 'must be kebab-case: lower-case letters and digits joined by single hyphens')
      .max(64, 'must be at most 64 characters'),
    title: z.string({ message: 'is required' }).trim().min(1, 'must not be empty').max(200),
    description: z.string().trim().max(2_000).default(''),
    parameters: z.array(parameterSpecSchema).max(20, 'at most 20 parameters').default([]),
    cypher: z
      .string({ message: 'is required' })
      .trim()
      .min(1, 'must not be empty')
      .max(longestCypher, `must be at most ${longestCypher} characters`),
  })
  .superRefine((definition, context) => {
    const seen = new Set<string>();
    definition.parameters.forEach((parameter, index) => {
      if (seen.has(parameter.name)) {
        context.addIssue({
          code: 'custom',
          path: ['parameters', index, 'name'],
          message: `parameter ${parameter.name} is declared twice`,
        });
      }
      seen.add(parameter.name);
    });
  });

export type SavedQueryDefinition = z.infer<typeof savedQueryDefinitionSchema>;

export type SavedQuery = SavedQueryDefinition & { origin: QueryOrigin; createdAt?: string };
