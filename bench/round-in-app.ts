/**
 * A dry-run round as a coordinator runs it: the built app started on its own on the seeded
 * database (as `npm start` runs it), the round started and polled over the API, and the app
 * process's memory read from outside. The app holds only what a running installation holds before
 * the round, so its peak is what a server must have for the round, worker threads included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchAppEnvironment, mb, startApp } from './app-process.js';

export interface AppRound {
  /** From the POST that starts the round to the poll that finds it finished. */
  seconds: number;
  /** The round's own duration, as the app recorded it. */
  ownSeconds: number;
  /** The app's resident set just before the round (after start, no forced GC). */
  beforeMb: number;
  /** The highest resident set of the app process up to the round's end (VmHWM). */
  peakMb: number;
  proposals: number;
  totalScore: number;
  /** The longest a poll of the round waited for its answer: how long the app kept the API waiting while it computed. */
  slowestAnswerMs: number;
  /** The highest resident set and main-thread JS heap sampled at each poll (about every 200 ms), by the phase the round reported. */
  sampledPeakMbByPhase: Map<string, { rss: number; heap: number }>;
}

interface RunView {
  id: string;
  status: 'running' | 'finished' | 'failed';
  phase: string | null;
  proposals: number;
  totalScore: number;
  durationMs: number | null;
}

const COORDINATOR = { email: 'bench-coordinator@example.org', password: 'amber-lantern-harbour-42' };
const POLL_EVERY_MS = 200;
const SETTLE_MS = 5_000;

export async function roundInFreshApp(databaseUrl: string): Promise<AppRound> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-round-'));
  const app = await startApp(databaseUrl, {
    ...benchAppEnvironment(dataDir),
    STAFF_EMAIL: COORDINATOR.email,
    STAFF_PASSWORD: COORDINATOR.password,
    STAFF_TWO_FACTOR: 'optional',
  });
  try {
    const login = await call<{ accessToken: string }>(app.url, 'POST', '/api/auth/login', undefined, COORDINATOR);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const beforeMb = mb((await app.sample()).rss);
    const started = performance.now();
    let run = await call<RunView>(app.url, 'POST', '/api/staff/matching/runs', login.accessToken, { dryRun: true });
    const sampledPeakMbByPhase = new Map<string, { rss: number; heap: number }>();
    let slowestAnswerMs = 0;
    while (run.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
      const asked = performance.now();
      run = await call<RunView>(app.url, 'GET', `/api/staff/matching/runs/${run.id}`, login.accessToken);
      slowestAnswerMs = Math.max(slowestAnswerMs, performance.now() - asked);
      const phase = run.phase ?? 'queued';
      const sample = await app.sample();
      const highest = sampledPeakMbByPhase.get(phase) ?? { rss: 0, heap: 0 };
      sampledPeakMbByPhase.set(phase, { rss: Math.max(highest.rss, mb(sample.rss)), heap: Math.max(highest.heap, mb(sample.heapUsed)) });
    }
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 'finished') throw new Error(`the round in the app failed: ${JSON.stringify(run)}`);
    return { seconds, ownSeconds: (run.durationMs ?? 0) / 1000, beforeMb, peakMb: app.peakRssMb(), proposals: run.proposals, totalScore: run.totalScore, slowestAnswerMs, sampledPeakMbByPhase };
  } catch (error) {
    throw new Error(`the round in the app failed (${error instanceof Error ? error.message : String(error)}); the app wrote:\n${app.output()}`, { cause: error });
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function call<T>(base: string, method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
