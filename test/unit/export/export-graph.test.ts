import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { writeExport } from '../../../server/src/export/export-graph.js';

describe('writeExport', () => {
  it('writes every chunk in order', async () => {
    let written = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    await writeExport(
      (async function* () {
        yield '<a>';
        yield '</a>';
      })(),
      destination,
    );
    assert.equal(written, '<a></a>');
  });

  it('stops reading pages once the destination fails, and lets the reader clean up', async () => {
    let pulled = 0;
    let closed = false;
    const chunks = (async function* () {
      try {
        for (let page = 0; page < 1_000; page++) {
          pulled++;
          yield 'x'.repeat(1_000);
        }
      } finally {
        closed = true;
      }
    })();
    let writes = 0;
    const destination = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        done(++writes === 3 ? new Error('client went away') : undefined);
      },
    });
    await assert.rejects(writeExport(chunks, destination), /client went away/);
    assert.ok(pulled < 50, `${pulled} pages were read for a destination that failed on the third`);
    assert.ok(closed, "the page reader's finally should have run");
  });
});
