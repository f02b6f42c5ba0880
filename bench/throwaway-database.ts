import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

export interface ThrowawayDatabase {
  url: string;
  /** For the benchmark's header line: where the figures were measured. */
  description: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/** The PostgreSQL server the benchmarks were pointed at (BENCH_DATABASE_URL, else TEST_DATABASE_URL), if any. */
export function benchServerUrl(): string | undefined {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  return url === undefined || url === '' ? undefined : url;
}

/** A fresh database on the benchmarks' server (benchServerUrl), or an in-memory PGlite. */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const serverUrl = benchServerUrl();
  if (serverUrl === undefined) {
    const embedded = await startEmbeddedPostgres(undefined);
    return { url: embedded.url, description: 'embedded PostgreSQL (PGlite, in memory, served from this process)', embedded: true, drop: () => embedded.stop() };
  }
  return createServerDatabase(serverUrl);
}

/** A fresh database on `serverUrl`'s server, dropped by `drop`. */
export async function createServerDatabase(serverUrl: string): Promise<ThrowawayDatabase> {
  const name = `cg_bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    description: `PostgreSQL at ${url.host} (throwaway database ${name})`,
    embedded: false,
    drop: () => withAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function withAdmin(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
