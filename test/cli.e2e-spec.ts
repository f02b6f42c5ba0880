import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { allMigrations } from '../migrations/index.js';
import { embeddedDataFolder, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { DEFAULT_ORGANISATION_ID } from '../src/organisations/domain/programme.js';

const execFileAsync = promisify(execFile);

interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where the CLI's data lives, and how this test reads it once the CLI has exited. */
interface CliDatabase {
  env: Record<string, string>;
  query<T>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * Every command the README shows, run as a person runs it: `npm run cli -- …` on the built app.
 * The server is compiled into dist/ first (`tsc -p tsconfig.build.json`, what `npm run build:server`
 * does), so the commands run the code under test.
 */
beforeAll(async () => {
  await execFileAsync(join(process.cwd(), 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: process.cwd() });
}, 180_000);

async function cli(database: CliDatabase | undefined, ...args: string[]): Promise<CliOutcome> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'DATA_DIR', 'NODE_OPTIONS', 'STAFF_EMAIL'].includes(key)));
  try {
    const { stdout, stderr } = await execFileAsync('npm', ['run', '--silent', 'cli', '--', ...args], {
      cwd: process.cwd(),
      env: { ...inherited, ...database?.env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
}

function embeddedCliDatabase(): Promise<CliDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-cli-'));
  return Promise.resolve({
    env: { DATA_DIR: dataDir },
    // The embedded folder belongs to one process at a time: open it only while no CLI runs.
    query: async <T>(sql: string) => {
      const embedded = await startEmbeddedPostgres(embeddedDataFolder(dataDir));
      try {
        return await queryUrl<T>(embedded.url, sql);
      } finally {
        await embedded.stop();
      }
    },
    drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  });
}

async function serverCliDatabase(): Promise<CliDatabase> {
  const database: TestDatabase = await createTestDatabase({ migrated: false });
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-cli-'));
  return {
    env: { DATABASE_URL: database.url, DATA_DIR: dataDir },
    query: <T>(sql: string) => queryUrl<T>(database.url, sql),
    drop: async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function queryUrl<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const serverUrl = process.env.TEST_DATABASE_URL;
if ((serverUrl === undefined || serverUrl === '') && process.env.CI !== undefined) {
  throw new Error('CI runs the CLI against a PostgreSQL server too: set TEST_DATABASE_URL');
}
const databases: Array<[string, () => Promise<CliDatabase>]> = [['the embedded database in DATA_DIR', embeddedCliDatabase]];
if (serverUrl !== undefined && serverUrl !== '') databases.push(['a PostgreSQL server at DATABASE_URL', serverCliDatabase]);

describe.each(databases)('npm run cli on %s', (_where, open) => {
  let database: CliDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('migration:run applies every migration once, then finds none pending', async () => {
    const first = await cli(database, 'migration:run');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(`Applied: ${allMigrations.map((migration) => migration.name).join(', ')}`);
    const again = await cli(database, 'migration:run');
    expect(again.stdout).toContain('No pending migrations.');
    const applied = await database.query<{ count: string }>('SELECT count(*) FROM migrations');
    expect(Number(applied[0].count)).toBe(allMigrations.length);
  }, 180_000);

  it('create-staff makes a coordinator of the default organisation that exists afterwards, and refuses the same email twice', async () => {
    const created = await cli(database, 'create-staff', '--email', 'Coordinator@Example.org', '--password', 'a-long-staff-passphrase', '--name', 'Nadia');
    expect(created).toMatchObject({ code: 0 });
    const summary = lastJsonLine(created.stdout);
    expect(summary).toEqual({ created: 'staff', id: expect.any(String) as unknown, email: 'Coordinator@Example.org', organisationId: DEFAULT_ORGANISATION_ID });
    const rows = await database.query<{ role: string; display_name: string; organisation_id: string }>(
      `SELECT role, display_name, organisation_id FROM users WHERE id = '${String(summary.id)}'`,
    );
    expect(rows).toEqual([{ role: 'staff', display_name: 'Nadia', organisation_id: DEFAULT_ORGANISATION_ID }]);

    const duplicate = await cli(database, 'create-staff', '--email', 'coordinator@example.org', '--password', 'a-long-staff-passphrase', '--name', 'Nadia');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/already/i);
  }, 180_000);

  it('create-staff refuses a missing option with the usage and changes nothing', async () => {
    const before = await database.query<{ count: string }>('SELECT count(*) FROM users');
    const outcome = await cli(database, 'create-staff', '--email', 'someone@example.org', '--name', 'No Password');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('--password is required');
    expect(await database.query<{ count: string }>('SELECT count(*) FROM users')).toEqual(before);
  }, 180_000);

  it('create-staff --organisation makes a coordinator of that organisation, and refuses an unknown one', async () => {
    const [organisation] = await database.query<{ id: string }>(`INSERT INTO organisations (name, country_code) VALUES ('CLI Society', 'BE') RETURNING id`);
    const created = await cli(database, 'create-staff', '--email', 'brussels@example.org', '--password', 'a-long-staff-passphrase', '--name', 'Els', '--organisation', organisation.id);
    expect(created).toMatchObject({ code: 0 });
    expect(lastJsonLine(created.stdout)).toMatchObject({ created: 'staff', organisationId: organisation.id });
    expect(await database.query(`SELECT role, organisation_id FROM users WHERE email = 'brussels@example.org'`)).toEqual([{ role: 'staff', organisation_id: organisation.id }]);

    const unknown = await cli(database, 'create-staff', '--email', 'nowhere@example.org', '--password', 'a-long-staff-passphrase', '--name', 'No One', '--organisation', '00000000-0000-4000-8000-0000000000ff');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No organisation has the id 00000000-0000-4000-8000-0000000000ff');
    expect(await database.query(`SELECT 1 FROM users WHERE email = 'nowhere@example.org'`)).toEqual([]);
  }, 180_000);

  it('create-staff --admin makes a platform admin', async () => {
    const created = await cli(database, 'create-staff', '--email', 'platform@example.org', '--password', 'a-long-staff-passphrase', '--name', 'Ada', '--admin');
    expect(created).toMatchObject({ code: 0 });
    expect(lastJsonLine(created.stdout)).toMatchObject({ created: 'admin' });
    expect(await database.query(`SELECT role FROM users WHERE email = 'platform@example.org'`)).toEqual([{ role: 'admin' }]);
  }, 180_000);

  it('seed writes the synthetic people it reports', async () => {
    const outcome = await cli(database, 'seed', '--migrants', '12', '--hosts', '8', '--seed', '5');
    expect(outcome).toMatchObject({ code: 0 });
    expect(lastJsonLine(outcome.stdout)).toMatchObject({ seeded: 20, migrants: 12, hosts: 8, seed: 5 });
    const byRole = await database.query<{ role: string; count: string }>(
      `SELECT role, count(*) FROM users WHERE email LIKE 'seed-5-%' GROUP BY role ORDER BY role`,
    );
    expect(byRole).toEqual([
      { role: 'host', count: '8' },
      { role: 'migrant', count: '12' },
    ]);
  }, 180_000);

  it('seed creates the two example organisations once, and makes members of the people who meet their rules', async () => {
    const outcome = await cli(database, 'seed', '--migrants', '400', '--hosts', '400', '--seed', '11');
    expect(outcome).toMatchObject({ code: 0 });
    const summary = lastJsonLine(outcome.stdout) as { programmes: Array<{ name: string; members: number }> };
    expect(summary.programmes.map((p) => p.name)).toEqual(['1001 Strengths', 'Ubuntu']);
    expect(summary.programmes[0].members).toBeGreaterThan(0);
    expect(await cli(database, 'seed', '--migrants', '10', '--hosts', '10', '--seed', '12')).toMatchObject({ code: 0 });
    const examples = await database.query<{ organisation: string; country_code: string; programme: string; status: string }>(
      `SELECT o.name AS organisation, o.country_code, p.name AS programme, p.status FROM organisations o JOIN programmes p ON p.organisation_id = o.id
        WHERE o.name IN ('Netherlands Red Cross', 'South African Red Cross Society') ORDER BY o.name`,
    );
    expect(examples).toEqual([
      { organisation: 'Netherlands Red Cross', country_code: 'NL', programme: '1001 Strengths', status: 'open' },
      { organisation: 'South African Red Cross Society', country_code: 'ZA', programme: 'Ubuntu', status: 'open' },
    ]);
    // Every member of 1001 Strengths meets its rules: in NL, a woman, speaking Dutch; volunteers 55 or over.
    const strangers = await database.query<{ count: string }>(
      `SELECT count(*) FROM programme_memberships m JOIN programmes p ON p.id = m.programme_id JOIN profiles pr ON pr.user_id = m.user_id
        WHERE p.name = '1001 Strengths' AND (pr.country_code <> 'NL' OR pr.gender <> 'female' OR NOT ('nl' = ANY(pr.language_codes))
          OR (m.role = 'host' AND extract(year FROM now()) - pr.birth_year < 55))`,
    );
    expect(strangers).toEqual([{ count: '0' }]);
    // Volunteers who joined have that organisation's vetting, most of them verified as with the default one.
    const vetted = await database.query<{ verification: string }>(
      `SELECT v.verification FROM programme_memberships m JOIN programmes p ON p.id = m.programme_id
         JOIN volunteer_vettings v ON v.user_id = m.user_id AND v.organisation_id = p.organisation_id
        WHERE p.name = '1001 Strengths' AND m.role = 'host'`,
    );
    const hosts = await database.query<{ count: string }>(`SELECT count(*) FROM programme_memberships m JOIN programmes p ON p.id = m.programme_id WHERE p.name = '1001 Strengths' AND m.role = 'host'`);
    expect(vetted.length).toBe(Number(hosts[0].count));
    expect(vetted.some((v) => v.verification === 'verified')).toBe(true);
  }, 240_000);

  it('migration:revert undoes the last migration only', async () => {
    const outcome = await cli(database, 'migration:revert');
    expect(outcome).toMatchObject({ code: 0 });
    expect(outcome.stdout).toContain('Reverted the last migration.');
    const names = await database.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(names.map((row) => row.name)).toEqual(allMigrations.slice(0, -1).map((migration) => migration.name));
  }, 180_000);
});

describe('npm run cli -- assign', () => {
  it('solves an OR-Library file and prints n, cost, the solver time and the parse time', async () => {
    const outcome = await cli(undefined, 'assign', '--input', join('test', 'fixtures', 'orlib', 'assign100.txt'));
    expect(outcome).toMatchObject({ code: 0 });
    expect(lastJsonLine(outcome.stdout)).toEqual({ n: 100, cost: 305, ms: expect.any(Number) as unknown, parseMs: expect.any(Number) as unknown });
  }, 60_000);

  it('refuses a file that is not an assignment instance', async () => {
    const outcome = await cli(undefined, 'assign', '--input', 'package.json');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/OR-Library assignment/);
  }, 60_000);
});
