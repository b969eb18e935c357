import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clientDistDir, projectRoot } from '../../../server/src/paths.js';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Neo4j password stays secret', function () {
  this.timeout(120_000);
  // Read when the tests run: the suite's global setup sets it after the files are loaded.
  let password: string;
  before(() => {
    password = process.env.NEO4J_PASSWORD ?? '';
    assert.ok(password.length >= 8, 'the suite provides the Neo4j password');
  });

  it('appears nowhere in the built client', () => {
    assert.ok(existsSync(clientDistDir), 'client/dist is built before the tests (npm test runs the build first)');
    const files = filesUnder(clientDistDir);
    assert.ok(files.length > 0);
    for (const file of files) assert.ok(!readFileSync(file, 'latin1').includes(password), `${file} holds the password`);
  });

  it('appears nowhere in the logs or answers of a server at trace level, errors included', async () => {
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'atlas.js'), 'serve'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'trace' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 90_000;
      let baseUrl: string | undefined;
      while (!baseUrl) {
        assert.ok(Date.now() < deadline, `the server did not start: ${output.slice(-2000)}`);
        baseUrl = /Alliance Atlas: (http:\/\/\S+)/.exec(output)?.[1];
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const answers: string[] = [];
      for (const [path, init] of [
        ['/api/health', undefined],
        ['/api/nodes/nope', undefined],
        [
          '/api/cypher',
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"MATCH ("}' },
        ],
        [
          '/api/cypher',
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"CREATE (n)"}' },
        ],
        ['/api/queries', { method: 'POST', headers: { authorization: `Bearer ${password}` }, body: '{}' }],
      ] as const) {
        const response = await fetch(`${baseUrl}${path}`, init as RequestInit | undefined);
        answers.push(await response.text());
      }
      for (const answer of answers) assert.ok(!answer.includes(password), `an answer holds the password: ${answer}`);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    assert.match(output, /"level":/, 'the server logged');
    assert.ok(!output.includes(password), 'the logs hold the password');
  });
});
