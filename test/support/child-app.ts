import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { embeddedDataFolder, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { activeMatch, createStaff, signUp, type SignedUpUser } from './factories.js';
import { startTestApp } from './test-app.js';
import { createTestDatabase, TestDatabase } from './test-database.js';

/** Where the crash tests build the app: inside the repository, so compiled files still find node_modules. */
export const CHILD_BUILD_DIR = join(process.cwd(), 'test-artifacts', 'child-app-build');

/** Compiles the server as `npm run build:server` does, to a directory of the tests' own. */
export async function buildAppForChildProcess(): Promise<void> {
  const tsc = join(process.cwd(), 'node_modules', '.bin', 'tsc');
  await promisify(execFile)(tsc, ['-p', 'tsconfig.build.json', '--outDir', CHILD_BUILD_DIR], { cwd: process.cwd() });
}

/**
 * Where a child app keeps its data: a fresh database on TEST_DATABASE_URL's server, or (without it)
 * an embedded PostgreSQL on disk that the child process owns while it runs and the test opens afterwards.
 */
export interface ChildAppDatabase {
  childEnv: Record<string, string>;
  /** A URL for work done in this process while no child runs. */
  open(): Promise<TestDatabase>;
  drop(): Promise<void>;
}

export async function childAppDatabase(): Promise<ChildAppDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-child-'));
  if (process.env.TEST_DATABASE_URL !== undefined && process.env.TEST_DATABASE_URL !== '') {
    const database = await createTestDatabase();
    return {
      childEnv: { DATABASE_URL: database.url, DATA_DIR: dataDir },
      open: () => Promise.resolve({ url: database.url, drop: () => Promise.resolve() }),
      drop: async () => {
        await database.drop();
        removeFolder(dataDir);
      },
    };
  }
  return {
    childEnv: { DATA_DIR: dataDir },
    open: async () => {
      const embedded = await startEmbeddedPostgres(embeddedDataFolder(dataDir));
      return { url: embedded.url, drop: () => embedded.stop() };
    },
    drop: () => Promise.resolve(removeFolder(dataDir)),
  };
}

function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

export interface ChildAppPair {
  migrant: SignedUpUser;
  host: SignedUpUser;
  matchId: string;
  /** A staff account, made on request. */
  staff?: SignedUpUser;
}

/**
 * Two people with an active match (and staff, if asked), made by an app in this process before
 * any child runs: with an embedded database the child owns it while it runs.
 */
export async function activePairForChildApp(database: ChildAppDatabase, options: { withStaff?: boolean } = {}): Promise<ChildAppPair> {
  const setupDb = await database.open();
  const setup = await startTestApp({}, setupDb);
  try {
    const migrant = await signUp(setup, { role: 'migrant' });
    const host = await signUp(setup, { role: 'host' });
    const staff = options.withStaff === true ? await createStaff(setup) : undefined;
    const { id: matchId } = await activeMatch(setup, migrant, host);
    return { migrant, host, matchId, staff };
  } finally {
    await setup.close();
    await setupDb.drop();
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export interface ChildApp {
  process: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Resolves when the process has exited, with its signal or code. */
  exited: Promise<string>;
}

/** Runs the built app (`node dist/src/main.js`) with `env` and waits until it listens. */
export async function startChildApp(env: Record<string, string>, port: number, timeoutMs = 120_000): Promise<ChildApp> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'DATA_DIR', 'REDIS_URL', 'PORT'].includes(key)));
  const child = spawn(process.execPath, [join(CHILD_BUILD_DIR, 'src', 'main.js')], {
    cwd: process.cwd(),
    env: { ...inherited, NODE_OPTIONS: '', NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = (): void => {
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`app exited (${how}) before listening:\n${output}`));
    });
  });
  return { process: child, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
}
