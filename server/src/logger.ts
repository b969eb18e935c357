import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stderr, so stdout stays free for command output. Secrets are redacted by key. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}
