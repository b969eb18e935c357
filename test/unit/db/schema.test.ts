import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitStatements } from '../../../server/src/db/schema.js';
import { cypherDir } from '../../../server/src/paths.js';

describe('splitStatements', () => {
  it('drops comment lines and splits at semicolons ending a line', () => {
    const script = '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// next\nMATCH (n)\nRETURN n;\n';
    assert.deepEqual(splitStatements(script), [
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'MATCH (n)\nRETURN n',
    ]);
  });

  it('keeps a semicolon inside a line', () => {
    assert.deepEqual(splitStatements("RETURN 'a;b' AS x;"), ["RETURN 'a;b' AS x"]);
  });

  it('finds only idempotent statements in cypher/schema.cypher', () => {
    const statements = splitStatements(readFileSync(join(cypherDir, 'schema.cypher'), 'utf8'));
    assert.ok(statements.length >= 8);
    for (const statement of statements) assert.match(statement, /IF NOT EXISTS/, statement);
  });
});
