import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const credentialsSchema = z.object({ user: z.literal('neo4j'), password: z.string().min(8) });

/**
 * The local Neo4j's password: NEO4J_PASSWORD when given, otherwise one generated on first start and kept
 * (readable by the owner only) beside the store, so the database is never left on a default password.
 */
export function localPassword(dataDir: string, fromEnvironment: string | undefined): string {
  if (fromEnvironment) return fromEnvironment;
  const file = join(dataDir, 'atlas-credentials.json');
  if (existsSync(file)) {
    const parsed = credentialsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.password;
  }
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, JSON.stringify({ user: 'neo4j', password }, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}
