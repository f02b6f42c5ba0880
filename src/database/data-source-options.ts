import type { DataSourceOptions } from 'typeorm';
import { allMigrations } from '../../migrations/index.js';
import { allEntities } from './entities.js';

/** The one DataSource definition, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: allEntities,
    migrations: allMigrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    poolSize,
    extra: { connectionTimeoutMillis: 10_000 },
  };
}
