/**
 * Matching benchmark: full rounds on seeded people (dry run through the real service, end to end:
 * queries, scoring, solving), the greedy baseline on the same graph, the dense solver against
 * munkres-js, and suggestion latency over HTTP on a small and a large population.
 *
 *   npm run bench -- matching [--rounds 1000,10000,50000] [--suggestions 2000,100000] [--requests 200]
 *
 * Round sizes are "per side" (1000 = 1000 migrants and 1000 hosts); suggestion sizes are people
 * in total, half of each role. Each size gets a throwaway database on BENCH_DATABASE_URL or
 * TEST_DATABASE_URL (created and dropped), else an embedded PGlite.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { SEED_PASSWORD, seedPeople } from '../src/cli/seed.js';
import { loadConfig } from '../src/config/app-config.js';
import { greedyCapacitatedAssignment } from '../src/matching/domain/greedy.js';
import { MatchingRoundsService } from '../src/matching/matching-rounds.service.js';
import { createThrowawayDatabase } from './throwaway-database.js';
import { benchSolvers } from './solver-bench.js';

const SEED = 42;

interface Flags {
  rounds: number[];
  suggestions: number[];
  requests: number;
  dense: boolean;
}

function parseFlags(args: string[]): Flags {
  const { values } = parseArgs({
    args,
    options: {
      rounds: { type: 'string', default: '1000,10000,50000' },
      suggestions: { type: 'string', default: '2000,100000' },
      requests: { type: 'string', default: '200' },
      'no-dense': { type: 'boolean', default: false },
    },
  });
  const sizes = (text: string) => text.split(',').filter((s) => s.trim() !== '').map(Number);
  return { rounds: sizes(values.rounds), suggestions: sizes(values.suggestions), requests: Number(values.requests), dense: !values['no-dense'] };
}

export async function benchMatching(args: string[], log: (line: string) => void): Promise<void> {
  const flags = parseFlags(args);
  log(`matching benchmark, ${new Date().toISOString()}, node ${process.version}, database: ${process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'embedded PGlite'}`);
  if (flags.dense) await benchSolvers(log);
  if (flags.rounds.length > 0) {
    log('');
    log('| migrants × hosts | seed s | candidate pairs | round (dry run) s | peak RSS MB | pairs | total score | greedy total | optimal/greedy |');
    log('|---|---|---|---|---|---|---|---|---|');
    for (const size of flags.rounds) log(await benchRound(size));
  }
  if (flags.suggestions.length > 0) {
    log('');
    log('| people | requests | p50 ms | p95 ms | max ms |');
    log('|---|---|---|---|---|');
    for (const people of flags.suggestions) log(await benchSuggestions(people, flags.requests));
  }
}

async function withSeededApp<T>(migrants: number, hosts: number, work: (app: INestApplication, seedSeconds: number) => Promise<T>): Promise<T> {
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
    }).withDatabaseUrl(database.url);
    const app = await createApp(config);
    try {
      const started = performance.now();
      const runner = app.get(DataSource).createQueryRunner();
      await runner.connect();
      try {
        await seedPeople({ query: (sql, parameters) => runner.query(sql, parameters) }, { migrants, hosts, seed: SEED });
      } finally {
        await runner.release();
      }
      return await work(app, (performance.now() - started) / 1000);
    } finally {
      await app.close();
    }
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Samples the resident set size while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

async function benchRound(size: number): Promise<string> {
  return withSeededApp(size, size, async (app, seedSeconds) => {
    const rounds = app.get(MatchingRoundsService);
    const started = performance.now();
    const { result: run, peakMb } = await withPeakRss(() => rounds.runToCompletion(null, true));
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 'finished') throw new Error(`round failed: ${run.error ?? 'unknown'}`);
    // The same graph again, for the greedy baseline (outside the timed round).
    const plan = await rounds.planRound(new Date());
    const greedy = greedyCapacitatedAssignment(plan.graph.problem);
    const ratio = greedy.totalWeight === 0 ? 'n/a' : (plan.solution.totalWeight / greedy.totalWeight).toFixed(4);
    return `| ${size} × ${size} | ${seedSeconds.toFixed(1)} | ${plan.graph.problem.edges.length} | ${seconds.toFixed(2)} | ${peakMb} | ${run.proposals} | ${run.totalScore.toFixed(1)} | ${greedy.totalWeight.toFixed(1)} | ${ratio} |`;
  });
}

async function benchSuggestions(people: number, requests: number): Promise<string> {
  const migrants = Math.floor(people / 2);
  return withSeededApp(migrants, people - migrants, async (app) => {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const tokens = await signInSeeded(base, people, migrants);
    const timings: number[] = [];
    for (let i = 0; i < requests + 20; i++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/matching/suggestions?limit=10`, { headers: { Authorization: `Bearer ${tokens[i % tokens.length]}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`suggestions answered ${response.status}`);
      if (i >= 20) timings.push(performance.now() - started); // the first 20 warm up
    }
    timings.sort((a, b) => a - b);
    const at = (fraction: number) => timings[Math.min(timings.length - 1, Math.floor(fraction * timings.length))].toFixed(1);
    return `| ${people} | ${requests} | ${at(0.5)} | ${at(0.95)} | ${at(1)} |`;
  });
}

/** Ten seeded migrants and ten seeded hosts spread over the numbering (pending hosts skipped). */
async function signInSeeded(base: string, people: number, migrants: number): Promise<string[]> {
  const tokens: string[] = [];
  const step = Math.max(1, Math.floor(migrants / 10));
  const candidates = [...Array.from({ length: 10 }, (_, i) => 1 + i * step), ...Array.from({ length: 20 }, (_, i) => migrants + 1 + i * Math.max(1, Math.floor((people - migrants) / 20)))];
  for (const n of candidates) {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `seed-${SEED}-${n}@example.org`, password: SEED_PASSWORD }),
    });
    const body = (await response.json()) as { accessToken: string; user: { role: string; verification: string | null } };
    if (body.user.role === 'host' && body.user.verification !== 'verified') continue;
    tokens.push(body.accessToken);
    if (tokens.length === 20) break;
  }
  return tokens;
}
