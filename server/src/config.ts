import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths.js';

/** Every setting the server and the CLI read from the environment, with its default, in one place. */
const environmentSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j://host:7687')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j refuses shorter ones)').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  ATLAS_DATA_DIR: z.string().min(1).default('data/neo4j'),
  ATLAS_NEO4J_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  ATLAS_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be a JVM size such as 512m or 2g')
    .default('1g'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ATLAS_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  ATLAS_DB_RETRY_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  ATLAS_ROW_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  ATLAS_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(300),
  ATLAS_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ATLAS_LEXICON_DIR: z.string().min(1).optional(),
});

export type Config = {
  neo4j: {
    /** Unset means: start the project's own local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
  };
  local: { dataDir: string; port: number; heap: string };
  http: { host: string; port: number };
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  queryTimeoutMs: number;
  dbRetryMs: number;
  api: ApiSettings;
  /** A folder of the user's own lexicon files, read after the shipped ones. */
  lexiconDir: string | undefined;
};

/** What the HTTP layer needs to know besides the database. */
export type ApiSettings = {
  /** Bearer token of the mutating endpoints; unset disables them. */
  apiToken: string | undefined;
  queryTimeoutMs: number;
  /** Most rows (or nodes) one query may return before its answer is cut and flagged `truncated`. */
  rowLimit: number;
  /** Requests per minute and client on the expensive endpoints; 0 means no limit. */
  rateLimitPerMinute: number;
};

export const defaultApiSettings: ApiSettings = {
  apiToken: undefined,
  queryTimeoutMs: 5_000,
  rowLimit: 5_000,
  rateLimitPerMinute: 300,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
    throw new ConfigError('Invalid environment:\n  NEO4J_PASSWORD: is required when NEO4J_URI is set');
  }
  return {
    neo4j: { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE },
    local: {
      dataDir: isAbsolute(env.ATLAS_DATA_DIR) ? env.ATLAS_DATA_DIR : resolve(projectRoot, env.ATLAS_DATA_DIR),
      port: env.ATLAS_NEO4J_PORT,
      heap: env.ATLAS_NEO4J_HEAP,
    },
    http: { host: env.HOST, port: env.PORT },
    logLevel: env.LOG_LEVEL,
    queryTimeoutMs: env.ATLAS_QUERY_TIMEOUT_MS,
    dbRetryMs: env.ATLAS_DB_RETRY_MS,
    api: {
      apiToken: env.ATLAS_API_TOKEN,
      queryTimeoutMs: env.ATLAS_QUERY_TIMEOUT_MS,
      rowLimit: env.ATLAS_ROW_LIMIT,
      rateLimitPerMinute: env.ATLAS_RATE_LIMIT,
    },
    lexiconDir: env.ATLAS_LEXICON_DIR
      ? isAbsolute(env.ATLAS_LEXICON_DIR)
        ? env.ATLAS_LEXICON_DIR
        : resolve(process.cwd(), env.ATLAS_LEXICON_DIR)
      : undefined,
  };
}
