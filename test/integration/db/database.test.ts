import { strict as assert } from 'node:assert';
import { applySchema } from '../../../server/src/db/schema.js';
import type { Database } from '../../../server/src/db/database.js';
import { testDatabase } from '../../support/database.js';

describe('Database (real Neo4j)', () => {
  let db: Database;
  before(() => {
    db = testDatabase();
  });
  after(() => db.close());

  it('creates, reads and deletes a node through the driver', async () => {
    await db.write('CREATE (:DriverProbe {id: $id, at: $at})', { id: 'probe-1', at: 42 });
    const read = await db.read<{ at: number }>('MATCH (p:DriverProbe {id: $id}) RETURN p.at AS at', { id: 'probe-1' });
    assert.equal(read.records[0]!.get('at'), 42, 'integers come back as JavaScript numbers');
    await db.write('MATCH (p:DriverProbe {id: $id}) DELETE p', { id: 'probe-1' });
    const gone = await db.read<{ n: number }>('MATCH (p:DriverProbe) RETURN count(p) AS n');
    assert.equal(gone.records[0]!.get('n'), 0);
  });

  it('rolls back every statement of writeAll when one fails', async () => {
    await assert.rejects(
      db.writeAll([
        { cypher: 'CREATE (:DriverProbe {id: "partial"})' },
        { cypher: 'CREATE (:Entity:Person {id: "twice"}), (:Entity:Person {id: "twice"})' },
      ]),
    );
    const left = await db.read<{ n: number }>('MATCH (p:DriverProbe {id: "partial"}) RETURN count(p) AS n');
    assert.equal(left.records[0]!.get('n'), 0);
  });

  it('refuses writes inside a read transaction', async () => {
    await assert.rejects(db.read('CREATE (:DriverProbe)'), /write|read/i);
  });

  it('applies the schema idempotently', async () => {
    const before = await db.read<{ n: number }>('SHOW CONSTRAINTS YIELD name RETURN count(name) AS n');
    const indexesBefore = await db.read<{ n: number }>('SHOW INDEXES YIELD name RETURN count(name) AS n');
    await applySchema(db);
    await applySchema(db);
    const after = await db.read<{ n: number }>('SHOW CONSTRAINTS YIELD name RETURN count(name) AS n');
    const indexesAfter = await db.read<{ n: number }>('SHOW INDEXES YIELD name RETURN count(name) AS n');
    assert.equal(after.records[0]!.get('n'), before.records[0]!.get('n'));
    assert.equal(indexesAfter.records[0]!.get('n'), indexesBefore.records[0]!.get('n'));
    assert.ok(after.records[0]!.get('n') >= 7);
  });

  it('enforces unique entity ids', async () => {
    await db.write('CREATE (:Entity:Person {id: "dup-probe"})');
    await assert.rejects(db.write('CREATE (:Entity:Person {id: "dup-probe"})'), /already exists/);
    await db.write('MATCH (n {id: "dup-probe"}) DELETE n');
  });
});
