import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';

// Any constant shared by the test processes of this project.
const TEMPLATE_LOCK_KEY = 734_219_077;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own: a fresh one on the server TEST_DATABASE_URL points at
 * (created here, dropped afterwards), or an in-memory embedded PostgreSQL when it is unset.
 * Server databases come migrated unless `migrated` is false (for tests of migrating itself).
 */
export async function createTestDatabase(options: { migrated: boolean } = { migrated: true }): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    const embedded = await startEmbeddedPostgres(undefined, await migratedTemplate());
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `cg_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated ? ` TEMPLATE ${await migratedServerTemplate(serverUrl)}` : '';
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}${template}`));
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

/**
 * The same on a server: importing the places makes migrating a fresh database take tens of
 * seconds, so each migrated state is made once, as a database no one connects to, and copied.
 * An advisory lock makes test files starting together wait for the one that builds it.
 */
async function migratedServerTemplate(serverUrl: string): Promise<string> {
  const template = `cg_template_${migrationsFingerprint()}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (existing.rowCount !== 0) return;
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      const dataSource = await new DataSource(dataSourceOptions(url.toString(), 2)).initialize();
      try {
        await runMigrationsLocked(dataSource);
      } finally {
        await dataSource.destroy();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return template;
}

/** The migrations' text and the data they import. */
function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of ['migrations', 'reference-data', join('src', 'profiles', 'places')].map((relative) => join(process.cwd(), relative))) {
    for (const name of readdirSync(folder).sort()) hash.update(name).update(readFileSync(join(folder, name)));
  }
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
