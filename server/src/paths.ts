import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of the checkout, so that commands work from any working directory. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cypherDir = join(projectRoot, 'cypher');
export const dataDir = join(projectRoot, 'data');
export const launcherDir = join(projectRoot, 'neo4j');
/** Where `vite build` puts the client; the server serves it when present. */
export const clientDistDir = join(projectRoot, 'client', 'dist');
