import { strict as assert } from 'node:assert';
import * as clientTypes from '../../../client/src/core/api-types.js';
import { canvasLabel } from '../../../client/src/core/appearance.js';
import { exportRequest } from '../../../client/src/core/export-scope.js';
import { noFilters, computeVisibility } from '../../../client/src/core/filters.js';
import { History } from '../../../client/src/core/history.js';
import { parseParameter } from '../../../client/src/core/query-parameters.js';
import { segmentText } from '../../../client/src/core/segment-text.js';
import { entityKinds, relationTypes } from '../../../server/src/ingest/model.js';
import { claim, viewGraph } from './fixture.js';

describe('client helpers', () => {
  it("knows the server's entity kinds and relation types (the client keeps its own copy of the lists)", () => {
    assert.deepEqual([...clientTypes.entityKinds], [...entityKinds]);
    assert.deepEqual([...clientTypes.relationTypes], [...relationTypes]);
  });

  describe('segmentText: the article reader cuts text at mentions and at the quote', () => {
    const jp = { id: 'JP', kind: 'Country', name: 'Japan' };
    const us = { id: 'US', kind: 'Country', name: 'United States' };
    const text = 'Japan und die USA trafen sich.';

    it('gives back the whole text, in order, with each mention as its own piece', () => {
      const pieces = segmentText(
        text,
        [
          { entity: us, start: 14, end: 17 },
          { entity: jp, start: 0, end: 5 },
        ],
        null,
      );
      assert.equal(pieces.map((piece) => piece.text).join(''), text);
      assert.deepEqual(
        pieces.map((piece) => [piece.text, piece.entity?.id ?? null]),
        [
          ['Japan', 'JP'],
          [' und die ', null],
          ['USA', 'US'],
          [' trafen sich.', null],
        ],
      );
    });

    it('splits plain text at the edges of the quoted sentence and marks what lies inside', () => {
      const pieces = segmentText(text, [], { start: 9, end: 17 });
      assert.deepEqual(
        pieces.map((piece) => [piece.text, piece.inQuote]),
        [
          ['Japan und', false],
          [' die USA', true],
          [' trafen sich.', false],
        ],
      );
    });

    it('keeps the first of overlapping mentions and drops offsets outside the text', () => {
      const pieces = segmentText(
        text,
        [
          { entity: jp, start: 0, end: 5 },
          { entity: us, start: 3, end: 9 },
          { entity: us, start: 25, end: 99 },
        ],
        null,
      );
      assert.equal(pieces.map((piece) => piece.text).join(''), text);
      assert.deepEqual(
        pieces.filter((piece) => piece.entity).map((piece) => piece.text),
        ['Japan'],
      );
    });
  });

  describe('parseParameter: the saved-query form', () => {
    const limit = { name: 'limit', type: 'integer', default: 10, min: 1, max: 100, description: '' };
    const country = { name: 'country', type: 'entityId', description: '' };

    it('reads numbers within bounds and says what is wrong otherwise', () => {
      assert.deepEqual(parseParameter(limit, ' 25 '), { value: 25, error: null });
      assert.deepEqual(parseParameter(limit, ''), { value: 10, error: null });
      assert.equal(parseParameter(limit, '2.5').error, 'limit must be a whole number.');
      assert.equal(parseParameter(limit, '0').error, 'limit must be at least 1.');
      assert.equal(parseParameter(limit, '101').error, 'limit must be at most 100.');
      assert.equal(parseParameter(limit, 'ten').error, 'limit must be a number.');
    });

    it('requires a value without a default, and splits lists at commas', () => {
      assert.equal(parseParameter(country, '  ').error, 'country is required.');
      assert.deepEqual(parseParameter({ name: 'kinds', type: 'kind[]', description: '' }, 'Person, ,Base').value, [
        'Person',
        'Base',
      ]);
    });
  });

  describe('History: undo and redo of view changes', () => {
    it('restores the graph before and after a change, and forgets the redo once something new happens', () => {
      const graph = viewGraph([['a', 'Person']], []);
      const history = new History(graph);
      history.record('add b');
      graph.addNode('b', { ...graph.getNodeAttributes('a'), name: 'B', label: 'B' });
      assert.equal(history.undoLabel, 'add b');
      assert.ok(history.undo());
      assert.deepEqual(graph.nodes(), ['a']);
      assert.ok(history.redo());
      assert.deepEqual(graph.nodes(), ['a', 'b']);
      history.undo();
      history.record('drop a');
      graph.dropNode('a');
      assert.equal(history.canRedo, false);
      assert.equal(history.redo(), false);
    });

    it('keeps at most its depth of steps', () => {
      const graph = viewGraph([['a', 'Person']], []);
      const history = new History(graph, 3);
      for (let step = 0; step < 5; step++) history.record(`step ${step}`);
      let undone = 0;
      while (history.undo()) undone++;
      assert.equal(undone, 3);
    });
  });

  describe('exportRequest: what the export panel posts', () => {
    const graph = viewGraph(
      [
        ['JP', 'Country'],
        ['US', 'Country'],
        ['kishida', 'Person'],
      ],
      [['REPRESENTS', 'kishida', 'JP', [claim('Outlet', '2024-01-01')]]],
    );

    it('sends the visible nodes with their positions and colours, or the whole database', () => {
      const visibility = computeVisibility(graph, { ...noFilters, hiddenKinds: new Set(['Person']) });
      const body = exportRequest('csv-edges', 'view', { graph, visibility, selection: new Set(), resultNodes: [] });
      assert.equal(body.format, 'csv');
      assert.equal(body.part, 'edges');
      const nodes = (body.scope as { kind: string; nodes: { key: string; x: number; color: string }[] }).nodes;
      assert.deepEqual(
        nodes.map((node) => node.key),
        ['JP', 'US'],
      );
      assert.equal(nodes[0]!.x, graph.getNodeAttribute('JP', 'x'));
      assert.equal(nodes[0]!.color, graph.getNodeAttribute('JP', 'color'));
      assert.deepEqual(
        exportRequest('gexf', 'all', { graph, visibility, selection: new Set(), resultNodes: [] }).scope,
        { kind: 'whole-graph' },
      );
    });

    it('sends only the selected nodes that are still on screen', () => {
      const visibility = computeVisibility(graph, noFilters);
      const body = exportRequest('json', 'selection', {
        graph,
        visibility,
        selection: new Set(['US', 'gone']),
        resultNodes: [],
      });
      assert.deepEqual(
        (body.scope as { nodes: { key: string }[] }).nodes.map((node) => node.key),
        ['US'],
      );
    });
  });

  it('cuts long canvas labels with an ellipsis and leaves short ones alone', () => {
    assert.equal(canvasLabel('Lloyd Austin'), 'Lloyd Austin');
    const cut = canvasLabel('Abkommen (Japan, South Korea, United States of America)');
    assert.equal(cut, 'Abkommen (Japan, South Korea,…');
    assert.ok(cut.length <= 30);
  });
});
