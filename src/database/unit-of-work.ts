import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

interface Work {
  manager: EntityManager;
  afterCommit: Array<() => void>;
}

/**
 * The current transaction, kept in AsyncLocalStorage so repositories find it themselves: a service
 * wraps its change in `transaction(...)` and calls repository methods; it never holds an
 * EntityManager. Outside a transaction repositories use the pool.
 */
@Injectable()
export class UnitOfWork {
  private static readonly current = new AsyncLocalStorage<Work>();
  private readonly logger = new Logger('UnitOfWork');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction and then the hooks it registered with `afterCommit`. Called
   * inside another transaction, it joins that one (its hooks wait for the outer commit).
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (UnitOfWork.current.getStore() !== undefined) return work();
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction((manager) => UnitOfWork.current.run({ manager, afterCommit }, work));
    for (const hook of afterCommit) {
      try {
        hook();
      } catch (error) {
        this.logger.error({ err: error }, 'An after-commit hook failed');
      }
    }
    return result;
  }

  /** The current transaction's manager, or the pool's outside one. */
  get manager(): EntityManager {
    return UnitOfWork.current.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return UnitOfWork.current.getStore() !== undefined;
  }

  /** Runs `hook` once the current transaction commits (never, if it rolls back); at once outside one. */
  afterCommit(hook: () => void): void {
    const work = UnitOfWork.current.getStore();
    if (work === undefined) hook();
    else work.afterCommit.push(hook);
  }

  /** Raw SQL in the current transaction (repositories only). */
  query<T>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.manager.query(sql, parameters);
  }
}
