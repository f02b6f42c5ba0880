import { createApp } from '../src/app.factory.js';
import { DEFAULT_ORGANISATION_ID } from '../src/organisations/domain/programme.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { startTestApp, TestApp } from './support/test-app.js';
import { bearer, createStaff, signUp, signupBody, STRONG_PASSWORD } from './support/factories.js';
import { createTestDatabase } from './support/test-database.js';

describe('Accounts and roles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_EMAIL: '10', LOGIN_MAX_FAILURES_PER_ADDRESS: '30' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/auth/signup', () => {
    it('creates a migrant and returns a working token and the user', async () => {
      const body = signupBody({ displayName: 'Amal', role: 'migrant', locale: 'ar' });
      const response = await t.http().post('/api/auth/signup').send(body).expect(201);
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.body.user).toMatchObject({
        email: body.email,
        displayName: 'Amal',
        role: 'migrant',
        status: 'active',
        verification: null,
        profile: null,
        profileComplete: false,
      });
      expect(response.body.user.password).toBeUndefined();
      expect(response.body.user.passwordHash).toBeUndefined();
      const me = await t.http().get('/api/me').set(bearer(response.body)).expect(200);
      expect(me.body.id).toBe(response.body.user.id);
    });

    it('starts hosts as pending volunteers', async () => {
      const response = await t.http().post('/api/auth/signup').send(signupBody({ role: 'host' })).expect(201);
      expect(response.body.user).toMatchObject({ role: 'host', verification: 'pending' });
    });

    it('refuses a taken email regardless of case, and a race for one email creates one account', async () => {
      const body = signupBody({ email: 'Marieke.DeVries@example.nl' });
      await t.http().post('/api/auth/signup').send(body).expect(201);
      const again = await t.http().post('/api/auth/signup').send({ ...body, email: 'marieke.devries@EXAMPLE.nl' }).expect(409);
      expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict' });

      const raced = signupBody({ email: 'race@example.org' });
      const statuses = await Promise.all(Array.from({ length: 16 }, () => t.http().post("/api/auth/signup").send(raced).then((r) => r.status)));
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    });

    it.each([
      ['role staff', { role: 'staff' }],
      ['missing acceptTerms', { acceptTerms: undefined }],
      ['acceptTerms false', { acceptTerms: false }],
      ['a common password', { password: 'password1234' }],
      ['a short password', { password: 'Sh0rt!pw' }],
      ['a password over 128 chars', { password: 'aB3$'.repeat(33) }],
      ['a malformed email', { email: 'not-an-email' }],
      ['an empty displayName', { displayName: '   ' }],
      ['an oversized displayName', { displayName: 'x'.repeat(81) }],
      ['a wrong type', { displayName: 42 }],
      ['an unknown field', { isAdmin: true }],
    ])('answers 400 for %s and creates nothing', async (_label, override) => {
      const body = signupBody(override);
      const response = await t.http().post('/api/auth/signup').send(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toBeDefined();
      const login = await t.http().post('/api/auth/login').send({ email: body.email, password: body.password });
      expect(login.status).toBe(401);
    });

    it('answers 400 to malformed JSON', async () => {
      const response = await t.http().post('/api/auth/signup').set('Content-Type', 'application/json').send('{"email": ').expect(400);
      expect(response.body.statusCode).toBe(400);
    });
  });

  describe('POST /api/auth/login', () => {
    it('signs in with the right password, case-insensitively by email', async () => {
      const user = await signUp(t, { email: 'Login.Case@example.org' });
      const response = await t.http().post('/api/auth/login').send({ email: 'login.case@example.org', password: user.password }).expect(200);
      expect(response.body.user.id).toBe(user.id);
      await t.http().get('/api/me').set(bearer(response.body)).expect(200);
    });

    it('gives the same 401 message for an unknown email and a wrong password', async () => {
      const user = await signUp(t);
      const wrong = await t.http().post('/api/auth/login').send({ email: user.email, password: 'not-the-password-1' }).expect(401);
      const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody-here@example.org', password: 'whatever-123456' }).expect(401);
      expect(wrong.body.message).toBe(unknown.body.message);
      expect(wrong.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('answers 429 after 10 failed attempts for one email, even with the right password', async () => {
      const user = await signUp(t);
      for (let attempt = 0; attempt < 10; attempt += 1) {
        await t.http().post('/api/auth/login').send({ email: user.email, password: `wrong-password-${attempt}` }).expect(401);
      }
      const limited = await t.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
      expect(limited.body).toMatchObject({ statusCode: 429 });
    });
  });

  describe('sessions', () => {
    it('logout ends the token at once but not other sessions', async () => {
      const user = await signUp(t);
      const second = await t.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
      await t.http().post('/api/auth/logout').set(bearer(user)).expect(204);
      await t.http().get('/api/me').set(bearer(user)).expect(401);
      await t.http().post('/api/auth/logout').set(bearer(user)).expect(401);
      await t.http().get('/api/me').set(bearer(second.body)).expect(200);
    });

    it.each([
      ['no header', undefined],
      ['a malformed token', 'Bearer not.a.jwt'],
      ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJzaWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.c2lnbmF0dXJl'],
      ['another scheme', 'Basic dXNlcjpwYXNz'],
    ])('answers 401 with %s', async (_label, header) => {
      const call = t.http().get('/api/me');
      if (header !== undefined) call.set('Authorization', header);
      const response = await call.expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });
  });

  describe('suspended people', () => {
    it('can always log out: 204, and the token stops working', async () => {
      const person = await signUp(t);
      const staff = await createStaff(t);
      await t.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(staff)).send({ reason: 'Looking into a report' }).expect(200);
      const again = await t.http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
      await t.http().get('/api/matches').set(bearer(again.body as { accessToken: string })).expect(403);
      await t.http().post('/api/auth/logout').set(bearer(again.body as { accessToken: string })).expect(204);
      await t.http().get('/api/me').set(bearer(again.body as { accessToken: string })).expect(401);
    });
  });

  describe('roles', () => {
    it('staff accounts come from create-staff and log in as staff', async () => {
      const staff = await createStaff(t);
      const me = await t.http().get('/api/me').set(bearer(staff)).expect(200);
      expect(me.body).toMatchObject({ role: 'staff', verification: null });
    });
  });

  describe('platform', () => {
    it('GET /api/health reports ok with the database up, without a token', async () => {
      const response = await t.http().get('/api/health').expect(200);
      expect(response.body.status).toBe('ok');
      expect(response.body.info.database.status).toBe('up');
    });

    it('serves an OpenAPI document describing every account route', async () => {
      const response = await t.http().get('/api/docs-json').expect(200);
      const paths = Object.keys(response.body.paths as object);
      expect(paths).toEqual(expect.arrayContaining(['/api/auth/signup', '/api/auth/login', '/api/auth/logout', '/api/me', '/api/health']));
      expect(response.body.components.schemas.SignupDto.properties.role.enum).toEqual(['migrant', 'host']);
    });

    it('answers an unknown API route with a 404 in the error shape', async () => {
      const response = await t.http().get('/api/nothing-here').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    });

    it('keeps a request id on errors, taking the caller\'s when given', async () => {
      const response = await t.http().get('/api/me').set('X-Request-Id', 'trace-12345678').expect(401);
      expect(response.body.requestId).toBe('trace-12345678');
    });

    it('signs passwords policy with argon2id — a login still works after many sign-ups', async () => {
      const user = await signUp(t, { password: STRONG_PASSWORD });
      await t.http().post('/api/auth/login').send({ email: user.email, password: STRONG_PASSWORD }).expect(200);
    });
  });
});

describe('the first staff account from STAFF_EMAIL and STAFF_PASSWORD', () => {
  it('is created on a fresh installation as the platform admin, coordinating the default organisation, and signs in', async () => {
    const app = await startTestApp({ STAFF_EMAIL: 'coordinator@example.org', STAFF_PASSWORD: 'amber-lantern-harbour-42', STAFF_NAME: 'Coordinator' });
    try {
      const login = await app.http().post('/api/auth/login').send({ email: 'coordinator@example.org', password: 'amber-lantern-harbour-42' }).expect(200);
      expect(login.body).toMatchObject({ user: { role: 'admin', displayName: 'Coordinator', organisationId: DEFAULT_ORGANISATION_ID, memberships: [] } });
    } finally {
      await app.close();
    }
  });

  it('stops the start, naming STAFF_PASSWORD, when the password rules refuse it, and creates nobody', async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      STAFF_EMAIL: 'coordinator@example.org',
      // Contains the email's local part: the account rules refuse it.
      STAFF_PASSWORD: 'coordinator-harbour-42',
    }).withDatabaseUrl(database.url);
    const app = await createApp(config);
    try {
      const started = app.init();
      await expect(started).rejects.toThrow(ConfigError);
      await expect(started).rejects.toThrow(/STAFF_PASSWORD cannot be used for coordinator@example\.org: password must not contain your email address/);
    } finally {
      await app.close();
    }
    const fresh = await startTestApp({}, database);
    try {
      await fresh.http().post('/api/auth/login').send({ email: 'coordinator@example.org', password: 'coordinator-harbour-42' }).expect(401);
    } finally {
      await fresh.close();
      await database.drop();
    }
  });
});

describe('many sign-ups at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates every account when 16 different people sign up at the same moment', async () => {
    const responses = await Promise.all(Array.from({ length: 16 }, () => t.http().post('/api/auth/signup').send(signupBody())));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 16 }, () => 201));
    const logins = await Promise.all(responses.map((r) => t.http().get('/api/me').set(bearer(r.body as { accessToken: string }))));
    expect(logins.map((r) => r.status)).toEqual(Array.from({ length: 16 }, () => 200));
  });
});
