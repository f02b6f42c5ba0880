import { randomUUID } from 'node:crypto';
import type { NotificationEvent } from '../src/realtime/realtime-events.js';
import { RealtimePublisher } from '../src/realtime/realtime.publisher.js';
import { bearer, signUp } from './support/factories.js';
import { connectSocket, disconnected, nextEvent } from './support/sockets.js';
import { startTestApp, TestApp } from './support/test-app.js';
import { describeWithRedis, twoAppsSharingRedis } from './support/redis.js';

describe('Socket.IO /chat handshake and user rooms', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a connection without a token or with a bad one, with "unauthorized"', async () => {
    await expect(connectSocket(t, undefined)).rejects.toThrow('unauthorized');
    await expect(connectSocket(t, 'not-a-token')).rejects.toThrow('unauthorized');
  });

  it('puts a signed-in socket in its user room, reachable from the server', async () => {
    const user = await signUp(t);
    const socket = await connectSocket(t, user.accessToken);
    const received = nextEvent<NotificationEvent>(socket, 'notification');
    const notification = aNotification({ note: 'hello' });
    t.app.get(RealtimePublisher).toUser(user.id, 'notification', notification);
    await expect(received).resolves.toEqual(notification);
    socket.close();
  });

  it('disconnects the sockets of a session at logout', async () => {
    const user = await signUp(t);
    const socket = await connectSocket(t, user.accessToken);
    const closed = disconnected(socket);
    await t.http().post('/api/auth/logout').set(bearer(user)).expect(204);
    await expect(closed).resolves.toBe('io server disconnect');
    await expect(connectSocket(t, user.accessToken)).rejects.toThrow('unauthorized');
  });
});

describe('Socket.IO origin check', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://app.example.org' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('accepts the configured origin and refuses any other, for WebSocket upgrades too', async () => {
    const user = await signUp(t);
    const allowed = await connectSocket(t, user.accessToken, { origin: 'https://app.example.org' });
    expect(allowed.connected).toBe(true);
    allowed.close();
    await expect(connectSocket(t, user.accessToken, { origin: 'https://evil.example.com' })).rejects.toThrow();
  });
});


describeWithRedis('two app processes sharing Redis', () => {
  const apps = twoAppsSharingRedis();

  it('delivers to a socket on the other process and disconnects users everywhere', async () => {
    const user = await signUp(apps.first);
    const socket = await connectSocket(apps.second, user.accessToken);
    const received = nextEvent<NotificationEvent>(socket, 'notification');
    const notification = aNotification({ note: 'from the first process' });
    apps.first.app.get(RealtimePublisher).toUser(user.id, 'notification', notification);
    await expect(received).resolves.toEqual(notification);

    const closed = disconnected(socket, 2000);
    apps.first.app.get(RealtimePublisher).disconnectUser(user.id);
    await expect(closed).resolves.toBe('io server disconnect');
  });
});

function aNotification(data: Record<string, unknown>): NotificationEvent {
  return { id: randomUUID(), type: 'account.warned', data, createdAt: new Date().toISOString() };
}
