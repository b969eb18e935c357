import { strict as assert } from 'node:assert';
import { ConfigError, loadConfig } from '../../server/src/config.js';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.neo4j.uri, undefined);
    assert.equal(config.http.host, '127.0.0.1');
    assert.equal(config.http.port, 3000);
    assert.match(config.local.dataDir, /data\/neo4j$/);
    assert.equal(config.neo4j.database, 'neo4j');
  });

  it('names the variable and the problem for a bad port', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /PORT/);
        return true;
      },
    );
  });

  it('refuses a NEO4J_URI that is not a Bolt or Neo4j URI', () => {
    assert.throws(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'longenough' }), /NEO4J_URI/);
  });

  it('requires NEO4J_PASSWORD with NEO4J_URI', () => {
    assert.throws(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' }), /NEO4J_PASSWORD: is required/);
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ NEO4J_URI: '', PORT: '' }).http.port, 3000);
  });

  it('keeps an absolute ATLAS_DATA_DIR as it is', () => {
    assert.equal(loadConfig({ ATLAS_DATA_DIR: '/srv/atlas' }).local.dataDir, '/srv/atlas');
  });
});
