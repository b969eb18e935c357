import { strict as assert } from 'node:assert';
import { cssColor, parseColor } from '../../../server/src/export/color.js';

describe('parseColor', () => {
  it('reads the hex forms sigma uses', () => {
    assert.deepEqual(parseColor('#1f77b4'), { r: 31, g: 119, b: 180 });
    assert.deepEqual(parseColor('#FFF'), { r: 255, g: 255, b: 255 });
    assert.deepEqual(parseColor('#ff000080'), { r: 255, g: 0, b: 0, a: 0.502 });
  });

  it('reads rgb() and rgba()', () => {
    assert.deepEqual(parseColor('rgb(31, 119, 180)'), { r: 31, g: 119, b: 180 });
    assert.deepEqual(parseColor('rgba(1,2,3,0.5)'), { r: 1, g: 2, b: 3, a: 0.5 });
  });

  it('refuses what it cannot read exactly rather than guessing', () => {
    for (const text of ['red', '#12', '#gggggg', 'rgb(256,0,0)', 'hsl(0,100%,50%)', 'rgb(1,2)', '"><x>']) {
      assert.equal(parseColor(text), undefined, text);
    }
  });
});

describe('cssColor', () => {
  it('writes opaque colours as #rrggbb and translucent ones as rgba()', () => {
    assert.equal(cssColor({ r: 31, g: 119, b: 180 }), '#1f77b4');
    assert.equal(cssColor({ r: 31, g: 119, b: 180, a: 1 }), '#1f77b4');
    assert.equal(cssColor({ r: 1, g: 2, b: 3, a: 0.5 }), 'rgba(1,2,3,0.5)');
  });
});
