import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { HeldStatements } from './held-statements.js';
import { runMigrationsLocked } from './migrate.js';
import { UnitOfWork } from './unit-of-work.js';

/** Connects to `databaseUrl` (the embedded server's, when none is configured) and migrates before anything queries. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(requireUrl(config)),
      dataSourceFactory: async (options) => {
        if (options === undefined) throw new Error('No database options');
        const dataSource = await new DataSource(options).initialize();
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [UnitOfWork, HeldStatements],
  exports: [UnitOfWork, HeldStatements],
})
export class DatabaseModule {}

function requireUrl(config: AppConfig): string {
  if (config.databaseUrl === undefined) throw new Error('databaseUrl must be resolved (embedded or DATABASE_URL) before the app module is built');
  return config.databaseUrl;
}
