import { z } from 'zod';

/** Metadata an article may carry (front matter, JSONL fields, a manifest.json beside the files). */
export const articleMetadata = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(300).optional(),
  publishedAt: z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
    .refine((value) => !Number.isNaN(Date.parse(value)), 'publishedAt must be a date such as 2024-07-28')
    .optional(),
  language: z.string().min(2).max(10).optional(),
});
export type ArticleMetadata = z.infer<typeof articleMetadata>;

export type ArticleInput = ArticleMetadata & { id: string; text: string; origin: string };
export type ReadFailure = { id: string; origin: string; error: string };
export type ReadResult = { article: ArticleInput } | { failure: ReadFailure };
