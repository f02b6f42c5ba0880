import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Where the crash tests build the app: inside the repository, so compiled files still find node_modules. */
export const CHILD_BUILD_DIR = join(process.cwd(), 'test-artifacts', 'child-app-build');

/** Compiles the server as `npm run build:server` does, to a directory of the tests' own. */
export async function buildAppForChildProcess(): Promise<void> {
  const tsc = join(process.cwd(), 'node_modules', '.bin', 'tsc');
  await promisify(execFile)(tsc, ['-p', 'tsconfig.build.json', '--outDir', CHILD_BUILD_DIR], { cwd: process.cwd() });
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
