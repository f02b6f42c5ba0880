import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { activeMatch, bearer, signUp, type SignedUpUser } from './support/factories.js';
import { connectChat, send, type ChatClient } from './support/chat.js';
import { describeWithRedis, twoAppsSharingRedis } from './support/redis.js';
import { connectSocket } from './support/sockets.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const failedLogin = (t: TestApp, forwardedFor: string) =>
  t.http().post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ email: `nobody-${randomUUID()}@example.org`, password: 'not-the-password-1' });

/** Failed logins for ever-new emails, each claiming another forwarded address: what a spoofing client sends. */
async function spoofedFailures(t: TestApp, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await failedLogin(t, `198.51.100.${i + 1}`)).status);
  return statuses;
}

describe('trusted proxies (TRUST_PROXY)', () => {
  describe('unset: nobody is trusted', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3', LOGIN_MAX_FAILURES_PER_EMAIL: '100' });
    });
    afterAll(() => t.close());

    it('counts failed logins by the real address whatever X-Forwarded-For says', async () => {
      expect(await spoofedFailures(t, 5)).toEqual([401, 401, 401, 429, 429]);
    });
  });

  describe('TRUST_PROXY=loopback: the proxy in front is believed', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES_PER_ADDRESS: '3', LOGIN_MAX_FAILURES_PER_EMAIL: '100' });
    });
    afterAll(() => t.close());

    it('counts failed logins by the forwarded client address', async () => {
      expect(await spoofedFailures(t, 5)).toEqual([401, 401, 401, 401, 401]);
      const sameClient: number[] = [];
      for (let i = 0; i < 4; i += 1) sameClient.push((await failedLogin(t, '203.0.113.9')).status);
      expect(sameClient).toEqual([401, 401, 401, 429]);
    });
  });
});

describe('rate limits that hold', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_ADDRESS: '40', LOGIN_MAX_FAILURES_PER_EMAIL: '2' });
  });
  afterAll(() => t.close());

  it('answers every 429 with Retry-After in seconds: failed logins, then the per-address budget counting bad tokens', async () => {
    const person = await signUp(t);
    for (let i = 0; i < 2; i += 1) await t.http().post('/api/auth/login').send({ email: person.email, password: `wrong-password-${i}` }).expect(401);
    const locked = await t.http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(429);
    expect(locked.headers['retry-after']).toBe(String(15 * 60));

    // Requests without a valid token are counted per address before authentication refuses them.
    const statuses: number[] = [];
    let limited: { headers: Record<string, string> } | undefined;
    for (let i = 0; i < 45 && limited === undefined; i += 1) {
      const response = await t.http().get('/api/me').set('Authorization', `Bearer guess-${i}`);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited?.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The budget is the address's: a valid token from it is refused too, until the minute is over.
    await t.http().get('/api/me').set(bearer(person)).expect(429);
  });
});

describe('socket limits', () => {
  let t: TestApp;
  const sockets: ChatClient[] = [];
  const open = async (user: SignedUpUser): Promise<ChatClient> => {
    const socket = await connectChat(t, user);
    sockets.push(socket);
    return socket;
  };
  beforeAll(async () => {
    t = await startTestApp({ SOCKETS_PER_PERSON: '2', HANDSHAKES_PER_ADDRESS: '8' });
  });
  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await t.close();
  });

  it('caps the sockets one person holds, then the handshakes one address starts, bad tokens included', async () => {
    const person = await signUp(t);
    await open(person);
    await open(person);
    await expect(connectChat(t, person)).rejects.toThrow('too many connections');
    // Another person still gets in: the cap is per person.
    await open(await signUp(t));
    // Four handshakes so far; four bad tokens spend the rest of the address's eight.
    for (let i = 0; i < 4; i += 1) await expect(connectSocket(t, `guess-${i}`)).rejects.toThrow('unauthorized');
    await expect(connectChat(t, await signUp(t))).rejects.toThrow('too many connections');
  });
});

describe('socket handshakes behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', HANDSHAKES_PER_ADDRESS: '2' });
  });
  afterAll(() => t.close());

  const handshakeFrom = (forwardedFor: string): Promise<string> => {
    const socket = io(`${t.baseUrl}/chat`, { auth: { token: 'guess' }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { 'X-Forwarded-For': forwardedFor } });
    return new Promise((resolve) => {
      socket.once('connect_error', (error: Error) => {
        socket.close();
        resolve(error.message);
      });
    });
  };

  it('counts handshakes by the forwarded address, as HTTP requests are', async () => {
    expect([await handshakeFrom('203.0.113.1'), await handshakeFrom('203.0.113.1'), await handshakeFrom('203.0.113.1')]).toEqual(['unauthorized', 'unauthorized', 'too many connections']);
    expect(await handshakeFrom('203.0.113.2')).toBe('unauthorized');
  });
});

describeWithRedis('limits shared by every process through Redis', () => {
  const apps = twoAppsSharingRedis({ RATE_LIMIT_PER_ADDRESS: '30', HANDSHAKES_PER_ADDRESS: '20', SOCKETS_PER_PERSON: '3' });
  const sockets: ChatClient[] = [];
  afterAll(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  it('spends one chat budget per person across sockets on both processes', async () => {
    const migrant = await signUp(apps.first, { role: 'migrant' });
    const host = await signUp(apps.first, { role: 'host' });
    const matchId = (await activeMatch(apps.first, migrant, host)).id;
    const onFirst = await connectChat(apps.first, migrant);
    const onSecond = await connectChat(apps.second, migrant);
    sockets.push(onFirst, onSecond);
    const burst = apps.first.config.chatRateLimit.burst;
    const acks = await Promise.all(Array.from({ length: burst + 10 }, (_, i) => send(i % 2 === 0 ? onFirst : onSecond, matchId, `shared ${i}`)));
    expect(acks.filter((ack) => ack.ok)).toHaveLength(burst);
    expect(acks.filter((ack) => !ack.ok && ack.code === 'chat.rate-limited')).toHaveLength(10);
  });

  it('caps a person’s sockets across both processes', async () => {
    const person = await signUp(apps.second);
    sockets.push(await connectChat(apps.first, person), await connectChat(apps.second, person), await connectChat(apps.first, person));
    await expect(connectChat(apps.second, person)).rejects.toThrow('too many connections');
  });

  it('spends one per-address budget across both processes, with Retry-After on the 429', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 40 && retryAfter === undefined; i += 1) {
      const app = i % 2 === 0 ? apps.first : apps.second;
      const response = await app.http().get('/api/me');
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers['retry-after'];
    }
    // Thirty a minute in all (sign-ups and logins above spent some): the 429 comes before either process saw thirty.
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThan(30);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
