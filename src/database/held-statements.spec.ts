import type { DataSource } from 'typeorm';
import { HeldStatement, HeldStatements, type ConnectableRunner, type StatementDefinition } from './held-statements.js';

interface SentQuery {
  connection: number;
  name?: string;
  text: string;
  values: unknown[];
}

/** A query runner whose pg client records what it was sent and answers `rows`, or fails with `failWith`. */
class FakeRunner implements ConnectableRunner {
  isReleased = false;
  connects = 0;
  failWith: Error | undefined;

  constructor(
    readonly id: number,
    private readonly sent: SentQuery[],
    private readonly rows: unknown[],
  ) {}

  connect(): Promise<unknown> {
    this.connects += 1;
    return Promise.resolve({
      query: (config: { name?: string; text: string; values: unknown[] }) => {
        this.sent.push({ connection: this.id, ...config });
        return this.failWith === undefined ? Promise.resolve({ rows: this.rows }) : Promise.reject(this.failWith);
      },
    });
  }

  release(): Promise<void> {
    this.isReleased = true;
    return Promise.resolve();
  }
}

const appendBatch: StatementDefinition = { name: 'things.append', text: 'INSERT INTO things SELECT unnest($1::int[]) RETURNING id', connections: 2 };

function fakeServer(rows: unknown[] = [{ id: 1 }]): { checkOut: () => FakeRunner; runners: FakeRunner[]; sent: SentQuery[] } {
  const runners: FakeRunner[] = [];
  const sent: SentQuery[] = [];
  const checkOut = (): FakeRunner => {
    const runner = new FakeRunner(runners.length + 1, sent, rows);
    runners.push(runner);
    return runner;
  };
  return { checkOut, runners, sent };
}

describe('HeldStatement', () => {
  it('sends the statement under its name, with the values, and answers the rows', async () => {
    const { checkOut, sent } = fakeServer([{ id: 7 }, { id: 8 }]);
    const statement = new HeldStatement<{ id: number }>(appendBatch, checkOut, () => true);
    expect(await statement.run([[7, 8]])).toEqual([{ id: 7 }, { id: 8 }]);
    expect(sent).toEqual([{ connection: 1, name: 'things.append', text: appendBatch.text, values: [[7, 8]] }]);
  });

  it('sends it unnamed where the server cannot keep a statement per connection', async () => {
    const { checkOut, sent } = fakeServer();
    await new HeldStatement(appendBatch, checkOut, () => false).run([[1]]);
    expect(sent[0].name).toBeUndefined();
  });

  it('asks whether to name it at each run, so a server learnt about after definition counts', async () => {
    const { checkOut, sent } = fakeServer();
    let named = false;
    const statement = new HeldStatement(appendBatch, checkOut, () => named);
    await statement.run([[1]]);
    named = true;
    await statement.run([[2]]);
    expect(sent.map((query) => query.name)).toEqual([undefined, 'things.append']);
  });

  it('runs one statement after another on the same held connection, one round trip each', async () => {
    const { checkOut, runners, sent } = fakeServer();
    const statement = new HeldStatement(appendBatch, checkOut, () => true);
    for (let i = 0; i < 3; i += 1) await statement.run([[i]]);
    expect(runners).toHaveLength(1);
    expect(runners[0].isReleased).toBe(false);
    expect(sent.map((query) => query.connection)).toEqual([1, 1, 1]);
  });

  it('holds as many connections as defined, giving back any beyond', async () => {
    const { checkOut, runners } = fakeServer();
    const statement = new HeldStatement(appendBatch, checkOut, () => true);
    await Promise.all([1, 2, 3].map((i) => statement.run([[i]])));
    expect(runners.map((runner) => runner.isReleased)).toEqual([false, false, true]);
  });

  it('gives a connection whose statement failed back to the pool and runs the next on a fresh one', async () => {
    const { checkOut, runners, sent } = fakeServer();
    const statement = new HeldStatement(appendBatch, checkOut, () => true);
    await statement.run([[1]]);
    runners[0].failWith = new Error('duplicate key value violates unique constraint');
    await expect(statement.run([[2]])).rejects.toThrow('duplicate key');
    expect(runners[0].isReleased).toBe(true);
    await statement.run([[3]]);
    expect(sent.map((query) => query.connection)).toEqual([1, 1, 2]);
  });
});

describe('HeldStatements', () => {
  function fakeDataSource(version: string): { dataSource: DataSource; queries: string[]; runners: FakeRunner[]; sent: SentQuery[] } {
    const { checkOut, runners, sent } = fakeServer();
    const queries: string[] = [];
    const dataSource = {
      createQueryRunner: checkOut,
      query: (sql: string) => {
        queries.push(sql);
        return Promise.resolve([{ version }]);
      },
    } as unknown as DataSource;
    return { dataSource, queries, runners, sent };
  }

  it('prepares statements on PostgreSQL, checking out connections from the data source', async () => {
    const { dataSource, runners, sent } = fakeDataSource('PostgreSQL 17.2 on x86_64-pc-linux-gnu');
    const statements = new HeldStatements(dataSource);
    const statement = statements.define(appendBatch);
    await statements.onModuleInit();
    await statement.run([[1]]);
    expect(runners).toHaveLength(1);
    expect(sent[0].name).toBe('things.append');
  });

  it('sends them unnamed on the embedded server (PGlite: one session behind every connection)', async () => {
    const { dataSource, sent } = fakeDataSource('PostgreSQL 17.4 on x86_64-pc-linux-gnu (PGlite 0.3.0)');
    const statements = new HeldStatements(dataSource);
    const statement = statements.define(appendBatch);
    await statements.onModuleInit();
    await statement.run([[1]]);
    expect(sent[0].name).toBeUndefined();
  });

  it('asks the server nothing where no statement was defined', async () => {
    const { dataSource, queries } = fakeDataSource('PostgreSQL 17.2');
    await new HeldStatements(dataSource).onModuleInit();
    expect(queries).toEqual([]);
  });
});
