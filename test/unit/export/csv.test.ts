import { strict as assert } from 'node:assert';
import { csvEdgeChunks, csvNodeChunks } from '../../../server/src/export/csv.js';
import type { NodeAppearance } from '../../../server/src/export/graph-pages.js';
import { collect, edgesFromCsv, nodesFromCsv, pagesOf, rowsFromCsv } from '../../support/export.js';
import { fixtureGraph, formulaName } from './fixture.js';

describe('csvNodeChunks and csvEdgeChunks', () => {
  it('round-trip through csv-parse: the node table gives back every node', async () => {
    const graph = fixtureGraph();
    assert.deepEqual(nodesFromCsv(await collect(csvNodeChunks(pagesOf(graph)))), graph.nodes);
  });

  it('round-trip through csv-parse: the edge table gives back every edge with its whole ledger', async () => {
    const graph = fixtureGraph();
    assert.deepEqual(edgesFromCsv(await collect(csvEdgeChunks(pagesOf(graph)))), graph.edges);
  });

  it('follows RFC 4180: a header, CRLF line ends, quotes doubled inside quoted fields', async () => {
    const text = await collect(csvNodeChunks(pagesOf(fixtureGraph())));
    const lines = text.split('\r\n');
    assert.equal(lines[0], 'id,name,kind,aliases,wikidata');
    assert.equal(lines[1], 'JP,Japan,Country,"[""Japans"",""japanisch""]",Q17');
    assert.equal(lines.at(-1), '', 'the last record ends with CRLF too');
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF outside quoted fields');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const text = await collect(csvNodeChunks(pagesOf(fixtureGraph())));
    const formula = rowsFromCsv(text).find((row) => row.id === 'formula')!;
    assert.equal(formula.name, `'${formulaName}`);
    const evidence = rowsFromCsv(await collect(csvEdgeChunks(pagesOf(fixtureGraph())))).find(
      (row) => row.type === 'OPERATES',
    )!;
    // The evidence cell is a JSON array, so it starts with "[" and is safe; the quote inside it stays as said.
    assert.match(evidence.evidence!, /^\[/);
    assert.match(evidence.evidence!, /=cmd\|/);
  });

  it('guards every formula lead character, but leaves numbers, negative ones included, as numbers', async () => {
    const nodes = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1'].map((name, index) => ({
      key: `n${index}`,
      attributes: { kind: 'Person', name, aliases: [] },
    }));
    const appearance = new Map<string, NodeAppearance>([['n0', { x: -12.5, y: -3 }]]);
    const rows = rowsFromCsv(await collect(csvNodeChunks(pagesOf({ nodes, edges: [] }, { appearance }))));
    for (const row of rows) assert.ok(row.name!.startsWith("'"), `${JSON.stringify(row.name)} is not guarded`);
    assert.equal(rows[0]!.x, '-12.5');
    assert.equal(rows[0]!.y, '-3');
  });

  it('adds x, y and color columns when the caller drew the nodes', async () => {
    const appearance = new Map<string, NodeAppearance>([['JP', { x: 1, y: 2, color: { r: 255, g: 0, b: 0 } }]]);
    const rows = rowsFromCsv(await collect(csvNodeChunks(pagesOf(fixtureGraph(), { appearance }))));
    assert.deepEqual([rows[0]!.x, rows[0]!.y, rows[0]!.color], ['1', '2', '#ff0000']);
    assert.deepEqual([rows[1]!.x, rows[1]!.color], ['', '']);
  });
});
