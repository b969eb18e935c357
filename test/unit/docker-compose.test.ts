import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../server/src/paths.js';

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
};

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, Service>;
    volumes: Record<string, unknown>;
  };
  const pom = readFileSync(join(projectRoot, 'neo4j', 'pom.xml'), 'utf8');
  const launcherVersion = /<neo4j.version>([^<]+)</.exec(pom)![1]!;

  it('runs the same Neo4j minor version as the local launcher, with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j!;
    assert.match(neo4j.image!, /^neo4j:5\.26(\.\d+)?-community$/);
    assert.ok(launcherVersion.startsWith('5.26.'), launcherVersion);
    assert.ok(neo4j.healthcheck?.test);
    const volume = neo4j.volumes!.find((entry) => entry.endsWith(':/data'))!;
    assert.ok(compose.volumes[volume.split(':')[0]!] !== undefined, 'the /data volume is a named volume');
  });

  it('builds the app from the repository and points it at the neo4j service once it is healthy', () => {
    const app = compose.services.app!;
    assert.ok(app.build);
    assert.equal(app.environment!.NEO4J_URI, 'bolt://neo4j:7687');
    assert.ok(app.environment!.NEO4J_PASSWORD);
    assert.equal(app.environment!.HOST, '0.0.0.0');
    assert.equal(app.depends_on!.neo4j!.condition, 'service_healthy');
  });

  it('gives both services the same password variable', () => {
    const auth = compose.services.neo4j!.environment!.NEO4J_AUTH!;
    assert.equal(auth, `neo4j/${compose.services.app!.environment!.NEO4J_PASSWORD}`);
  });
});
