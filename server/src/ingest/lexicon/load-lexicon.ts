import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir } from '../../paths.js';
import { lexiconFile, type LexiconFile } from './schema.js';

export class LexiconError extends Error {
  override name = 'LexiconError';
}

export const builtInLexiconDir = join(dataDir, 'lexicon');

/** Every `*.yaml` in the built-in lexicon, then in each extra directory; later entries with the same id win. */
export function readLexiconFiles(extraDirs: string[] = []): LexiconFile[] {
  const files: LexiconFile[] = [];
  for (const dir of [builtInLexiconDir, ...extraDirs]) {
    if (!existsSync(dir)) throw new LexiconError(`Lexicon directory ${dir} does not exist.`);
    for (const name of readdirSync(dir)
      .filter((file) => /\.ya?ml$/.test(file))
      .sort()) {
      const path = join(dir, name);
      let raw: unknown;
      try {
        raw = parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new LexiconError(`${path} is not valid YAML: ${(error as Error).message}`);
      }
      const parsed = lexiconFile.safeParse(raw ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new LexiconError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
      }
      files.push(parsed.data);
    }
  }
  return files;
}
