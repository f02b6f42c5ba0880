/**
 * Chat benchmark: N pairs, each person sending acked messages one after another for a fixed time,
 * through the real app (handshake auth, validation, access rule, the seq statement on PostgreSQL,
 * exactly-once fan-out) and, in the same run, through a bare Socket.IO server doing only the room
 * broadcast. Reports messages/s delivered to the other person and end-to-end latency (send → the
 * other person's `message` event), then the ratio. Each server runs as its own process (the real one
 * is `dist/src/main.js`); the clients run in this one. CPU per delivered message is reported for both.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { createApp } from '../src/app.factory.js';
import { AuthService } from '../src/auth/auth.service.js';
import type { ChatClientEvents, ChatServerEvents, SendAck } from '../src/chat/chat-events.js';
import { loadConfig } from '../src/config/app-config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { MatchesRepository } from '../src/matches/matches.repository.js';

export interface ChatBenchOptions {
  /** Concurrent conversations (two sockets each); default 100. */
  pairs?: number;
  /** Measured seconds per variant, after a one-second warm-up; default 10. */
  seconds?: number;
}

export interface ChatBenchFigures {
  delivered: number;
  /** CPU time of the server process per delivered message. */
  serverCpuMicrosPerMessage: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failedSends: number;
  /** CPU time of this process (the clients) per delivered message. */
  clientCpuMicrosPerMessage: number;
}

export interface ChatBenchResult {
  pairs: number;
  seconds: number;
  app: ChatBenchFigures;
  bare: ChatBenchFigures;
  ratio: number;
}

const WARM_UP_MS = 1000;

/** One side of a conversation as the benchmark sees it: send, wait for the ack, send again. */
interface Endpoint {
  socket: Socket;
  userId: string;
  room: string;
}

interface Transport {
  name: string;
  pairs: Array<[Endpoint, Endpoint]>;
  serverPid: number;
  send(endpoint: Endpoint, clientId: string, body: string): Promise<boolean>;
  close(): Promise<void>;
}

export async function benchChat(log: (line: string) => void, options: ChatBenchOptions = {}): Promise<ChatBenchResult> {
  const pairs = options.pairs ?? 100;
  const seconds = options.seconds ?? 10;
  const database = await throwawayDatabase();
  log(`chat: ${pairs} pairs, ${seconds} s per variant, ${database.description}`);
  try {
    const bare = await startBare(pairs);
    const bareFigures = await measure(bare, seconds);
    await bare.close();
    const app = await startRealApp(pairs, database.url, database.embedded ? 1 : 8);
    const appFigures = await measure(app, seconds);
    await app.close();

    const ratio = appFigures.messagesPerSecond / bareFigures.messagesPerSecond;
    log(row(['variant', 'delivered', 'msg/s', 'p50 ms', 'p99 ms', 'failed', 'server CPU µs/msg', 'client CPU µs/msg']));
    for (const [name, figures] of [['app (stored, acked)', appFigures], ['bare Socket.IO', bareFigures]] as const) {
      log(row([name, figures.delivered, figures.messagesPerSecond.toFixed(0), figures.p50Ms.toFixed(1), figures.p99Ms.toFixed(1), figures.failedSends, figures.serverCpuMicrosPerMessage.toFixed(0), figures.clientCpuMicrosPerMessage.toFixed(0)]));
    }
    log(`chat: app / bare throughput ratio ${ratio.toFixed(2)} (target ≥ 0.5); app p99 ${appFigures.p99Ms.toFixed(1)} ms (target < 100 ms at 100 pairs)`);
    return { pairs, seconds, app: appFigures, bare: bareFigures, ratio };
  } finally {
    await database.drop();
  }
}

/** Every endpoint sends in a closed loop; latency is counted when the other person receives the message. */
async function measure(transport: Transport, seconds: number): Promise<ChatBenchFigures> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let measuring = false;
  let running = true;
  let failedSends = 0;
  for (const [a, b] of transport.pairs) {
    for (const [me, other] of [[a, b], [b, a]] as const) {
      me.socket.on('message', (message: { clientId: string; senderId: string }) => {
        if (message.senderId !== other.userId) return;
        const started = sentAt.get(message.clientId);
        sentAt.delete(message.clientId);
        if (measuring && started !== undefined) latencies.push(performance.now() - started);
      });
    }
  }
  const loops = transport.pairs.flat().map(async (endpoint) => {
    for (let i = 0; running; i += 1) {
      const clientId = randomUUID();
      sentAt.set(clientId, performance.now());
      if (!(await transport.send(endpoint, clientId, `message ${i} from ${endpoint.userId.slice(0, 8)}`))) failedSends += 1;
    }
  });
  await sleep(WARM_UP_MS);
  measuring = true;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const serverCpuBefore = processCpuMicros(transport.serverPid);
  await sleep(seconds * 1000);
  measuring = false;
  const cpu = process.cpuUsage(cpuBefore);
  const serverCpu = processCpuMicros(transport.serverPid) - serverCpuBefore;
  const elapsedSeconds = (performance.now() - started) / 1000;
  running = false;
  await Promise.all(loops);
  latencies.sort((x, y) => x - y);
  return {
    delivered: latencies.length,
    messagesPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    failedSends,
    serverCpuMicrosPerMessage: serverCpu / Math.max(1, latencies.length),
    clientCpuMicrosPerMessage: (cpu.user + cpu.system) / Math.max(1, latencies.length),
  };
}

const BENCH_ENV = {
  LOG_LEVEL: 'warn',
  // The benchmark measures capacity, so the per-socket and per-user budgets are out of the way.
  CHAT_RATE_LIMIT_BURST: '1000000',
  CHAT_RATE_LIMIT_PER_SECOND: '1000000',
  RATE_LIMIT_PER_USER: '1000000',
  RATE_LIMIT_PER_ADDRESS: '1000000',
  SIGNUP_RATE_LIMIT: '1000000',
};

/** People and matches are made by the app in this process; then the built app serves them as its own process. */
async function startRealApp(pairs: number, databaseUrl: string, setupConcurrency: number): Promise<Transport> {
  const env = { ...BENCH_ENV, NODE_ENV: 'development', DATA_DIR: mkdtempSync(join(tmpdir(), 'cg-bench-')), JWT_SECRET: randomBytes(32).toString('hex') };
  const setup = await createApp(loadConfig(env).withDatabaseUrl(databaseUrl));
  await setup.init();
  const people = await signUpPairs(setup, pairs, setupConcurrency);
  await setup.close();

  const server = await spawnServer(fileURLToPath(new URL('../src/main.js', import.meta.url)), { ...env, DATABASE_URL: databaseUrl });
  const endpoints: Array<[Endpoint, Endpoint]> = [];
  for (const { migrant, host, matchId } of people) {
    const pair = await Promise.all(
      [migrant, host].map(async (person) => {
        const socket = await connect(`${server.url}/chat`, { token: person.token });
        const joined = (await (socket as Socket<ChatServerEvents, ChatClientEvents>).timeout(10_000).emitWithAck('join', { matchId })) as { ok: boolean };
        if (!joined.ok) throw new Error('join refused');
        return { socket, userId: person.id, room: matchId };
      }),
    );
    endpoints.push([pair[0], pair[1]]);
  }
  return {
    name: 'app',
    pairs: endpoints,
    serverPid: server.pid,
    async send(endpoint, clientId, body) {
      const chat = endpoint.socket as Socket<ChatServerEvents, ChatClientEvents>;
      const ack = (await chat.timeout(10_000).emitWithAck('send', { matchId: endpoint.room, clientId, body })) as SendAck;
      return ack.ok;
    },
    async close() {
      endpoints.flat().forEach((endpoint) => endpoint.socket.close());
      await server.stop();
    },
  };
}

async function signUpPairs(app: INestApplication, pairs: number, concurrency: number): Promise<Array<{ migrant: Person; host: Person; matchId: string }>> {
  const auth = app.get(AuthService);
  const matches = app.get(MatchesRepository);
  const client = { address: '127.0.0.1', userAgent: 'chat-bench' };
  const signUp = async (role: 'migrant' | 'host'): Promise<Person> => {
    const signedIn = await auth.signup({ email: `bench-${randomUUID()}@example.org`, password: `Bench-${randomBytes(12).toString('base64url')}-7`, displayName: 'Bench', role }, client);
    return { id: signedIn.user.id, token: signedIn.accessToken };
  };
  const result: Array<{ migrant: Person; host: Person; matchId: string }> = [];
  for (let start = 0; start < pairs; start += concurrency) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(concurrency, pairs - start) }, async () => {
        const [migrant, host] = await Promise.all([signUp('migrant'), signUp('host')]);
        const match = await matches.insertProposal({ migrantId: migrant.id, hostId: host.id, score: 50, reasons: [], proposedBy: null, runId: null, acceptedByMigrant: true, acceptedByHost: true });
        match.status = 'active';
        match.activatedAt = new Date();
        await matches.save(match);
        return { migrant, host, matchId: match.id };
      }),
    );
    result.push(...batch);
  }
  return result;
}

interface Person {
  id: string;
  token: string;
}

/** The same room broadcast with nothing else: no auth, no validation, no storage (bare-chat-server.ts). */
async function startBare(pairs: number): Promise<Transport> {
  const server = await spawnServer(fileURLToPath(new URL('./bare-chat-server.js', import.meta.url)), {});
  const endpoints: Array<[Endpoint, Endpoint]> = [];
  for (let i = 0; i < pairs; i += 1) {
    const room = `room-${i}`;
    const pair = await Promise.all(
      ['a', 'b'].map(async (side) => {
        const socket = await connect(server.url, {});
        await socket.timeout(10_000).emitWithAck('join', room);
        return { socket, userId: `${side}-${i}`, room };
      }),
    );
    endpoints.push([pair[0], pair[1]]);
  }
  return {
    name: 'bare',
    pairs: endpoints,
    serverPid: server.pid,
    async send(endpoint, clientId, body) {
      const ack = (await endpoint.socket.timeout(10_000).emitWithAck('send', { room: endpoint.room, clientId, body, senderId: endpoint.userId })) as { ok: boolean };
      return ack.ok;
    },
    async close() {
      endpoints.flat().forEach((endpoint) => endpoint.socket.close());
      await server.stop();
    },
  };
}

interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Runs `script` with PORT set and waits for it to say it is listening. */
async function spawnServer(script: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'REDIS_URL', 'PORT', 'NODE_OPTIONS'].includes(key)));
  const child = spawn(process.execPath, [script], { env: { ...inherited, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`${script} exited before listening:\n${output}`)));
  });
  if (child.pid === undefined) throw new Error(`${script} has no pid`);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/** User plus system CPU time of a process, from /proc (Linux); NaN elsewhere. */
function processCpuMicros(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks / 100) * 1_000_000;
  } catch {
    return Number.NaN;
  }
}

async function connect(url: string, auth: Record<string, string>): Promise<Socket> {
  const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A database of the run's own: on BENCH_DATABASE_URL's (or TEST_DATABASE_URL's) server, else embedded in memory. */
/** Embedded: PGlite's socket server mixes up concurrent extended-protocol queries, so set-up goes one at a time. */
async function throwawayDatabase(): Promise<{ url: string; description: string; embedded: boolean; drop(): Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    const embedded = await startEmbeddedPostgres(undefined);
    return { url: embedded.url, description: 'embedded PostgreSQL (PGlite, in memory, served from this process)', embedded: true, drop: () => embedded.stop() };
  }
  const name = `cg_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    description: `PostgreSQL at ${url.host} (throwaway database ${name})`,
    embedded: false,
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function row(cells: ReadonlyArray<string | number>): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(20) : String(cell).padStart(10))).join(' ');
}
