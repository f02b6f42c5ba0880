/**
 * `GET /api/matching/suggestions?limit=10` over HTTP on the real app, one request at a time,
 * round-robin over twenty seeded callers (ten migrants, ten verified hosts spread over the
 * numbering), the first twenty requests warming up.
 */
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { SEED_PASSWORD } from '../src/cli/seed.js';
import { SEED } from './seeded-app.js';

const CALLERS = 20;
const WARM_UP = 20;

export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

/** A signed-in seeded caller; `programmeId` is the first programme they may be suggested partners in. */
export interface Caller {
  token: string;
  programmeId: string | null;
}

interface SignedIn {
  accessToken: string;
  user: {
    role: string;
    verification: string | null;
    memberships: Array<{ programme: { id: string }; role: string; status: string; verification: string | null }>;
  };
}

export async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** `requests` timed requests; `withProgramme` names each caller's own programme in the query. */
export async function timeSuggestions(base: string, callers: readonly Caller[], requests: number, withProgramme: boolean): Promise<Latency> {
  const timings: number[] = [];
  for (let i = 0; i < requests + WARM_UP; i++) {
    const caller = callers[i % callers.length];
    const programme = withProgramme && caller.programmeId !== null ? `&programmeId=${caller.programmeId}` : '';
    const started = performance.now();
    const response = await fetch(`${base}/api/matching/suggestions?limit=10${programme}`, { headers: { Authorization: `Bearer ${caller.token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`suggestions answered ${response.status}`);
    if (i >= WARM_UP) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (fraction: number) => timings[Math.min(timings.length - 1, Math.floor(fraction * timings.length))];
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * Signs in ten seeded migrants and the first ten verified hosts of twenty spread over the
 * numbering; `emails` (when given) signs in those people again, in the same order.
 */
export async function signInSeeded(base: string, people: number, migrants: number, emails?: readonly string[]): Promise<Array<Caller & { email: string }>> {
  const step = Math.max(1, Math.floor(migrants / 10));
  const hostStep = Math.max(1, Math.floor((people - migrants) / 20));
  const numbers = [...Array.from({ length: 10 }, (_, i) => 1 + i * step), ...Array.from({ length: 20 }, (_, i) => migrants + 1 + i * hostStep)];
  const candidates = emails ?? numbers.map((n) => `seed-${SEED}-${n}@example.org`);
  const callers: Array<Caller & { email: string }> = [];
  for (const email of candidates) {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: SEED_PASSWORD }),
    });
    const body = (await response.json()) as SignedIn;
    if (body.user.role === 'host' && body.user.verification !== 'verified') continue;
    callers.push({ email, token: body.accessToken, programmeId: firstMatchableProgramme(body.user) });
    if (callers.length === CALLERS) break;
  }
  return callers;
}

function firstMatchableProgramme(user: SignedIn['user']): string | null {
  const membership = user.memberships.find((m) => m.status === 'active' && (m.role !== 'host' || m.verification === 'verified'));
  return membership?.programme.id ?? null;
}
