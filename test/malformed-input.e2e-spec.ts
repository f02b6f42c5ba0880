import { DataSource } from 'typeorm';
import { bearer, createStaff, profileInput, signUp, signupBody, SignedUpUser, STRONG_PASSWORD, withProfile } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

const BAD_TEXT = 'must not contain NUL characters or unpaired surrogates';
const TOO_DEEP = 'input must not nest more than 32 levels deep';

/** `levels` arrays or objects around a string, as JSON text (JSON.stringify itself overflows on such depths). */
function deepJson(levels: number, shape: 'array' | 'object'): string {
  return shape === 'array' ? `${'['.repeat(levels)}"x"${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`;
}

/**
 * Input refused whatever the route (issue #22): text PostgreSQL cannot store (NUL, and lone
 * surrogates UTF-8 cannot hold), JSON nested deeper than anything a client sends, and the
 * prototype keys class-transformer used to drop silently.
 */
describe('malformed input', () => {
  let t: TestApp;
  let db: DataSource;
  let migrant: SignedUpUser;
  let staff: SignedUpUser;

  const count = async (table: string): Promise<number> => Number((await db.query<Array<{ count: string }>>(`SELECT count(*) FROM ${table}`))[0]?.count);
  const expectRefusal = (body: unknown, message: string): void => {
    expect(body).toEqual({ statusCode: 400, message: [message], error: 'Bad Request', requestId: expect.any(String) });
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    migrant = await withProfile(t, await signUp(t));
    staff = await createStaff(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('text with NUL or a lone surrogate', () => {
    it.each([
      ['NUL in the email', { email: 'amal\u0000@example.org' }, 'email'],
      ['NUL in the password', { password: `${STRONG_PASSWORD}\u0000` }, 'password'],
      ['a lone surrogate in the email', { email: 'amal\uD800@example.org' }, 'email'],
      ['a lone low surrogate in the password', { password: `\uDC00${STRONG_PASSWORD}` }, 'password'],
    ])('answers a login with %s with 400 and counts no failed attempt', async (_label, fields, field) => {
      const failuresBefore = await count('login_failures');
      const response = await t.http().post('/api/auth/login').send({ email: migrant.email, password: migrant.password, ...fields }).expect(400);
      expectRefusal(response.body, `${field} ${BAD_TEXT}`);
      expect(await count('login_failures')).toBe(failuresBefore);
    });

    it.each([
      ['a lone surrogate in the email', { email: `amal\uD83D-${Date.now()}@example.org` }, 'email'],
      ['a lone surrogate in the displayName', { displayName: 'Amal \uD83D' }, 'displayName'],
      ['NUL in the displayName', { displayName: 'Am\u0000al' }, 'displayName'],
      ['NUL in the locale', { locale: 'ar\u0000' }, 'locale'],
    ])('answers a sign-up with %s with 400 and creates no account', async (_label, fields, field) => {
      const usersBefore = await count('users');
      const response = await t.http().post('/api/auth/signup').send(signupBody(fields)).expect(400);
      expectRefusal(response.body, `${field} ${BAD_TEXT}`);
      expect(await count('users')).toBe(usersBefore);
    });

    it('refuses such text in a profile, nested or not, and keeps the stored profile as it was', async () => {
      const before = await t.http().get('/api/me').set(bearer(migrant)).expect(200);
      const bio = await t.http().put('/api/me/profile').set(bearer(migrant)).send({ bio: 'half a smile \uD83D' }).expect(400);
      expectRefusal(bio.body, `bio ${BAD_TEXT}`);
      const language = await t.http().put('/api/me/profile').set(bearer(migrant)).send({ languages: [{ code: 'ar', level: 'native' }, { code: 'n\u0000l', level: 'basic' }] }).expect(400);
      expectRefusal(language.body, `languages.1.code ${BAD_TEXT}`);
      const key = await t.http().put('/api/me/profile').set(bearer(migrant)).send({ ['bio\u0000']: 'hi' }).expect(400);
      expectRefusal(key.body, `property names ${BAD_TEXT}`);
      expect((await t.http().get('/api/me').set(bearer(migrant)).expect(200)).body).toEqual(before.body);
    });

    it('refuses NUL in staff notes and block reasons, changing nothing', async () => {
      const host = await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 2 });
      const auditBefore = await count('audit_log');
      const verify = await t.http().post(`/api/staff/volunteers/${host.id}/verify`).set(bearer(staff)).send({ note: 'References\u0000 checked' }).expect(400);
      expectRefusal(verify.body, `note ${BAD_TEXT}`);
      const reject = await t.http().post(`/api/staff/volunteers/${host.id}/reject`).set(bearer(staff)).send({ note: '\u0000' }).expect(400);
      expectRefusal(reject.body, `note ${BAD_TEXT}`);
      const block = await t.http().post(`/api/users/${host.id}/block`).set(bearer(migrant)).send({ reason: 'rude\u0000' }).expect(400);
      expectRefusal(block.body, `reason ${BAD_TEXT}`);
      expect((await t.http().get('/api/me').set(bearer(host)).expect(200)).body.verification).toBe('pending');
      expect(await count('pair_exclusions')).toBe(0);
      expect(await count('audit_log')).toBe(auditBefore);
    });

    it('refuses it in query strings too', async () => {
      expectRefusal((await t.http().get('/api/places?q=Ams%00').expect(400)).body, `q ${BAD_TEXT}`);
      expectRefusal((await t.http().get('/api/places').query({ q: 'Amst', country: 'N\u0000' }).expect(400)).body, `country ${BAD_TEXT}`);
      expectRefusal((await t.http().get('/api/staff/audit-log?action=volunteer%00').set(bearer(staff)).expect(400)).body, `action ${BAD_TEXT}`);
      // Malformed UTF-8 in a query arrives as U+FFFD, which is ordinary text.
      await t.http().get('/api/places?q=Am%ED%A0%80').expect(200);
    });

    it('refuses it on routes that take no body, before they act', async () => {
      const own = await signUp(t);
      expectRefusal((await t.http().post('/api/auth/logout').set(bearer(own)).send({ bye: '\u0000' }).expect(400)).body, `bye ${BAD_TEXT}`);
      await t.http().get('/api/me').set(bearer(own)).expect(200);
    });
  });

  describe('deep nesting', () => {
    it.each([
      ['POST', '/api/auth/login', 'email', 'array'],
      ['POST', '/api/auth/login', 'password', 'object'],
      ['POST', '/api/auth/signup', 'email', 'object'],
      ['POST', '/api/auth/signup', 'displayName', 'array'],
      ['PUT', '/api/me/profile', 'languages', 'array'],
      ['PUT', '/api/me/profile', 'bio', 'object'],
    ] as const)('answers %s %s with %s nested 5000 levels deep (%s) with 400', async (method, path, field, shape) => {
      const body = `{"${field}": ${deepJson(5000, shape)}}`;
      const request = method === 'PUT' ? t.http().put(path) : t.http().post(path);
      const response = await request.set(bearer(migrant)).type('json').send(body).expect(400);
      expectRefusal(response.body, TOO_DEEP);
    });

    it('still accepts ordinary nesting', async () => {
      await t.http().put('/api/me/profile').set(bearer(migrant)).send({ availability: [{ day: 2, start: '10:00', end: '12:00' }] }).expect(200);
    });
  });

  describe('prototype keys', () => {
    it.each([
      ['"__proto__" at the top', '{"bio": "changed", "__proto__": {"admin": true}}', 'property __proto__ should not exist'],
      ['"constructor" at the top', '{"bio": "changed", "constructor": {"prototype": {}}}', 'property constructor should not exist'],
      ['"prototype" at the top', '{"bio": "changed", "prototype": 1}', 'property prototype should not exist'],
      ['"__proto__" in a language', '{"bio": "changed", "languages": [{"code": "ar", "level": "native", "__proto__": {}}]}', 'languages.0.property __proto__ should not exist'],
      ['"constructor" in a window', '{"availability": [{"day": 1, "start": "10:00", "end": "11:00", "constructor": "x"}]}', 'availability.0.property constructor should not exist'],
    ])('refuses a profile with %s like any unknown field, changing nothing', async (_label, json, message) => {
      const before = await t.http().get('/api/me').set(bearer(migrant)).expect(200);
      const response = await t.http().put('/api/me/profile').set(bearer(migrant)).type('json').send(json).expect(400);
      expectRefusal(response.body, message);
      expect((await t.http().get('/api/me').set(bearer(migrant)).expect(200)).body).toEqual(before.body);
    });

    it('refuses them on sign-up and login', async () => {
      const usersBefore = await count('users');
      const signup = JSON.stringify(signupBody()).replace(/^\{/, '{"__proto__": {"role": "staff"}, ');
      expectRefusal((await t.http().post('/api/auth/signup').type('json').send(signup).expect(400)).body, 'property __proto__ should not exist');
      expect(await count('users')).toBe(usersBefore);
      const login = JSON.stringify({ email: migrant.email, password: migrant.password, constructor: 'x' });
      expectRefusal((await t.http().post('/api/auth/login').type('json').send(login).expect(400)).body, 'property constructor should not exist');
    });

    it('refuses them in query strings', async () => {
      expectRefusal((await t.http().get('/api/places?q=Amst&__proto__=x').expect(400)).body, 'property __proto__ should not exist');
    });
  });

  it('answers refusals on routes that serve calendars as JSON errors too', async () => {
    const parameter = await t.http().get('/api/meetups/not-a-uuid/ics').set(bearer(migrant)).expect(400);
    expect(parameter.headers['content-type']).toMatch(/^application\/json/);
    expect(parameter.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const feed = await t.http().get('/api/me/calendar.ics?token=not-a-token').expect(401);
    expect(feed.headers['content-type']).toMatch(/^application\/json/);
    expect(feed.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  describe('null where a value or nothing is expected', () => {
    it('refuses null ids in a report and null days in a suspension, changing nothing', async () => {
      const reports = await t.app.get(DataSource).query(`SELECT count(*) AS count FROM reports`);
      for (const body of [{ messageId: null, reason: 'spam' }, { userId: null, reason: 'spam' }, { matchId: null, reason: 'other' }]) {
        await t.http().post('/api/reports').set(bearer(migrant)).send(body).expect(400);
      }
      expect(await t.app.get(DataSource).query(`SELECT count(*) AS count FROM reports`)).toEqual(reports);
      const person = await signUp(t);
      await t.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(staff)).send({ reason: 'Looking into it', days: null }).expect(400);
      expect((await t.http().get('/api/me').set(bearer(person)).expect(200)).body).toMatchObject({ status: 'active' });
    });
  });

  it('still answers a valid profile update after all of that', async () => {
    await t.http().put('/api/me/profile').set(bearer(migrant)).send(profileInput({ bio: 'Still here 🙂' })).expect(200);
  });
});
