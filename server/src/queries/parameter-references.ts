import type { Database } from '../db/database.js';
import { BadRequestError } from '../http/errors.js';
import type { ParameterSpec } from './parameter-spec.js';
import type { ParameterProblem, ParameterValues } from './parameters.js';

/**
 * `entityId` and `articleId` parameters must name something that exists: a typo then answers "no entity with id
 * …" instead of an empty result that looks like "no such relation".
 */
export async function assertReferencesExist(
  db: Database,
  specs: readonly ParameterSpec[],
  values: ParameterValues,
): Promise<void> {
  const references = specs.flatMap((spec) => {
    const id = values[spec.name];
    if ((spec.type !== 'entityId' && spec.type !== 'articleId') || typeof id !== 'string') return [];
    return [{ parameter: spec.name, id, article: spec.type === 'articleId' }];
  });
  if (references.length === 0) return;
  const result = await db.read<{ parameter: string }>(
    `UNWIND $references AS reference
     WITH reference
     WHERE CASE WHEN reference.article
       THEN NOT EXISTS { MATCH (:Article {id: reference.id}) }
       ELSE NOT EXISTS { MATCH (:Entity {id: reference.id}) } END
     RETURN reference.parameter AS parameter`,
    { references },
  );
  const missing = new Set(result.records.map((record) => record.get('parameter')));
  if (missing.size === 0) return;
  const problems: ParameterProblem[] = references
    .filter((reference) => missing.has(reference.parameter))
    .map((reference) => ({
      parameter: reference.parameter,
      message: reference.article
        ? `no article with id "${reference.id}"`
        : `no entity with id "${reference.id}"; find ids with GET /api/search?q=`,
    }));
  const summary = problems.map((problem) => `${problem.parameter}: ${problem.message}`).join('; ');
  throw new BadRequestError(`Invalid parameters: ${summary}`, problems);
}
