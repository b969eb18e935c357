import { strict as assert } from 'node:assert';
import { titleFromText } from '../../../server/src/ingest/ingest.js';

describe('titleFromText', () => {
  it('takes a short first line whole', () => {
    assert.equal(
      titleFromText('Minister treffen sich in Tokio\nDer Text beginnt hier.'),
      'Minister treffen sich in Tokio',
    );
  });

  it('cuts a long first line after its last whole word, with an ellipsis', () => {
    const line = `${'Die Verbündeten erweitern ihre Zusammenarbeit '.repeat(5)}und ein neues Abkommen über Versorgungssicherheit`;
    const title = titleFromText(`${line}\nText.`);
    assert.ok(title.length <= 200, `${title.length} characters`);
    assert.ok(title.endsWith('…'));
    const words = title.slice(0, -1).split(' ');
    assert.ok(line.split(' ').includes(words.at(-1)!), `"${words.at(-1)}" is a whole word of the line`);
  });
});
