import { DataSource } from 'typeorm';
import { io, type Socket } from 'socket.io-client';
import { bearer, createStaff, profileInput, signUp, signupBody, type SignedUpUser } from './support/factories.js';
import { disconnected } from './support/sockets.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const COOKIE = '__Host-cg_session';
const APP_ORIGIN = 'http://localhost:3000';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

interface WebSession {
  userId: string;
  email: string;
  password: string;
  /** `name=value`, as a browser sends it back. */
  cookie: string;
  csrfToken: string;
  setCookie: string;
}

interface Device {
  id: string;
  createdAt: string;
  expiresAt: string;
  userAgent: string | null;
  device: string | null;
  address: string | null;
  current: boolean;
}

function sessionCookieOf(setCookie: string[] | string | undefined): string {
  const header = [setCookie ?? []].flat().find((line) => line.startsWith(`${COOKIE}=`));
  if (header === undefined) throw new Error(`no ${COOKIE} cookie set`);
  return header;
}

describe('web sessions (httpOnly cookie, CSRF tokens, devices)', () => {
  let t: TestApp;
  let db: DataSource;
  const sockets: Socket[] = [];

  const webSignUp = async (userAgent = FIREFOX): Promise<WebSession> => {
    const body = signupBody();
    const response = await t.http().post('/api/auth/signup').set('X-Session-Mode', 'cookie').set('User-Agent', userAgent).send(body).expect(201);
    const setCookie = sessionCookieOf(response.headers['set-cookie']);
    const payload = response.body as { user: { id: string }; csrfToken: string };
    return { userId: payload.user.id, email: String(body.email), password: String(body.password), cookie: setCookie.split(';')[0], csrfToken: payload.csrfToken, setCookie };
  };

  const webLogIn = async (person: { email: string; password: string }, userAgent = SAFARI_IPHONE): Promise<WebSession> => {
    const response = await t.http().post('/api/auth/login').set('X-Session-Mode', 'cookie').set('User-Agent', userAgent).send({ email: person.email, password: person.password }).expect(200);
    const setCookie = sessionCookieOf(response.headers['set-cookie']);
    const payload = response.body as { user: { id: string }; csrfToken: string };
    return { userId: payload.user.id, email: person.email, password: person.password, cookie: setCookie.split(';')[0], csrfToken: payload.csrfToken, setCookie };
  };

  const cookieSocket = async (session: WebSession, origin: string | undefined): Promise<Socket> => {
    const socket = io(`${t.baseUrl}/chat`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { Cookie: session.cookie, ...(origin === undefined ? {} : { Origin: origin }) },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error: Error) => {
        socket.close();
        reject(error);
      });
    });
    return socket;
  };

  const devices = async (session: WebSession): Promise<Device[]> => (await t.http().get('/api/me/sessions').set('Cookie', session.cookie).expect(200)).body as Device[];
  const profileOf = async (session: WebSession): Promise<unknown> => ((await t.http().get('/api/me').set('Cookie', session.cookie).expect(200)).body as { profile: unknown }).profile;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  describe('signing in', () => {
    it('sets an httpOnly, Secure, SameSite=Strict cookie for the whole site that expires with its session, and answers without the token', async () => {
      const body = signupBody();
      const response = await t.http().post('/api/auth/signup').set('X-Session-Mode', 'cookie').send(body).expect(201);
      expect(response.body).toEqual({ user: expect.objectContaining({ email: body.email }) as unknown, csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) as unknown });
      expect(response.body).not.toHaveProperty('accessToken');
      expect(response.headers['cache-control']).toBe('no-store');

      const setCookie = sessionCookieOf(response.headers['set-cookie']);
      const attributes = setCookie.split(';').slice(1).map((part) => part.trim());
      expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']));
      expect(attributes.some((part) => /^Domain=/i.test(part))).toBe(false);
      const [session] = await db.query<Array<{ expires_at: Date }>>(`SELECT s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [body.email]);
      const expires = attributes.find((part) => part.startsWith('Expires='))?.slice('Expires='.length);
      expect(new Date(String(expires)).toUTCString()).toBe(session.expires_at.toUTCString());
      expect(session.expires_at.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    });

    it('logs in to a cookie session too; without X-Session-Mode sign-up and login answer {accessToken, user} and set no cookie, as before', async () => {
      const person = await signUp(t);
      expect(person.accessToken).toMatch(/^ey/);
      const login = await t.http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
      expect(Object.keys(login.body as object).sort()).toEqual(['accessToken', 'user']);
      expect(login.headers['set-cookie']).toBeUndefined();

      const web = await webLogIn(person);
      expect(web.userId).toBe(person.id);
      expect(web.setCookie).toContain('HttpOnly');
    });

    it('authenticates reads with the cookie alone, and tells the CSRF token again after a reload', async () => {
      const session = await webSignUp();
      const me = await t.http().get('/api/me').set('Cookie', session.cookie).expect(200);
      expect((me.body as { id: string }).id).toBe(session.userId);
      const csrf = await t.http().get('/api/auth/csrf').set('Cookie', session.cookie).expect(200);
      expect(csrf.body).toEqual({ csrfToken: session.csrfToken });
      // Asked without a live session it answers, so a signed-out first visit logs no refused request.
      expect((await t.http().get('/api/auth/csrf').expect(200)).body).toEqual({ csrfToken: null });
      expect((await t.http().get('/api/auth/csrf').set('Cookie', `${COOKIE}=not-a-session`).expect(200)).body).toEqual({ csrfToken: null });
      await t.http().get('/api/me').set('Cookie', `${COOKIE}=not-a-session`).expect(401);
      // Another cookie name (a sibling subdomain could plant one without the __Host- prefix) is not read.
      await t.http().get('/api/me').set('Cookie', `cg_session=${session.cookie.split('=')[1]}`).expect(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a cookie-authenticated write without the CSRF token, with a wrong one or with another session\'s, changing nothing', async () => {
      const session = await webSignUp();
      const other = await webSignUp();
      const attempts: Array<Record<string, string>> = [{}, { 'X-CSRF-Token': 'wrong' }, { 'X-CSRF-Token': other.csrfToken }, { 'X-CSRF-Token': `${session.csrfToken}x` }];
      for (const headers of attempts) {
        const response = await t.http().put('/api/me/profile').set('Cookie', session.cookie).set(headers).send(profileInput()).expect(403);
        expect(response.body).toMatchObject({ statusCode: 403, code: 'auth.csrf' });
      }
      expect(await profileOf(session)).toBeNull();
      await t.http().post('/api/auth/logout').set('Cookie', session.cookie).expect(403);
      await t.http().get('/api/me').set('Cookie', session.cookie).expect(200);

      await t.http().put('/api/me/profile').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken).send(profileInput()).expect(200);
      expect(await profileOf(session)).toMatchObject({ placeId: '2759794' });
    });

    it('asks no CSRF token of bearer requests, even with a session cookie beside them', async () => {
      const person = await signUp(t);
      const web = await webSignUp();
      await t.http().put('/api/me/profile').set(bearer(person)).send(profileInput()).expect(200);
      const mixed = await t.http().put('/api/me/profile').set(bearer(person)).set('Cookie', web.cookie).send(profileInput({ bio: 'Bearer wins.' })).expect(200);
      expect((mixed.body as { id: string }).id).toBe(person.id);
      expect(await profileOf(web)).toBeNull();
    });
  });

  describe('ending sessions', () => {
    it('logs out with the cookie: the session ends and the cookie is cleared', async () => {
      const session = await webSignUp();
      const response = await t.http().post('/api/auth/logout').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken).expect(204);
      const cleared = sessionCookieOf(response.headers['set-cookie']);
      expect(cleared).toMatch(new RegExp(`^${COOKIE}=;`));
      expect(cleared).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
      await t.http().get('/api/me').set('Cookie', session.cookie).expect(401);
    });

    it('ends the cookie with a password change (other sessions) and with erasure', async () => {
      const first = await webSignUp();
      const second = await webLogIn(first);
      const newPassword = 'copper-kettle-Utrecht-77';
      await t.http().put('/api/me/password').set('Cookie', first.cookie).set('X-CSRF-Token', first.csrfToken).send({ currentPassword: first.password, newPassword }).expect(204);
      await t.http().get('/api/me').set('Cookie', second.cookie).expect(401);
      await t.http().get('/api/me').set('Cookie', first.cookie).expect(200);

      await t.http().delete('/api/me').set('Cookie', first.cookie).set('X-CSRF-Token', first.csrfToken).send({ password: newPassword }).expect(204);
      await t.http().get('/api/me').set('Cookie', first.cookie).expect(401);
    });

    it('ends the cookie session at a suspension, and closes its socket', async () => {
      const session = await webSignUp();
      const socket = await cookieSocket(session, APP_ORIGIN);
      const closed = disconnected(socket);
      const admin = await createStaff(t, { role: 'admin' });
      await t.http().post(`/api/staff/users/${session.userId}/suspend`).set(bearer(admin)).send({ reason: 'Test of the cookie session' }).expect(200);
      await expect(closed).resolves.toBe('io server disconnect');
      await t.http().get('/api/me').set('Cookie', session.cookie).expect(401);
    });
  });

  describe('socket handshake with the cookie', () => {
    it("connects from the app's own origin without auth.token, and refuses any other origin or none", async () => {
      const session = await webSignUp();
      const socket = await cookieSocket(session, APP_ORIGIN);
      expect(socket.connected).toBe(true);
      await expect(cookieSocket(session, 'https://evil.example.com')).rejects.toThrow('unauthorized');
      await expect(cookieSocket(session, undefined)).rejects.toThrow('unauthorized');
      await expect(cookieSocket({ ...session, cookie: `${COOKIE}=forged` }, APP_ORIGIN)).rejects.toThrow('unauthorized');
    });

    it('keeps bearer handshakes as they are, from any origin', async () => {
      const person = await signUp(t);
      const socket = io(`${t.baseUrl}/chat`, { auth: { token: person.accessToken }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { Origin: 'https://api-client.example.net' } });
      sockets.push(socket);
      await expect(new Promise((resolve, reject) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', reject);
      })).resolves.toBe('connected');
    });
  });

  describe('signed-in devices', () => {
    it('lists live sessions with a device name and a coarse address, marking the current one', async () => {
      const laptop = await webSignUp(FIREFOX);
      const phone = await webLogIn(laptop, SAFARI_IPHONE);
      const ended = await webLogIn(laptop);
      await t.http().post('/api/auth/logout').set('Cookie', ended.cookie).set('X-CSRF-Token', ended.csrfToken).expect(204);

      const list = await devices(phone);
      expect(list).toHaveLength(2);
      expect(list.map((d) => [d.device, d.current])).toEqual([
        ['Safari · iPhone', true],
        ['Firefox · Windows', false],
      ]);
      expect(list[1]).toMatchObject({ userAgent: FIREFOX, address: expect.stringMatching(/^127\.0\.0\.x$|::\/48$/) as unknown });
      expect(Date.parse(list[0].expiresAt)).toBeGreaterThan(Date.parse(list[0].createdAt));
    });

    it('ends one device: its cookie and its sockets stop at once; ended or unknown ids answer 404', async () => {
      const laptop = await webSignUp(FIREFOX);
      const phone = await webLogIn(laptop);
      const phoneSocket = await cookieSocket(phone, APP_ORIGIN);
      const closed = disconnected(phoneSocket);
      const phoneId = (await devices(phone)).find((d) => d.current)?.id;

      await t.http().delete(`/api/me/sessions/${phoneId}`).set('Cookie', laptop.cookie).expect(403);
      await t.http().get('/api/me').set('Cookie', phone.cookie).expect(200);

      await t.http().delete(`/api/me/sessions/${phoneId}`).set('Cookie', laptop.cookie).set('X-CSRF-Token', laptop.csrfToken).expect(204);
      await t.http().get('/api/me').set('Cookie', phone.cookie).expect(401);
      await expect(closed).resolves.toBe('io server disconnect');
      await expect(cookieSocket(phone, APP_ORIGIN)).rejects.toThrow('unauthorized');

      const again = await t.http().delete(`/api/me/sessions/${phoneId}`).set('Cookie', laptop.cookie).set('X-CSRF-Token', laptop.csrfToken).expect(404);
      expect(again.body).toMatchObject({ code: 'session.not-found' });
      await t.http().delete('/api/me/sessions/0b7e7a0e-55d4-4d8e-9b0e-6f1f2b0a9c11').set('Cookie', laptop.cookie).set('X-CSRF-Token', laptop.csrfToken).expect(404);
      await t.http().delete('/api/me/sessions/not-a-uuid').set('Cookie', laptop.cookie).set('X-CSRF-Token', laptop.csrfToken).expect(400);
      expect((await devices(laptop)).map((d) => d.current)).toEqual([true]);
    });

    it("answers 404 for someone else's session, which keeps working", async () => {
      const mine = await webSignUp();
      const theirs = await webSignUp();
      const theirId = (await devices(theirs))[0].id;
      const response = await t.http().delete(`/api/me/sessions/${theirId}`).set('Cookie', mine.cookie).set('X-CSRF-Token', mine.csrfToken).expect(404);
      expect(response.body).toMatchObject({ code: 'session.not-found' });
      await t.http().get('/api/me').set('Cookie', theirs.cookie).expect(200);
      const [row] = await db.query<Array<{ revoked_at: Date | null }>>(`SELECT revoked_at FROM sessions WHERE id = $1`, [theirId]);
      expect(row.revoked_at).toBeNull();
    });

    it('signs out everywhere else: other cookie and bearer sessions end with their sockets, this one stays', async () => {
      const here = await webSignUp();
      const elsewhere = await webLogIn(here);
      const api = await t.http().post('/api/auth/login').send({ email: here.email, password: here.password }).expect(200);
      const apiUser: SignedUpUser = { accessToken: (api.body as { accessToken: string }).accessToken, id: here.userId, email: here.email, password: here.password, role: 'migrant' };
      const elsewhereSocket = await cookieSocket(elsewhere, APP_ORIGIN);
      const closed = disconnected(elsewhereSocket);

      await t.http().delete('/api/me/sessions').set('Cookie', here.cookie).set('X-CSRF-Token', here.csrfToken).expect(204);
      await t.http().get('/api/me').set('Cookie', elsewhere.cookie).expect(401);
      await t.http().get('/api/me').set(bearer(apiUser)).expect(401);
      await expect(closed).resolves.toBe('io server disconnect');
      expect((await devices(here)).map((d) => d.current)).toEqual([true]);
      // Bearer clients may list and end devices too, without a CSRF token.
      const again = await t.http().post('/api/auth/login').send({ email: here.email, password: here.password }).expect(200);
      const token = { Authorization: `Bearer ${(again.body as { accessToken: string }).accessToken}` };
      await t.http().delete('/api/me/sessions').set(token).expect(204);
      await t.http().get('/api/me').set('Cookie', here.cookie).expect(401);
    });
  });
});

describe('web sessions and the per-address budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_ADDRESS: '20' });
  });
  afterAll(() => t.close());

  it('counts requests with a bad session cookie against the address, as it does bad tokens', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25 && statuses.at(-1) !== 429; i += 1) {
      statuses.push((await t.http().get('/api/me').set('Cookie', `${COOKIE}=guess-${i}`)).status);
    }
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
