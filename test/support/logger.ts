import { createLogger } from '../../server/src/logger.js';

/** Tests log only errors, so a failing test's output stays readable. */
export const testLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
