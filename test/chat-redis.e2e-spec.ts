import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ChatMessage } from '../src/realtime/realtime-events.js';
import { Outbox } from '../src/outbox/outbox.js';
import { activeMatch, signUp } from './support/factories.js';
import { ChatClient, collect, connectChat, eventually, send, sentMessage, settle } from './support/chat.js';
import type { TestApp } from './support/test-app.js';
import { describeWithRedis, twoAppsSharingRedis } from './support/redis.js';


describeWithRedis('chat across two app processes sharing Redis and one database', () => {
  const apps = twoAppsSharingRedis();
  const sockets: ChatClient[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  const open = async (app: TestApp, user: { accessToken: string }): Promise<ChatClient> => {
    const socket = await connectChat(app, user);
    sockets.push(socket);
    return socket;
  };

  it('delivers each message once to the participants on both processes, with one gapless seq', async () => {
    const migrant = await signUp(apps.first, { role: 'migrant' });
    const host = await signUp(apps.second, { role: 'host' });
    const { id: matchId } = await activeMatch(apps.first, migrant, host);
    const migrantSocket = await open(apps.first, migrant);
    const hostSocket = await open(apps.second, host);
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
    await apps.first.app.get(DataSource).query('UPDATE messages SET hidden_at = now() WHERE id = $1', [hello.id]);
    await apps.first.app.get(Outbox).record('message.hidden', { messageId: hello.id, matchId, by: migrant.id });
    await eventually(() => hiddenAtHost.length === 1, 5000, 'message:hidden across processes');
    expect(hiddenAtHost).toEqual([{ matchId, id: hello.id }]);
  });
});
