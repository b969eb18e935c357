#!/usr/bin/env node
// Builds the local Neo4j launcher (neo4j/) with Maven once; later runs are a no-op while its sources are unchanged.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = join(root, 'neo4j');
const stampFile = join(moduleDir, 'target', 'atlas-build.stamp');

if (process.env.ATLAS_SKIP_NEO4J_BUILD === '1') {
  console.log('atlas: ATLAS_SKIP_NEO4J_BUILD=1, not building the local Neo4j (set NEO4J_URI to use an existing one).');
  process.exit(0);
}

function sourcesHash() {
  const hash = createHash('sha256');
  const files = [join(moduleDir, 'pom.xml')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(moduleDir, 'src'));
  for (const file of files.sort()) hash.update(file.slice(moduleDir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

function requireTool(command, args, advice) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    console.error(`atlas: ${command} was not found or failed to run. ${advice}`);
    process.exit(1);
  }
  return `${result.stdout}${result.stderr}`;
}

const wanted = sourcesHash();
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
  process.exit(0);
}

const javaVersion = requireTool(
  'java',
  ['-version'],
  'Install Java 17 or newer (e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI and ATLAS_SKIP_NEO4J_BUILD=1 to use an existing Neo4j.',
);
const major = Number(/version "(\d+)/.exec(javaVersion)?.[1] ?? 0);
if (major < 17) {
  console.error(`atlas: Java ${major || '(unknown)'} found, but Neo4j 5.26 needs Java 17 or newer.`);
  process.exit(1);
}
requireTool(
  'mvn',
  ['-v'],
  'Install Apache Maven (e.g. `apt-get install maven`), or set NEO4J_URI and ATLAS_SKIP_NEO4J_BUILD=1 to use an existing Neo4j.',
);

console.log('atlas: building the local Neo4j launcher with Maven (first time only; fetches the Neo4j jars)…');
const build = spawnSync('mvn', ['-q', '-B', '-f', join(moduleDir, 'pom.xml'), 'package'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('atlas: the Maven build of neo4j/ failed (see above).');
  process.exit(build.status ?? 1);
}
writeFileSync(stampFile, wanted);
console.log('atlas: local Neo4j launcher ready.');
