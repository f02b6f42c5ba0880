import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { revertLastMigrationLocked, runMigrationsLocked } from '../database/migrate.js';

async function withDataSource<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  if (config.databaseUrl === undefined) throw new Error('database not resolved');
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 2)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** A DataSource on the migrated database, for commands that work on the app's tables. */
export function withMigratedDataSource<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  return withDataSource(config, async (dataSource) => {
    await runMigrationsLocked(dataSource);
    return work(dataSource);
  });
}

export function migrationRun(config: AppConfig): Promise<void> {
  return withDataSource(config, async (dataSource) => {
    const applied = await runMigrationsLocked(dataSource);
    console.log(applied.length === 0 ? 'No pending migrations.' : `Applied: ${applied.join(', ')}`);
  });
}

export function migrationRevert(config: AppConfig): Promise<void> {
  return withDataSource(config, async (dataSource) => {
    await revertLastMigrationLocked(dataSource);
    console.log('Reverted the last migration.');
  });
}

/** Writes a migration with the SQL that brings the migrated database in line with the entities; review it before committing. */
export function migrationGenerate(config: AppConfig, name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('Name the migration in PascalCase, e.g. AddMeetups');
  return withDataSource(config, async (dataSource) => {
    await runMigrationsLocked(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The entities and the migrations agree; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const file = join('migrations', `${timestamp}-${name}.ts`);
    const statements = (queries: { query: string }[]): string =>
      queries.map((q) => `    await db.query(${JSON.stringify(q.query)});`).join('\n');
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n` +
        `  name = '${name}${timestamp}';\n\n  async up(db: QueryRunner): Promise<void> {\n${statements(sql.upQueries)}\n  }\n\n` +
        `  async down(db: QueryRunner): Promise<void> {\n${statements([...sql.downQueries].reverse())}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add it to migrations/index.ts after reviewing it.`);
  });
}
