/**
 * Chat benchmark: N pairs, each person sending acked messages one after another for a fixed time,
 * through the real app (handshake auth, validation, access rule, the seq statement on PostgreSQL,
 * exactly-once fan-out) and, in the same run, through a bare Socket.IO server doing only the room
 * broadcast. Reports messages/s delivered to the other person and end-to-end latency (send → the
 * other person's `message` event), then the ratio. Each server runs as its own process (the real one
 * is `dist/src/main.js`); the clients run in this one. CPU per delivered message is reported for both,
 * and for the app also that of its PostgreSQL backends when the server is on this machine.
 * The two variants take turns in short slices, so the ratio compares them on the same machine state.
 */
import { DEFAULT_PROGRAMME_ID } from '../src/organisations/domain/programme.js';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import { createApp } from '../src/app.factory.js';
import { AuthService } from '../src/auth/auth.service.js';
import type { ClientToServerEvents, JoinAck, SendAck, ServerToClientEvents } from '../src/realtime/realtime-events.js';
import { loadConfig } from '../src/config/app-config.js';
import { embeddedDataFolder, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { MatchesRepository } from '../src/matches/matches.repository.js';
import { cpuBetween, DatabaseCpu, processCpuMicros } from './process-cpu.js';
import { freePort } from './free-port.js';
import { benchServerUrl, createServerDatabase } from './throwaway-database.js';

export interface ChatBenchOptions {
  /** Concurrent conversations (two sockets each); default 100. */
  pairs?: number;
  /** Measured seconds per variant, after an unmeasured warm-up (FIRST_WARM_UP_SECONDS); default 10. */
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
  /** CPU time of PostgreSQL's backends for the app's database per delivered message; NaN when not measured (bare, embedded, another machine). */
  databaseCpuMicrosPerMessage: number;
}

export interface ChatBenchResult {
  pairs: number;
  seconds: number;
  app: ChatBenchFigures;
  bare: ChatBenchFigures;
  ratio: number;
  /** The ratio of each app slice to the bare slice just before it: how much the ratio moves within a run. */
  sliceRatios: number[];
}

/** Each slice starts with this much unmeasured sending, so the loops are in full flow when counting starts. */
const WARM_UP_MS = 500;
/**
 * Before the first slice each variant sends this long unmeasured, so the servers' JIT has compiled
 * their hot paths (the app has far more code to compile than the bare server): without it the first
 * app slice ran at 0.495 of the bare one on average against 0.535–0.565 for the later slices.
 */
const FIRST_WARM_UP_SECONDS = 2;

/** One side of a conversation as the benchmark sees it: send, wait for the ack, send again. */
/** Both servers speak the contract's `/chat` events. */
type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Endpoint {
  socket: ChatSocket;
  userId: string;
  room: string;
}

interface Transport {
  name: string;
  pairs: Array<[Endpoint, Endpoint]>;
  serverPid: number;
  /** The app's database backends, when they run on this machine. */
  databaseCpu?: DatabaseCpu;
  send(endpoint: Endpoint, clientId: string, body: string): Promise<boolean>;
  close(): Promise<void>;
}

export async function benchChat(log: (line: string) => void, options: ChatBenchOptions = {}): Promise<ChatBenchResult> {
  const pairs = options.pairs ?? 100;
  const seconds = options.seconds ?? 10;
  const slices = Math.max(1, Math.round(seconds / SLICE_SECONDS));
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const storage = await appStorage(dataDir);
  log(`chat: ${pairs} pairs, ${seconds} s per variant in ${slices} alternating slices after ${FIRST_WARM_UP_SECONDS} s unmeasured each, ${storage.description}`);
  if (storage.embedded) log(EMBEDDED_NOTE);
  let bare: Transport | undefined;
  let app: Transport | undefined;
  try {
    bare = await startBare(pairs);
    app = await startRealApp(pairs, dataDir, storage);
    // The variants take turns, a slice at a time, so a slower or busier moment of the machine
    // weighs on both rather than on whichever ran then.
    const loads = [new ClosedLoopLoad(bare), new ClosedLoopLoad(app)];
    for (const load of loads) await load.run(FIRST_WARM_UP_SECONDS, { measured: false });
    for (let slice = 0; slice < slices; slice += 1) {
      for (const load of loads) await load.run(seconds / slices);
    }
    const [bareFigures, appFigures] = loads.map((load) => load.figures());
    const [bareSlices, appSlices] = loads.map((load) => load.sliceRates);

    const ratio = appFigures.messagesPerSecond / bareFigures.messagesPerSecond;
    const sliceRatios = appSlices.map((rate, i) => rate / bareSlices[i]);
    log(row(['variant', 'delivered', 'msg/s', 'p50 ms', 'p99 ms', 'failed', 'server CPU µs/msg', 'client CPU µs/msg', 'db CPU µs/msg']));
    for (const [name, figures] of [['app (stored, acked)', appFigures], ['bare Socket.IO', bareFigures]] as const) {
      const databaseCpu = Number.isFinite(figures.databaseCpuMicrosPerMessage) ? figures.databaseCpuMicrosPerMessage.toFixed(0) : '–';
      log(row([name, figures.delivered, figures.messagesPerSecond.toFixed(0), figures.p50Ms.toFixed(1), figures.p99Ms.toFixed(1), figures.failedSends, figures.serverCpuMicrosPerMessage.toFixed(0), figures.clientCpuMicrosPerMessage.toFixed(0), databaseCpu]));
    }
    log(`chat: app / bare throughput ratio ${ratio.toFixed(2)} (target ≥ 0.5); app p99 ${appFigures.p99Ms.toFixed(1)} ms (target < 100 ms at 100 pairs)`);
    if (Number.isFinite(appFigures.databaseCpuMicrosPerMessage)) {
      const appTotal = appFigures.serverCpuMicrosPerMessage + appFigures.databaseCpuMicrosPerMessage + appFigures.clientCpuMicrosPerMessage;
      const bareTotal = bareFigures.serverCpuMicrosPerMessage + bareFigures.clientCpuMicrosPerMessage;
      log(`chat: CPU per delivered message, all processes: app ${appTotal.toFixed(0)} µs (server + database + clients), bare ${bareTotal.toFixed(0)} µs (server + clients)`);
    }
    log(`chat: ratio per slice ${sliceRatios.map((r) => r.toFixed(2)).join(', ')} (each app slice against the bare slice before it)`);
    return { pairs, seconds, app: appFigures, bare: bareFigures, ratio, sliceRatios };
  } finally {
    await bare?.close();
    await app?.close();
    await storage.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Seconds per slice: long enough for batches and the JIT to settle, short enough to alternate often. */
const SLICE_SECONDS = 2;

/**
 * Every endpoint of a transport sends in a closed loop (send, wait for the ack, send again) while a
 * slice runs; latency is counted when the other person receives the message. Figures add up over
 * the slices.
 */
class ClosedLoopLoad {
  private readonly sentAt = new Map<string, number>();
  private readonly latencies: number[] = [];
  private measuring = false;
  private failedSends = 0;
  private measuredMs = 0;
  /** Messages per second delivered in each slice, in order. */
  readonly sliceRates: number[] = [];
  private clientCpuMicros = 0;
  private serverCpuMicros = 0;
  private databaseCpuMicros = 0;

  constructor(private readonly transport: Transport) {
    for (const [a, b] of transport.pairs) {
      for (const [me, other] of [[a, b], [b, a]] as const) {
        me.socket.on('message', (message) => {
          if (message.senderId !== other.userId) return;
          const started = this.sentAt.get(message.clientId);
          this.sentAt.delete(message.clientId);
          if (this.measuring && started !== undefined) this.latencies.push(performance.now() - started);
        });
      }
    }
  }

  /**
   * Sends for `seconds`, counting all but the first WARM_UP_MS, then lets every send in flight
   * finish. An unmeasured run only sends.
   */
  async run(seconds: number, { measured = true } = {}): Promise<void> {
    let running = true;
    const loops = this.transport.pairs.flat().map(async (endpoint) => {
      for (let i = 0; running; i += 1) {
        const clientId = randomUUID();
        // Plain text, as people write: a hex id in the body can read as a phone number, and then the
        // moderation detector opens a report for every message that endpoint sends.
        this.sentAt.set(clientId, performance.now());
        if (!(await this.transport.send(endpoint, clientId, `Hello, this is message ${i} of our conversation`)) && this.measuring) this.failedSends += 1;
      }
    });
    if (measured) {
      await sleep(WARM_UP_MS);
      await this.measure(seconds);
    } else {
      await sleep(seconds * 1000);
    }
    running = false;
    await Promise.all(loops);
    this.sentAt.clear();
  }

  /** Counts what is delivered while the loops send for `seconds`. */
  private async measure(seconds: number): Promise<void> {
    const databaseCpuBefore = await this.transport.databaseCpu?.sample();
    this.measuring = true;
    const started = performance.now();
    const deliveredBefore = this.latencies.length;
    const cpuBefore = process.cpuUsage();
    const serverCpuBefore = processCpuMicros(this.transport.serverPid);
    await sleep(seconds * 1000);
    this.measuring = false;
    const sliceMs = performance.now() - started;
    this.measuredMs += sliceMs;
    this.sliceRates.push((this.latencies.length - deliveredBefore) / (sliceMs / 1000));
    const cpu = process.cpuUsage(cpuBefore);
    this.clientCpuMicros += cpu.user + cpu.system;
    this.serverCpuMicros += processCpuMicros(this.transport.serverPid) - serverCpuBefore;
    // Read last: the slice's time must not include this query's round trip.
    const databaseCpuAfter = await this.transport.databaseCpu?.sample();
    this.databaseCpuMicros += databaseCpuBefore === undefined || databaseCpuAfter === undefined ? Number.NaN : cpuBetween(databaseCpuBefore, databaseCpuAfter);
  }

  figures(): ChatBenchFigures {
    const sorted = [...this.latencies].sort((x, y) => x - y);
    const delivered = Math.max(1, sorted.length);
    return {
      delivered: sorted.length,
      messagesPerSecond: sorted.length / (this.measuredMs / 1000),
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      failedSends: this.failedSends,
      serverCpuMicrosPerMessage: this.serverCpuMicros / delivered,
      clientCpuMicrosPerMessage: this.clientCpuMicros / delivered,
      databaseCpuMicrosPerMessage: this.databaseCpuMicros / delivered,
    };
  }
}

const BENCH_ENV = {
  LOG_LEVEL: 'warn',
  // The benchmark measures capacity, so the per-socket and per-user budgets are out of the way.
  CHAT_RATE_LIMIT_BURST: '1000000',
  CHAT_RATE_LIMIT_PER_SECOND: '1000000',
  RATE_LIMIT_PER_USER: '1000000',
  RATE_LIMIT_PER_ADDRESS: '1000000',
  SIGNUP_RATE_LIMIT: '1000000',
  HANDSHAKES_PER_ADDRESS: '1000000',
};

const EMBEDDED_NOTE =
  'chat: no BENCH_DATABASE_URL (or TEST_DATABASE_URL), so this measures the embedded default: one WASM PostgreSQL backend working on the app server\'s own thread. ' +
  'The targets are for a PostgreSQL server, as the app is deployed: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench -- chat';

/** Where the app keeps its data during the run, and how people are signed up into it beforehand. */
interface AppStorage {
  /** For the header line. */
  description: string;
  embedded: boolean;
  /** Added to the app process's environment: DATABASE_URL for a server, nothing for the embedded default. */
  appEnv: Record<string, string>;
  /** Sign-ups at once while setting up (PGlite is a single session). */
  setupConcurrency: number;
  /** The database for setting up, before the app process starts; `close` lets go of it. */
  openForSetup(): Promise<{ url: string; close(): Promise<void> }>;
  /** Watches the database's backends while the app runs, when they are on this machine. */
  watchDatabaseCpu(): Promise<DatabaseCpu | undefined>;
  drop(): Promise<void>;
}

/**
 * A throwaway database on the benchmarks' server (benchServerUrl); without one, the embedded
 * default exactly as `npm start` runs it: PGlite inside the app's process on a data folder (set up
 * here first, then opened by the app), so the clients' process does no database work.
 */
async function appStorage(dataDir: string): Promise<AppStorage> {
  const serverUrl = benchServerUrl();
  if (serverUrl !== undefined) {
    const database = await createServerDatabase(serverUrl);
    return {
      description: database.description,
      embedded: false,
      appEnv: { DATABASE_URL: database.url },
      setupConcurrency: 8,
      openForSetup: () => Promise.resolve({ url: database.url, close: () => Promise.resolve() }),
      watchDatabaseCpu: () => DatabaseCpu.open(serverUrl, database.url),
      drop: () => database.drop(),
    };
  }
  const folder = embeddedDataFolder(dataDir);
  return {
    description: `embedded PostgreSQL (PGlite) in the app's process, as \`npm start\` runs it, data in ${folder}`,
    embedded: true,
    appEnv: {},
    setupConcurrency: 1,
    async openForSetup() {
      const embedded = await startEmbeddedPostgres(folder);
      return { url: embedded.url, close: () => embedded.stop() };
    },
    // Its work is the app process's own, so the server's CPU includes it.
    watchDatabaseCpu: () => Promise.resolve(undefined),
    drop: () => Promise.resolve(),
  };
}

/** People and matches are made by the app in this process; then the built app serves them as its own process. */
async function startRealApp(pairs: number, dataDir: string, storage: AppStorage): Promise<Transport> {
  const env = { ...BENCH_ENV, NODE_ENV: 'development', DATA_DIR: dataDir, JWT_SECRET: randomBytes(32).toString('hex') };
  const people = await setUpPairs(pairs, env, storage);

  const server = await spawnServer(fileURLToPath(new URL('../src/main.js', import.meta.url)), { ...env, ...storage.appEnv });
  const databaseCpu = await storage.watchDatabaseCpu();
  const endpoints: Array<[Endpoint, Endpoint]> = [];
  for (const { migrant, host, matchId } of people) {
    const pair = await Promise.all(
      [migrant, host].map(async (person) => {
        const socket = await connect(`${server.url}/chat`, { token: person.token });
        // socket.io-client types an ack after `timeout()` as any; the map names what it is.
        const joined = (await socket.timeout(10_000).emitWithAck('join', { matchId })) as JoinAck;
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
    databaseCpu,
    send: sendThroughChat,
    async close() {
      endpoints.flat().forEach((endpoint) => endpoint.socket.close());
      await server.stop();
      await databaseCpu?.close();
    },
  };
}

/** Signs up `pairs` migrant–host pairs with an active match each, through the app's own services. */
async function setUpPairs(pairs: number, env: Record<string, string>, storage: AppStorage): Promise<Array<{ migrant: Person; host: Person; matchId: string }>> {
  const database = await storage.openForSetup();
  try {
    const setup = await createApp(loadConfig(env).withDatabaseUrl(database.url));
    await setup.init();
    try {
      return await signUpPairs(setup, pairs, storage.setupConcurrency);
    } finally {
      await setup.close();
    }
  } finally {
    await database.close();
  }
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
        const match = await matches.insertProposal({ programmeId: DEFAULT_PROGRAMME_ID, matchWeeks: null, checkInWeeks: null, migrantId: migrant.id, hostId: host.id, score: 50, reasons: [], proposedBy: null, runId: null, acceptedByMigrant: true, acceptedByHost: true });
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

/** The same room broadcast and ack with nothing else: no auth, validation or storage (bare-chat-server.ts). */
async function startBare(pairs: number): Promise<Transport> {
  const server = await spawnServer(fileURLToPath(new URL('./bare-chat-server.js', import.meta.url)), {});
  const endpoints: Array<[Endpoint, Endpoint]> = [];
  for (let i = 0; i < pairs; i += 1) {
    const matchId = randomUUID();
    const pair = await Promise.all(
      [randomUUID(), randomUUID()].map(async (userId) => {
        const socket = await connect(server.url, { userId });
        await socket.timeout(10_000).emitWithAck('join', { matchId });
        return { socket, userId, room: matchId };
      }),
    );
    endpoints.push([pair[0], pair[1]]);
  }
  return {
    name: 'bare',
    pairs: endpoints,
    serverPid: server.pid,
    send: sendThroughChat,
    async close() {
      endpoints.flat().forEach((endpoint) => endpoint.socket.close());
      await server.stop();
    },
  };
}

/** The contract's `send`, the same for both variants. */
async function sendThroughChat(endpoint: Endpoint, clientId: string, body: string): Promise<boolean> {
  const ack = (await endpoint.socket.timeout(10_000).emitWithAck('send', { matchId: endpoint.room, clientId, body })) as SendAck;
  return ack.ok;
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

async function connect(url: string, auth: Record<string, string>): Promise<ChatSocket> {
  const socket: ChatSocket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
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
