import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HeldConnections, type ReleasableRunner } from './held-connections.js';

/** What a held statement needs of a TypeORM query runner: its pg client, and giving it back. */
export interface ConnectableRunner extends ReleasableRunner {
  connect(): Promise<unknown>;
}

/** The pg client behind a TypeORM query runner: a query config can name a prepared statement. */
interface PgClient {
  query<Row>(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

export interface StatementDefinition {
  /** The name each connection prepares the statement under; unique among the app's statements. */
  name: string;
  text: string;
  /** Connections kept checked out for it: as many as its callers have statements out at once. */
  connections: number;
}

/**
 * One hot statement, run on a few held connections (see HeldConnections) and prepared once on each
 * where the server allows it: one round trip per run, and no planning after the first.
 */
export class HeldStatement<Row> {
  private readonly held: HeldConnections<ConnectableRunner>;

  constructor(
    private readonly definition: StatementDefinition,
    checkOut: () => ConnectableRunner,
    private readonly namedStatements: () => boolean,
  ) {
    this.held = new HeldConnections(checkOut, definition.connections);
  }

  /** Runs the statement on its own connection, outside any unit of work: one statement, one implicit transaction. */
  run(values: unknown[]): Promise<Row[]> {
    return this.held.run(async (runner) => {
      const client = (await runner.connect()) as PgClient;
      const name = this.namedStatements() ? this.definition.name : undefined;
      return (await client.query<Row>({ name, text: this.definition.text, values })).rows;
    });
  }
}

/** Makes held statements on the app's data source. */
@Injectable()
export class HeldStatements implements OnModuleInit {
  /**
   * Planning a large statement can cost PostgreSQL more than running it, hence prepared ones. Not on
   * the embedded server: PGlite is a single backend session behind every connection, where one
   * connection's statement name collides with another's.
   */
  private namedStatements = false;
  private defined = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For a repository's constructor. */
  define<Row>(definition: StatementDefinition): HeldStatement<Row> {
    this.defined += 1;
    return new HeldStatement<Row>(definition, () => this.dataSource.createQueryRunner(), () => this.namedStatements);
  }

  /** Asks the server what it is only where a statement was defined: every constructor runs before any module starts. */
  async onModuleInit(): Promise<void> {
    if (this.defined === 0) return;
    const [{ version }]: Array<{ version: string }> = await this.dataSource.query('SELECT version()');
    this.namedStatements = !version.includes('PGlite');
  }
}
