import { strict as assert } from 'node:assert';
import {
  inspectPlan,
  withoutExplainPrefix,
  type ExplainSummary,
  type PlanContext,
} from '../../../server/src/queries/read-only.js';

// Plans as Neo4j 5.26 returns them for EXPLAIN (operator types, Details), trimmed to what the guard reads. The
// integration tests run the same cases against the real database; these pin the decision rules themselves.
type Operator = [type: string, details?: string, children?: Operator[]];

function summary(queryType: string, [type, details, children = []]: Operator): ExplainSummary {
  const build = ([operatorType, text, below = []]: Operator): ExplainSummary['plan'] & object => ({
    operatorType,
    arguments: text === undefined ? {} : { Details: text },
    children: below.map(build),
  });
  return { queryType, plan: build([type, details, children]) };
}

const context: PlanContext = { database: 'neo4j', userFunctions: [] };

describe('inspectPlan', () => {
  it('lets a plain read pass', () => {
    const plan = summary('r', ['ProduceResults@neo4j', 'n', [['NodeByLabelScan@neo4j', 'n:Entity']]]);
    assert.equal(inspectPlan(plan, context), undefined);
  });

  it('refuses writes whatever their operator', () => {
    for (const queryType of ['w', 'rw']) {
      const refusal = inspectPlan(
        summary(queryType, ['ProduceResults@neo4j', undefined, [['Create@neo4j', '(n:X)']]]),
        context,
      );
      assert.equal(refusal?.reason, 'write');
    }
  });

  it('refuses schema and administration statements', () => {
    const refusal = inspectPlan(summary('s', ['CreateIndex@neo4j', 'RANGE INDEX foo FOR (:X) ON (y)']), context);
    assert.equal(refusal?.reason, 'schema');
  });

  it('refuses LOAD CSV although Neo4j types it a read', () => {
    const plan = summary('r', ['ProduceResults@neo4j', 'line', [['LoadCSV@neo4j', 'line']]]);
    assert.equal(inspectPlan(plan, context)?.reason, 'load-csv');
  });

  it('refuses TERMINATE TRANSACTIONS and SHOW commands although Neo4j types them reads', () => {
    for (const operator of ['TerminateTransactions@neo4j', 'ShowTransactions@neo4j', 'ShowSettings@neo4j']) {
      const plan = summary('r', ['ProduceResults@neo4j', undefined, [[operator, 'defaultColumns']]]);
      assert.equal(inspectPlan(plan, context)?.reason, 'command', operator);
    }
  });

  it('refuses CALL { … } IN TRANSACTIONS, which cannot run in one read transaction', () => {
    const plan = summary('r', [
      'ProduceResults@neo4j',
      'n',
      [['TransactionApply@neo4j', 'IN TRANSACTIONS OF 1000 ROWS']],
    ]);
    assert.equal(inspectPlan(plan, context)?.reason, 'command');
  });

  it('allows procedures on the allow-list, wherever they sit in the plan', () => {
    const plan = summary('r', [
      'ProduceResults@neo4j',
      'node',
      [
        [
          'Filter@neo4j',
          'x',
          [['ProcedureCall@neo4j', 'db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)']],
        ],
      ],
    ]);
    assert.equal(inspectPlan(plan, context), undefined);
  });

  it('refuses procedures off the allow-list, even those Neo4j types as reads', () => {
    for (const details of [
      'db.awaitIndexes() :: ()',
      'dbms.listConfig() :: (name :: STRING)',
      'db.createLabel($autostring_0) :: ()',
    ]) {
      const refusal = inspectPlan(
        summary('r', ['ProduceResults@neo4j', undefined, [['ProcedureCall@neo4j', details]]]),
        context,
      );
      assert.equal(refusal?.reason, 'procedure', details);
      assert.equal(refusal?.procedure, details.slice(0, details.indexOf('(')));
    }
  });

  it('refuses a procedure call whose name it cannot read', () => {
    const refusal = inspectPlan(summary('r', ['ProcedureCall@neo4j', '']), context);
    assert.equal(refusal?.reason, 'procedure');
  });

  it('refuses operators on another database', () => {
    const refusal = inspectPlan(summary('r', ['AdministrationCommand@system']), context);
    assert.equal(refusal?.reason, 'database');
    assert.match(refusal!.message, /"system"/);
  });

  it('refuses functions installed by a plugin, found in any operator', () => {
    const plan = summary('r', [
      'ProduceResults@neo4j',
      'x',
      [['Projection@neo4j', 'apoc.text.join($autolist_0, $autostring_1) AS x']],
    ]);
    assert.equal(inspectPlan(plan, context), undefined, 'unknown to this database: nothing to refuse');
    const refusal = inspectPlan(plan, { ...context, userFunctions: ['apoc.text.join'] });
    assert.equal(refusal?.reason, 'function');
    assert.equal(refusal?.function, 'apoc.text.join');
  });

  it('gives the most telling reason when several apply', () => {
    const batchedWrite = summary('w', [
      'ProduceResults@neo4j',
      undefined,
      [['TransactionForeach@neo4j', 'IN TRANSACTIONS']],
    ]);
    assert.equal(inspectPlan(batchedWrite, context)?.reason, 'write');
    const writingProcedure = summary('w', [
      'ProduceResults@neo4j',
      undefined,
      [['ProcedureCall@neo4j', 'db.createLabel($x) :: ()']],
    ]);
    assert.equal(inspectPlan(writingProcedure, context)?.reason, 'procedure');
  });

  it('refuses a statement without a plan', () => {
    assert.equal(inspectPlan({ queryType: 'r', plan: false }, context)?.reason, 'command');
  });
});

describe('withoutExplainPrefix', () => {
  it("points a syntax error at the user's query, not at the EXPLAIN in front of it", () => {
    const message = [
      "Invalid input '': expected an expression (line 1, column 19 (offset: 18))",
      '"EXPLAIN RETURN 1 +"',
      '                   ^',
    ].join('\n');
    assert.equal(
      withoutExplainPrefix(message),
      [
        "Invalid input '': expected an expression (line 1, column 11 (offset: 10))",
        '"RETURN 1 +"',
        '           ^',
      ].join('\n'),
    );
  });

  it('keeps the column of errors on later lines and shifts only the offset', () => {
    assert.equal(
      withoutExplainPrefix("Invalid input 'n' (line 3, column 8 (offset: 38))"),
      "Invalid input 'n' (line 3, column 8 (offset: 30))",
    );
  });
});
