import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

export type Connection = { uri: string; user: string; password: string; database: string };

export type DatabaseOptions = {
  /** Default timeout of a transaction; Neo4j itself terminates the transaction when it runs over. */
  queryTimeoutMs: number;
  /** How long executeRead/executeWrite keep retrying transient failures before giving up. */
  retryMs: number;
};

type Parameters = Record<string, unknown>;
type RunOptions = {
  timeoutMs?: number;
  /**
   * Records per Bolt PULL; the driver's default of 1,000 makes Neo4j wait for a round trip after each batch. A
   * caller that holds the whole answer anyway (a bounded page) passes `allRecords` so that Neo4j never idles.
   */
  fetchSize?: number;
};

/** `fetchSize` for a result that is read whole: every record in one PULL. */
export const allRecords = -1;

/**
 * The one driver of this process and the two ways to use it: read and write transactions, each with a timeout
 * and with the driver's retries. Integers come back as JavaScript numbers, so no driver Integer objects leak out.
 */
export class Database {
  readonly driver: Driver;

  constructor(
    readonly connection: Connection,
    private readonly options: DatabaseOptions,
  ) {
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: options.retryMs,
      userAgent: 'alliance-atlas',
    });
  }

  get timeoutMs(): number {
    return this.options.queryTimeoutMs;
  }

  read<T extends RecordShape = RecordShape>(cypher: string, parameters: Parameters = {}, options: RunOptions = {}) {
    return this.transaction('READ', (tx) => tx.run<T>(cypher, parameters), options);
  }

  write<T extends RecordShape = RecordShape>(cypher: string, parameters: Parameters = {}, options: RunOptions = {}) {
    return this.transaction('WRITE', (tx) => tx.run<T>(cypher, parameters), options);
  }

  /** Several statements in one write transaction: all of them take effect, or none. */
  writeAll(statements: { cypher: string; parameters?: Parameters }[], options: RunOptions = {}): Promise<void> {
    return this.transaction(
      'WRITE',
      async (tx) => {
        for (const statement of statements) await tx.run(statement.cypher, statement.parameters ?? {});
      },
      options,
    );
  }

  /** A unit of work in its own session, retried by the driver on transient errors, bounded by a timeout. */
  async transaction<R>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<R>,
    options: RunOptions = {},
  ): Promise<R> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(options.fetchSize !== undefined && { fetchSize: options.fetchSize }),
    });
    const config = { timeout: options.timeoutMs ?? this.options.queryTimeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  /** Schema commands cannot share a transaction with anything else, so each runs on its own. */
  async runSchemaCommand(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.connection.database });
    try {
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
