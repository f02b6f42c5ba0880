import { DataSource, MigrationExecutor } from 'typeorm';

// Any constant shared by every process of this app.
const MIGRATION_LOCK_KEY = 734_219_001;

/** Runs `work` with a migration executor on one connection holding an advisory lock, so concurrent starts queue instead of racing. */
async function withMigrationLock<T>(dataSource: DataSource, work: (executor: MigrationExecutor) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      return await work(executor);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const applied = await withMigrationLock(dataSource, (executor) => executor.executePendingMigrations());
  return applied.map((m) => m.name);
}

export function revertLastMigrationLocked(dataSource: DataSource): Promise<void> {
  return withMigrationLock(dataSource, (executor) => executor.undoLastMigration());
}
