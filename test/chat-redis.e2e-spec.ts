import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { DataSource } from 'typeorm';
import type { ChatMessage } from '../src/chat/chat-events.js';
import { DomainEvents } from '../src/common/domain-events.js';
import { activeMatch, signUp } from './support/factories.js';
import { ChatClient, collect, connectChat, eventually, send, sentMessage, settle } from './support/chat.js';
import { createTestDatabase, TestDatabase } from './support/test-database.js';
import { startTestApp, TestApp } from './support/test-app.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const client = createClient({ url: redisUrl, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.quit();
    return true;
  } catch {
    return false;
  }
}

describe('chat across two app processes sharing Redis and one database', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  const sockets: ChatClient[] = [];

  beforeAll(async () => {
    // CI always has Redis; without it this block fails loudly rather than pretending.
    if (!(await redisReachable())) throw new Error(`Redis is needed at ${redisUrl} (set TEST_REDIS_URL)`);
    database = await createTestDatabase();
    first = await startTestApp({ REDIS_URL: redisUrl }, database);
    second = await startTestApp({ REDIS_URL: redisUrl }, database);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  const open = async (app: TestApp, user: { accessToken: string }): Promise<ChatClient> => {
    const socket = await connectChat(app, user);
    sockets.push(socket);
    return socket;
  };

  it('delivers each message once to the participants on both processes, with one gapless seq', async () => {
    const migrant = await signUp(first, { role: 'migrant' });
    const host = await signUp(second, { role: 'host' });
    const { id: matchId } = await activeMatch(first, migrant, host);
    const migrantSocket = await open(first, migrant);
    const hostSocket = await open(second, host);
    const atMigrant = collect(migrantSocket, 'message');
    const atHost = collect(hostSocket, 'message');
    const typingAtHost = collect(hostSocket, 'typing');
    const hiddenAtHost = collect(hostSocket, 'message:hidden');
    for (const socket of [migrantSocket, hostSocket]) await expect(socket.timeout(5000).emitWithAck('join', { matchId })).resolves.toMatchObject({ ok: true });

    const hello = sentMessage(await send(migrantSocket, matchId, 'hello from the first process'));
    await eventually(() => atHost.length === 1, 5000, 'cross-process delivery');
    expect(atHost).toEqual([hello]);
    expect(atMigrant).toEqual([hello]);

    const acks = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(i % 2 === 0 ? migrantSocket : hostSocket, matchId, `concurrent ${i}`, randomUUID())),
    );
    const seqs = acks.map((ack) => sentMessage(ack).seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    await eventually(() => atHost.length === 21 && atMigrant.length === 21, 5000, 'all deliveries');
    await settle(300);
    for (const received of [atHost, atMigrant]) {
      expect(received.map((m: ChatMessage) => m.seq).sort((a, b) => a - b)).toEqual([1, ...seqs]);
    }

    migrantSocket.emit('typing', { matchId });
    await eventually(() => typingAtHost.length === 1, 5000, 'typing across processes');
    expect(typingAtHost).toEqual([{ matchId, userId: migrant.id }]);

    // Staff act on one process; the room hears it on the other.
    await first.app.get(DataSource).query('UPDATE messages SET hidden_at = now() WHERE id = $1', [hello.id]);
    first.app.get(DomainEvents).emit('message.hidden', { messageId: hello.id, matchId, by: migrant.id });
    await eventually(() => hiddenAtHost.length === 1, 5000, 'message:hidden across processes');
    expect(hiddenAtHost).toEqual([{ matchId, id: hello.id }]);
  });
});
