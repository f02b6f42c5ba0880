import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { io } from 'socket.io-client';
import type { ChatMessage, JoinAck, SendAck } from '../src/realtime/realtime-events.js';
import type { ChatClient } from './support/chat.js';
import { activePairForChildApp, buildAppForChildProcess, ChildApp, ChildAppDatabase, childAppDatabase, freePort, startChildApp } from './support/child-app.js';
import type { SignedUpUser } from './support/factories.js';

const JWT_SECRET = 'test-secret-test-secret-test-secret-0123';
const MESSAGES_PER_PERSON = 80;
const WINDOW = 4;

/** A participant's client as a real one behaves: retries with the same clientId, resyncs with afterSeq on every (re)connect. */
class ResilientClient {
  readonly socket: ChatClient;
  readonly acked = new Map<string, ChatMessage>();
  readonly received = new Map<number, ChatMessage>();
  /**
   * Seqs a connection received as a `message` event although it already had them there (by event or
   * join ack): must stay empty. A join ack answers "everything after afterSeq" as the contract says,
   * so when events arrived out of seq order (two write flights) and the client asks again from the
   * gap, the ack repeats what it asked for; that is not counted.
   */
  readonly duplicates: number[] = [];
  inFlight = 0;
  retries = 0;
  private givenThisConnection = new Set<number>();
  private resyncing: Promise<void> | undefined;
  /** Counts connections, so a resync that outlived its connection stops instead of racing the next one's. */
  private connection = 0;

  constructor(
    baseUrl: string,
    user: SignedUpUser,
    private readonly matchId: string,
  ) {
    this.socket = io(`${baseUrl}/chat`, {
      auth: { token: user.accessToken },
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      forceNew: true,
    });
    this.socket.on('connect', () => {
      this.givenThisConnection = new Set();
      this.connection += 1;
      // A resync still running belongs to the connection that just dropped; it ends on its own.
      this.resyncing = undefined;
      void this.resync();
    });
    this.socket.on('message', (message) => this.take(message, 'event'));
  }

  get contiguous(): number {
    let seq = 0;
    while (this.received.has(seq + 1)) seq += 1;
    return seq;
  }

  /**
   * Joins until caught up. One at a time, as the web client does: two joins racing on one connection
   * would each (rightly) be answered with the backlog, which this test would count as given twice.
   */
  resync(): Promise<void> {
    if (this.resyncing === undefined) {
      const run: Promise<void> = this.joinUntilCaughtUp(this.connection).finally(() => {
        if (this.resyncing === run) this.resyncing = undefined;
      });
      this.resyncing = run;
    }
    return this.resyncing;
  }

  private async joinUntilCaughtUp(connection: number): Promise<void> {
    for (;;) {
      if (!this.socket.connected || this.connection !== connection) return;
      try {
        const ack: JoinAck = await this.socket.timeout(15_000).emitWithAck('join', { matchId: this.matchId, afterSeq: this.contiguous });
        if (ack.ok) {
          ack.messages.forEach((message) => this.take(message, 'join'));
          if (!ack.hasMore) return;
        }
      } catch {
        // the connection dropped (server gone): the next connect resyncs
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Sends `count` messages, `WINDOW` at a time, each retried with its clientId until acked. */
  async sendAll(bodies: string[]): Promise<void> {
    const queue = bodies.map((body) => ({ body, clientId: randomUUID() }));
    await Promise.all(
      Array.from({ length: WINDOW }, async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await this.sendUntilAcked(next.body, next.clientId);
      }),
    );
  }

  close(): void {
    this.socket.close();
  }

  private async sendUntilAcked(body: string, clientId: string): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0) this.retries += 1;
      if (!this.socket.connected) await new Promise((resolve) => this.socket.once('connect', () => resolve(undefined)));
      this.inFlight += 1;
      try {
        const ack: SendAck = await this.socket.timeout(2000).emitWithAck('send', { matchId: this.matchId, clientId, body });
        if (ack.ok) {
          this.acked.set(clientId, ack.message);
          return;
        }
        if (ack.code !== 'internal' && !ack.code.startsWith('database.')) throw new Error(`send refused for good: ${ack.code} ${ack.error}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('send refused')) throw error;
      } finally {
        this.inFlight -= 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private take(message: ChatMessage, via: 'event' | 'join'): void {
    if (via === 'event' && this.givenThisConnection.has(message.seq)) this.duplicates.push(message.seq);
    this.givenThisConnection.add(message.seq);
    this.received.set(message.seq, message);
  }
}

describe('chat survives the server being killed mid-stream (SIGKILL)', () => {
  let database: ChildAppDatabase;
  let child: ChildApp | undefined;

  beforeAll(async () => {
    await buildAppForChildProcess();
    database = await childAppDatabase();
  }, 300_000);
  afterAll(async () => {
    child?.process.kill('SIGKILL');
    await database?.drop();
  });

  it('stores every acked message exactly once with gapless seqs, and clients resync without gaps', async () => {
    // Accounts and the match are made in this process, then the app runs as a child that can be killed.
    const { migrant, host, matchId } = await activePairForChildApp(database);

    const port = await freePort();
    const env = { ...database.childEnv, JWT_SECRET, CHAT_RATE_LIMIT_BURST: '100000', CHAT_RATE_LIMIT_PER_SECOND: '100000' };
    child = await startChildApp(env, port);
    const clients = [new ResilientClient(child.baseUrl, migrant, matchId), new ResilientClient(child.baseUrl, host, matchId)];
    const total = 2 * MESSAGES_PER_PERSON;
    const sending = Promise.all(clients.map((client, who) => client.sendAll(Array.from({ length: MESSAGES_PER_PERSON }, (_, i) => `person ${who} line ${i}`))));

    const acked = (): number => clients.reduce((sum, client) => sum + client.acked.size, 0);
    while (acked() < total * 0.4) await new Promise((resolve) => setTimeout(resolve, 5));
    const inFlightAtKill = clients.reduce((sum, client) => sum + client.inFlight, 0);
    child.process.kill('SIGKILL');
    await expect(child.exited).resolves.toBe('SIGKILL');
    const ackedBeforeRestart = acked();
    child = await startChildApp(env, port);

    await sending;
    await Promise.all(clients.map((client) => client.resync()));
    child.process.kill('SIGTERM');
    await child.exited;
    child = undefined;
    for (const client of clients) client.close();

    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(ackedBeforeRestart).toBeLessThan(total);
    expect(clients.reduce((sum, client) => sum + client.retries, 0)).toBeGreaterThan(0);

    const checkDb = await database.open();
    const db = new pg.Client({ connectionString: checkDb.url });
    await db.connect();
    try {
      const rows = (await db.query<{ id: string; seq: number; client_id: string; sender_id: string }>('SELECT id, seq, client_id, sender_id FROM messages WHERE match_id = $1 ORDER BY seq', [matchId])).rows;
      const counter = (await db.query<{ last_message_seq: number }>('SELECT last_message_seq FROM matches WHERE id = $1', [matchId])).rows[0].last_message_seq;
      expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(counter).toBe(total);
      const byClientId = new Map(rows.map((row) => [row.client_id, row]));
      expect(byClientId.size).toBe(total);
      for (const [who, client] of clients.entries()) {
        expect(client.acked.size).toBe(MESSAGES_PER_PERSON);
        for (const [clientId, message] of client.acked) {
          expect(byClientId.get(clientId)).toEqual({ id: message.id, seq: message.seq, client_id: clientId, sender_id: [migrant.id, host.id][who] });
        }
        // Every client ends up holding the whole conversation, and no connection got an event for a message it had.
        expect([...client.received.keys()].sort((a, b) => a - b)).toEqual(rows.map((row) => row.seq));
        expect(client.duplicates).toEqual([]);
      }
    } finally {
      await db.end();
      await checkDb.drop();
    }
  }, 300_000);
});
