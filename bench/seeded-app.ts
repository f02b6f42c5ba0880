import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { seedPeople } from '../src/cli/seed.js';
import { loadConfig } from '../src/config/app-config.js';
import { spreadOverProgrammes, type BenchProgramme } from './programme-population.js';
import { createThrowawayDatabase } from './throwaway-database.js';

/** The seed every matching benchmark population comes from. */
export const SEED = 42;

export interface SeededApp {
  app: INestApplication;
  seedSeconds: number;
  /** Moves everyone from the default programme into `count` programmes (see programme-population.ts). */
  spreadOverProgrammes(count: number): Promise<BenchProgramme[]>;
}

/**
 * The real app on a throwaway database holding `migrants` and `hosts` seeded people, all in the
 * default programme, vacuumed. `afterwards` gets the database once this app is closed (for an app
 * of its own), before it is dropped.
 */
export async function withSeededApp<T>(migrants: number, hosts: number, work: (seeded: SeededApp) => Promise<T>, afterwards?: (databaseUrl: string) => Promise<void>): Promise<T> {
  const database = await createThrowawayDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      RATE_LIMIT_PER_USER: '100000',
      RATE_LIMIT_PER_ADDRESS: '100000',
      // Rounds run as queued jobs; nothing else scheduled runs while the figures are taken.
      SCHEDULED_JOBS: 'off',
      // How many threads a round runs on, as the app would be told (the figures compare settings).
      ROUND_WORKERS: process.env.ROUND_WORKERS,
    }).withDatabaseUrl(database.url);
    const app = await createApp(config);
    let result: T;
    try {
      await app.init(); // starts the job queue the rounds run on

      const onConnection = async <R>(task: (query: (sql: string, parameters?: unknown[]) => Promise<unknown>) => Promise<R>): Promise<R> => {
        const runner = app.get(DataSource).createQueryRunner();
        await runner.connect();
        try {
          return await task((sql, parameters) => runner.query(sql, parameters));
        } finally {
          await runner.release();
        }
      };
      const started = performance.now();
      await onConnection((query) => seedPeople({ query }, { migrants, hosts, seed: SEED }));
      const seedSeconds = (performance.now() - started) / 1000;
      // As autovacuum leaves a live database: the bulk-loaded tables analysed and their visibility
      // maps set (no heap fetches on index-only reads), and no vacuum starting halfway through a
      // timed round or request.
      for (const table of ['users', 'profiles', 'programme_memberships', 'volunteer_vettings', 'matches']) await onConnection((query) => query(`VACUUM ANALYZE ${table}`));
      result = await work({
        app,
        seedSeconds,
        spreadOverProgrammes: (count) => onConnection((query) => spreadOverProgrammes({ query }, count, SEED, new Date())),
      });
    } finally {
      await app.close();
    }
    await afterwards?.(database.url);
    return result;
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
