import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportCommand } from '../../../server/src/cli/export-command.js';
import { defaultApiSettings } from '../../../server/src/config.js';
import { subgraphOf } from '../../../server/src/graph/read-graph.js';
import type { SerializedGraph } from '../../../server/src/graph/serialization.js';
import { wholeGraph } from '../../../server/src/graph/whole-graph.js';
import { runSavedQueryForGraph } from '../../../server/src/queries/index.js';
import { sampleApi, type SampleApi } from '../../support/api.js';
import { comparable, graphFromGraphml, nodesFromCsv } from '../../support/export.js';
import { TempFolders } from '../../support/temp-folders.js';

/** Runs `atlas export …` in this process, with what it prints to stderr captured. */
async function atlasExport(args: string[]): Promise<{ code: number; stderr: string }> {
  const original = console.error;
  let stderr = '';
  console.error = (...parts: unknown[]) => {
    stderr += `${parts.join(' ')}\n`;
  };
  try {
    return { code: await exportCommand(args), stderr };
  } finally {
    console.error = original;
  }
}

describe('atlas export (real Neo4j)', function () {
  this.timeout(120_000);
  let api: SampleApi;
  let folders: TempFolders;
  let out: string;

  before(async () => {
    api = await sampleApi();
    folders = await TempFolders.create('atlas-export-cli-');
    out = await folders.files({});
  });
  after(async () => {
    await api.close();
    await folders.remove();
  });

  it('writes GraphML of some entities with their neighbours to --out', async () => {
    const file = join(out, 'austin.graphml');
    const { code, stderr } = await atlasExport([
      '--format',
      'graphml',
      '--ids',
      'lloyd-austin',
      '--neighbours',
      '--out',
      file,
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /austin\.graphml written/);
    const parsed = graphFromGraphml(await readFile(file, 'utf8'));
    assert.ok(parsed.nodes.length > 2);
    const expected = await subgraphOf(
      api.db,
      parsed.nodes.map((node) => node.key),
    );
    assert.deepEqual(comparable(parsed), comparable(expected));
  });

  it('writes one CSV table per run, chosen with --part', async () => {
    const file = join(out, 'nodes.csv');
    assert.equal((await atlasExport(['--format', 'csv', '--part', 'nodes', '--out', file])).code, 0);
    assert.deepEqual(
      comparable({ nodes: nodesFromCsv(await readFile(file, 'utf8')), edges: [] }).nodes,
      comparable(await wholeGraph(api.db)).nodes,
    );
  });

  it('reports ids the graph lacks and leaves them out', async () => {
    const file = join(out, 'partial.json');
    const { code, stderr } = await atlasExport(['--format', 'json', '--ids', 'JP,no-such-entity', '--out', file]);
    assert.equal(code, 0);
    assert.match(stderr, /left out: no-such-entity/);
    const graph = JSON.parse(await readFile(file, 'utf8')) as { nodes: { key: string }[] };
    assert.deepEqual(
      graph.nodes.map((node) => node.key),
      ['JP'],
    );
  });

  it('exits 1 and writes nothing when none of the ids exists', async () => {
    const file = join(out, 'none.json');
    const { code, stderr } = await atlasExport(['--format', 'json', '--ids', 'no-such-entity', '--out', file]);
    assert.equal(code, 1);
    assert.match(stderr, /no entity has the id no-such-entity/);
    await assert.rejects(readFile(file), { code: 'ENOENT' });
  });

  it("writes a saved query's answer with --query and --params", async () => {
    const file = join(out, 'officials.json');
    const { code, stderr } = await atlasExport([
      '--format',
      'json',
      '--query',
      'country-officials',
      '--params',
      '{"country":"JP"}',
      '--out',
      file,
    ]);
    assert.equal(code, 0, stderr);
    const expected = await runSavedQueryForGraph(api.db, defaultApiSettings, 'country-officials', { country: 'JP' });
    assert.ok(expected.nodes.length > 2);
    assert.deepEqual(comparable(JSON.parse(await readFile(file, 'utf8')) as SerializedGraph), comparable(expected));
  });

  it('exits 1 naming the problem for an unknown saved query or a bad parameter', async () => {
    const unknown = await atlasExport(['--format', 'json', '--query', 'no-such-query', '--out', join(out, 'q.json')]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No saved query named "no-such-query"/);
    const bad = await atlasExport(['--format', 'json', '--query', 'most-connected', '--params', '{"limit":0}']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /limit/);
  });

  it('exits 2 with the usage for a bad format, a CSV without part, or --neighbours without --ids', async () => {
    for (const args of [
      ['--format', 'pdf'],
      ['--format', 'csv'],
      ['--format', 'json', '--part', 'nodes'],
      ['--neighbours'],
      ['--params', '{}'],
      ['--query', 'who-met-whom', '--params', 'not json'],
      ['--query', 'who-met-whom', '--ids', 'JP'],
    ]) {
      const { code, stderr } = await atlasExport(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: atlas export/);
    }
  });
});
