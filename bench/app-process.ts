/**
 * The built app as `npm start` runs it, started by a benchmark as its own process on a server
 * database, with the memory probe preloaded (idle-memory-probe.ts), so figures are the app's own
 * and not the benchmark's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MemoryReport } from './idle-memory-probe.js';
import { freePort } from './free-port.js';

export interface RunningApp {
  url: string;
  /** Memory after a forced GC. */
  measure(): Promise<MemoryReport>;
  /** Memory as it is, nothing collected first. */
  sample(): Promise<MemoryReport>;
  /** The highest resident set the process has had since it started, as the kernel counts it (VmHWM; Linux). */
  peakRssMb(): number;
  /** The end of what the app wrote (stdout and stderr), to say why it failed. */
  output(): string;
  stop(): Promise<void>;
}

/** How much of the app's output is kept. */
const OUTPUT_KEPT = 20_000;

export async function startApp(databaseUrl: string, environment: NodeJS.ProcessEnv): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', '--import', builtScript('./idle-memory-probe.js'), builtScript('../src/main.js')], {
    env: { ...environment, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      keep(Buffer.from(`\n[the app exited: ${signal ?? code}]\n`));
      resolve();
    }),
  );
  await listening(child, exited, () => output);
  return {
    url: `http://127.0.0.1:${port}`,
    measure: () => ask(child, 'measure'),
    sample: () => ask(child, 'sample'),
    peakRssMb: () => highWaterMarkMb(child),
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function builtScript(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}

export function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}

function ask(child: ChildProcess, question: 'measure' | 'sample'): Promise<MemoryReport> {
  return new Promise<MemoryReport>((resolve) => {
    child.once('message', (report) => resolve(report as MemoryReport));
    child.send(question);
  });
}

function highWaterMarkMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error('no VmHWM in /proc/<pid>/status');
  return Number(kilobytes) / 1024;
}

function listening(child: ChildProcess, exited: Promise<void>, output: () => string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', () => {
      if (output().includes('listening on')) resolve();
    });
    void exited.then(() => reject(new Error(`the app exited before listening:\n${output()}`)));
  });
}

/**
 * Production settings for an app a benchmark starts: nothing scheduled, no rate limit in the way
 * of one caller's many requests, the benchmark's own environment otherwise (ROUND_WORKERS…).
 */
export function benchAppEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'REDIS_URL', 'PORT', 'NODE_OPTIONS', 'DATA_DIR'].includes(key)));
  return {
    ...inherited,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SCHEDULED_JOBS: 'off',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
    DATA_DIR: dataDir,
  };
}
