import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own: a fresh one on the server TEST_DATABASE_URL points at
 * (created here, dropped afterwards), or an in-memory embedded PostgreSQL when it is unset.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    const embedded = await startEmbeddedPostgres(undefined, await migratedTemplate());
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `cg_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/**
 * Creating an embedded cluster is the slow part of a test file, so one migrated cluster is dumped
 * once and every file starts from it. The dump is keyed by the migrations' text, so a changed
 * migration makes a new one.
 */
async function migratedTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `cg-test-template-${migrationsFingerprint()}.tar`);
  if (!existsSync(file)) {
    const embedded = await startEmbeddedPostgres(undefined);
    try {
      const dataSource = await new DataSource(dataSourceOptions(embedded.url, 2)).initialize();
      await runMigrationsLocked(dataSource);
      await dataSource.destroy();
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await (await embedded.dump()).arrayBuffer()));
      renameSync(partial, file);
    } finally {
      await embedded.stop();
    }
  }
  return new Blob([readFileSync(file)]);
}

function migrationsFingerprint(): string {
  const folder = join(process.cwd(), 'migrations');
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) hash.update(name).update(readFileSync(join(folder, name)));
  return hash.digest('hex').slice(0, 16);
}

async function withAdmin(serverUrl: string, work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
