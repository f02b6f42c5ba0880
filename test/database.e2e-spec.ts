import { DataSource } from 'typeorm';
import { allMigrations } from '../migrations/index.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { revertLastMigrationLocked, runMigrationsLocked } from '../src/database/migrate.js';
import { createTestDatabase, TestDatabase } from './support/test-database.js';
import { startTestApp } from './support/test-app.js';

describe('migrations', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await database.drop();
  });

  it('runs once when two app processes start on one database at the same moment', async () => {
    const [first, second] = await Promise.all([startTestApp({}, database), startTestApp({}, database)]);
    const applied: Array<{ name: string }> = await first.app.get(DataSource).query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(allMigrations.map((m) => new m().name));
    await first.close();
    await second.close();
  });

  it('reverts every migration and applies them again', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
    try {
      await runMigrationsLocked(dataSource);
      for (let i = 0; i < allMigrations.length; i += 1) await revertLastMigrationLocked(dataSource);
      const tables: Array<{ tablename: string }> = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
      expect(tables).toEqual([]);
      await expect(runMigrationsLocked(dataSource)).resolves.toHaveLength(allMigrations.length);
    } finally {
      await dataSource.destroy();
    }
  }, 300_000); // applying them again imports the places
});
