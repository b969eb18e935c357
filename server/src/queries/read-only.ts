import { Neo4jError, type ManagedTransaction, type Plan, type ResultSummary } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { ReadOnlyError, type RefusalReason } from './errors.js';

/**
 * Procedures a read-only query may CALL: schema introspection and the full-text index. Everything else is refused,
 * because a procedure's declared mode says little about what it touches: `dbms.*` procedures act on the DBMS
 * outside any transaction, and some that EXPLAIN reports as reads (`db.awaitIndexes`) only wait or block.
 */
export const allowedProcedures: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

export type Refusal = { reason: RefusalReason; message: string; procedure?: string; function?: string };

type PlanNode = Pick<Plan, 'operatorType' | 'arguments'> & { children: PlanNode[] };
/** The part of EXPLAIN's summary the decision rests on; plain data, so it is testable without a database. */
export type ExplainSummary = { queryType: string; plan: PlanNode | false };

/** What the plan should be checked against besides the fixed rules. */
export type PlanContext = {
  /** The database the query must stay on; operators are tagged with it (`AllNodesScan@neo4j`). */
  database: string;
  /** Functions installed by plugins (not built in); they are not on the allow-list. */
  userFunctions: readonly string[];
};

/**
 * Decides from EXPLAIN's result whether a query may run, without running it. The plan is the database's own reading
 * of the query, so no quoting, comment or casing trick hides a clause from it. Refused: any query type other than
 * read ('r'), procedure calls off the allow-list, LOAD CSV (it reads files and URLs), SHOW/TERMINATE commands
 * (`TERMINATE TRANSACTIONS` is typed 'r'), CALL { … } IN TRANSACTIONS (it commits on its own), user-defined
 * functions, and operators on another database.
 */
export function inspectPlan(summary: ExplainSummary, context: PlanContext): Refusal | undefined {
  if (!summary.plan)
    return { reason: 'command', message: 'Neo4j returned no plan for this statement; it cannot run here.' };
  const refusals = [...operatorsOf(summary.plan)].flatMap((operator) => inspectOperator(operator, context) ?? []);
  // The most specific reason wins: "procedure X" says more than "writes", "writes" more than "command".
  return (
    refusals.find((refusal) => refusal.reason !== 'command') ?? refusalOfQueryType(summary.queryType) ?? refusals[0]
  );
}

function refusalOfQueryType(queryType: string): Refusal | undefined {
  switch (queryType) {
    case 'r':
      return undefined;
    case 'w':
    case 'rw':
      return {
        reason: 'write',
        message:
          'The query writes to the graph (CREATE, MERGE, SET, REMOVE, DELETE, …); only reading queries may run here.',
      };
    case 's':
      return {
        reason: 'schema',
        message: 'Schema and administration commands (indexes, constraints, users, databases) cannot run here.',
      };
    default:
      return { reason: 'command', message: `Statements of type "${queryType}" cannot run here.` };
  }
}

function inspectOperator(operator: PlanNode, context: PlanContext): Refusal | undefined {
  const [type, database] = operator.operatorType.split('@') as [string, string | undefined];
  const details = typeof operator.arguments.Details === 'string' ? operator.arguments.Details : '';
  if (database !== undefined && database !== context.database) {
    return {
      reason: 'database',
      message: `The query reaches the database "${database}"; only "${context.database}" may be read here.`,
    };
  }
  if (type === 'LoadCSV') {
    return { reason: 'load-csv', message: 'LOAD CSV reads files and URLs from the server; it cannot run here.' };
  }
  if (type === 'ProcedureCall') {
    const procedure = /^\s*([\w.]+)\s*\(/.exec(details)?.[1];
    if (!procedure || !allowedProcedures.has(procedure)) {
      return {
        reason: 'procedure',
        message: `Procedure ${procedure ?? '(unnamed)'} is not on the allow-list; callable are ${[...allowedProcedures].join(', ')}.`,
        ...(procedure ? { procedure } : {}),
      };
    }
  }
  if (type.startsWith('Show') || type.startsWith('Terminate') || type === 'AdministrationCommand') {
    return { reason: 'command', message: 'SHOW, TERMINATE and administration commands cannot run here.' };
  }
  if (type === 'TransactionApply' || type === 'TransactionForeach') {
    return {
      reason: 'command',
      message: 'CALL { … } IN TRANSACTIONS commits batches of its own; queries here run in one read transaction.',
    };
  }
  const lowered = details.toLowerCase();
  const called = context.userFunctions.find((name) => lowered.includes(`${name.toLowerCase()}(`));
  if (called) {
    return {
      reason: 'function',
      message: `Function ${called} is installed by a plugin and not on the allow-list; only built-in functions may be used.`,
      function: called,
    };
  }
  return undefined;
}

function* operatorsOf(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* operatorsOf(child);
}

/**
 * EXPLAINs the query inside the caller's (read) transaction and throws ReadOnlyError when the plan is refused.
 * Returns the names of parameters the query uses but was not given, which Neo4j reports as a notification.
 */
export async function assertReadOnly(
  tx: ManagedTransaction,
  query: string,
  parameters: Record<string, unknown>,
  context: PlanContext,
): Promise<{ missingParameters: string[] }> {
  let summary: ResultSummary;
  try {
    summary = (await tx.run(`${explainPrefix}${query}`, parameters)).summary;
  } catch (error) {
    if (error instanceof Neo4jError) error.message = withoutExplainPrefix(error.message);
    throw error;
  }
  const refusal = inspectPlan(summary, context);
  if (refusal) {
    const { reason, message, ...extra } = refusal;
    throw new ReadOnlyError(message, reason, extra);
  }
  return { missingParameters: missingParametersOf(summary) };
}

const explainPrefix = 'EXPLAIN ';

/**
 * Neo4j's syntax errors quote the statement and point at the error by line, column and offset: shown as they are,
 * they would quote our EXPLAIN and point eight characters too far right on the first line.
 */
export function withoutExplainPrefix(message: string): string {
  const shift = explainPrefix.length;
  return message
    .replace(
      /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g,
      (_match, line: string, column: string, offset: string) => {
        const firstLine = Number(line) === 1;
        const shownColumn = firstLine ? Math.max(1, Number(column) - shift) : Number(column);
        return `(line ${line}, column ${shownColumn} (offset: ${Math.max(0, Number(offset) - shift)}))`;
      },
    )
    .replace(/\n"EXPLAIN ([^\n]*)\n {8}( *\^)/, '\n"$1\n$2')
    .replace(/\n"EXPLAIN /, '\n"');
}

function missingParametersOf(summary: ResultSummary): string[] {
  const notification = summary.notifications.find(
    (item) => item.code === 'Neo.ClientNotification.Statement.ParameterNotProvided',
  );
  const list = notification && /Missing parameters:\s*([^)]*)\)/.exec(notification.description)?.[1];
  return list
    ? list
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : [];
}

const userFunctionsByDatabase = new WeakMap<Database, Promise<string[]>>();

/** Plugin functions (e.g. APOC's) of this Neo4j, read once per process; an empty list without plugins. */
export function userFunctionsOf(db: Database): Promise<string[]> {
  let names = userFunctionsByDatabase.get(db);
  if (!names) {
    names = db
      .read<{ name: string }>('SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name')
      .then((result) => result.records.map((record) => record.get('name')));
    names.catch(() => userFunctionsByDatabase.delete(db));
    userFunctionsByDatabase.set(db, names);
  }
  return names;
}
