import { strict as assert } from 'node:assert';
import { ledgerOf, ledgerOfEvidence, type Claim } from '../../../server/src/graph/ledger.js';

const claim = (overrides: Partial<Claim>): Claim => ({
  article: 'a1',
  title: 'Truppen in Japan',
  source: 'Outlet',
  publishedAt: '2024-07-28',
  sentence: 3,
  start: 10,
  end: 80,
  quote: 'Die USA haben 55.000 Soldaten in Japan stationiert.',
  role: null,
  count: null,
  ...overrides,
});

describe('ledgerOf', () => {
  it('sorts the evidence oldest first, undated last, and counts articles and outlets', () => {
    const ledger = ledgerOf([
      claim({ article: 'a3', publishedAt: null, source: null }),
      claim({ article: 'a2', publishedAt: '2024-08-01' }),
      claim({ article: 'a1', publishedAt: '2024-07-28' }),
      claim({ article: 'a1', publishedAt: '2024-07-28', sentence: 1 }),
    ]);
    assert.deepEqual(
      ledger.evidence.map((item) => [item.article, item.sentence]),
      [
        ['a1', 1],
        ['a1', 3],
        ['a2', 3],
        ['a3', 3],
      ],
    );
    assert.equal(ledger.articles, 3);
    // The undated article has no outlet: it counts as an outlet of its own.
    assert.equal(ledger.outlets, 2);
    assert.equal(ledger.firstReported, '2024-07-28');
    assert.equal(ledger.lastReported, '2024-08-01');
  });

  it('calls an edge contested when its sources give different counts', () => {
    assert.equal(ledgerOf([claim({ count: 55_000 }), claim({ article: 'a2', count: 54_000 })]).contested, true);
    assert.equal(ledgerOf([claim({ count: 55_000 }), claim({ article: 'a2', count: 55_000 })]).contested, false);
  });

  it('leaves out a null role and count, and keeps given ones', () => {
    const [plain] = ledgerOf([claim({})]).evidence;
    assert.ok(plain && !('role' in plain) && !('count' in plain));
    const [given] = ledgerOf([claim({ role: 'Verteidigungsminister', count: 0 })]).evidence;
    assert.equal(given?.role, 'Verteidigungsminister');
    assert.equal(given?.count, 0);
  });

  it('summarises a single claim as it would any other number of claims', () => {
    for (const single of [claim({}), claim({ publishedAt: null, source: null, count: 55_000 })]) {
      const summary = ledgerOf([single]);
      const { evidence, ...general } = ledgerOf([single, single]);
      assert.deepEqual({ ...summary, evidence: undefined }, { ...general, evidence: undefined });
      assert.deepEqual(summary.evidence, evidence.slice(1));
    }
  });
});

describe('ledgerOfEvidence', () => {
  it('gives what ledgerOf gives for the same claims as evidence items', () => {
    const claims = [claim({ article: 'a2', publishedAt: '2024-08-01' }), claim({ article: 'a1' })];
    const items = ledgerOf(claims).evidence.reverse();
    assert.deepEqual(ledgerOfEvidence(items), ledgerOf(claims));
  });
});
