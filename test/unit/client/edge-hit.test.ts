import { strict as assert } from 'node:assert';
import { edgeClickTolerance, edgeNear, type DrawnEdge } from '../../../client/src/core/edge-hit.js';

describe('edgeNear: which drawn edge a click on the stage hits', () => {
  const horizontal: DrawnEdge = { key: 'h', x1: 0, y1: 0, x2: 100, y2: 0, width: 2 };
  const vertical: DrawnEdge = { key: 'v', x1: 50, y1: -50, x2: 50, y2: 50, width: 2 };

  it('takes the edge under the point, and the nearest where two pass close', () => {
    assert.equal(edgeNear({ x: 20, y: 1 }, [horizontal, vertical]), 'h');
    assert.equal(edgeNear({ x: 49, y: 3 }, [horizontal, vertical]), 'v');
  });

  it('takes an edge within its half width plus the tolerance, and nothing beyond', () => {
    const edge = [horizontal];
    assert.equal(edgeNear({ x: 30, y: 1 + edgeClickTolerance - 0.1 }, edge), 'h');
    assert.equal(edgeNear({ x: 30, y: 1 + edgeClickTolerance + 0.1 }, edge), null);
  });

  it('measures past an end from the end itself, not from the line extended', () => {
    assert.equal(edgeNear({ x: 110, y: 0 }, [horizontal]), null);
    assert.equal(edgeNear({ x: 103, y: 0 }, [horizontal]), 'h');
  });

  it('counts a wide edge as wide', () => {
    assert.equal(edgeNear({ x: 30, y: 9 }, [{ ...horizontal, width: 12 }]), 'h');
    assert.equal(edgeNear({ x: 30, y: 9 }, [horizontal]), null);
  });
});
