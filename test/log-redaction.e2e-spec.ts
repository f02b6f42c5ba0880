import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { connectChat, send } from './support/chat.js';
import { activeMatch, bearer, createStaff, SignedUpUser, signUp, withProfile } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface LogLine {
  msg?: string;
  context?: string;
  req?: { url?: string };
  route?: string;
  err?: { type?: string; code?: string; query?: string; message?: string };
}

/**
 * The app at the most talkative level, its log lines captured, used the way people use it and
 * fuzzed with secrets in every route's query string, and made to fail inside the database with
 * the secrets in the failing statement: not one planted secret reaches the log.
 */
describe('logs that leak nothing', () => {
  const chunks: string[] = [];
  const planted = {
    email: `planted-${randomUUID()}@example.org`,
    password: `Planted-${randomUUID()}-passphrase`,
    failingEmail: `planted-${randomUUID()}@example.org`,
    messageBody: `planted message ${randomUUID()}`,
    queryToken: `planted-query-token-${randomUUID()}`,
    querySecret: `planted-query-secret-${randomUUID()}`,
    unsubscribeToken: `planted-unsubscribe-${randomUUID()}`,
    resetToken: `planted-reset-${randomUUID()}`,
  };
  let t: TestApp;
  let db: DataSource;
  let migrant: SignedUpUser;
  let calendarToken: string;

  const logText = (): string => chunks.join('');
  const logLines = (): LogLine[] =>
    logText()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);
  /** Every planted secret, and the session tokens and password hashes the app made from them. */
  const secrets = async (): Promise<string[]> => {
    const hashes = await db.query<Array<{ password_hash: string }>>('SELECT password_hash FROM users WHERE password_hash IS NOT NULL');
    return [...Object.values(planted), calendarToken, migrant.accessToken, ...hashes.map((row) => row.password_hash)];
  };
  const leaked = async (): Promise<string[]> => {
    const text = logText();
    return (await secrets()).filter((secret) => text.includes(secret) || text.includes(encodeURIComponent(secret)));
  };

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    t = await startTestApp({ LOG_LEVEL: 'trace', RATE_LIMIT_PER_USER: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000' }, undefined, { logDestination: destination });
    db = t.app.get(DataSource);
    migrant = await withProfile(t, await signUp(t, { email: planted.email, password: planted.password }));
    await t.http().post('/api/auth/login').send({ email: planted.email, password: `${planted.password}-wrong` }).expect(401);
    await t.http().post('/api/auth/login').send({ email: planted.email, password: planted.password }).expect(200);
    calendarToken = ((await t.http().post('/api/me/calendar-token').set(bearer(migrant)).expect(201)).body as { token: string }).token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the calendar token, unsubscribe and reset tokens out of the access log', async () => {
    await t.http().get(`/api/me/calendar.ics?token=${calendarToken}`).expect(200);
    await t.http().post(`/api/unsubscribe?token=${planted.unsubscribeToken}`).expect(400);
    // The web client's pages are served by the app too, so the reset link's request is logged.
    await t.http().get(`/reset-password?token=${planted.resetToken}`);
    const urls = logLines().flatMap((line) => (line.req?.url === undefined ? [] : [line.req.url]));
    expect(urls).toEqual(expect.arrayContaining(['/api/me/calendar.ics?token=[redacted]', '/api/unsubscribe?token=[redacted]', '/reset-password?token=[redacted]']));
    expect(await leaked()).toEqual([]);
  });

  it('keeps secret query values of every route out of the log, whatever the route answers', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const staff = await createStaff(t, { role: 'admin', organisationId: null });
    // A NUL makes every route refuse before it acts; the line is logged all the same.
    const query = `token=${planted.queryToken}&password=${planted.querySecret}&secret=${planted.querySecret}&code=${planted.querySecret}&x=%00`;
    let sent = 0;
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations) as Array<'get' | 'post' | 'put' | 'patch' | 'delete'>) {
        const path = template.replace(/\{[^}]+\}/g, () => randomUUID());
        const { status } = await t.http()[method](`${path}?${query}`).set(bearer(template.startsWith('/api/staff/') || template.startsWith('/api/admin/') ? staff : migrant));
        expect({ route: `${method} ${template}`, status: status < 500 }).toEqual({ route: `${method} ${template}`, status: true });
        sent += 1;
      }
    }
    expect(sent).toBeGreaterThan(50);
    const redactedLines = logLines().filter((line) => line.req?.url?.includes('token=[redacted]&password=[redacted]&secret=[redacted]&code=[redacted]&x=%00'));
    expect(redactedLines.length).toBeGreaterThanOrEqual(sent);
    expect(await leaked()).toEqual([]);
  });

  it('logs an unexpected database failure by its code and SQL, never the values of the failing statement', async () => {
    // A failure the app cannot foresee, raised inside the statement that carries the secrets.
    await db.query(`CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'cannot store %', NEW.email USING DETAIL = NEW.password_hash, ERRCODE = 'XX000'; END $$`);
    await db.query('CREATE TRIGGER refuse_user BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION refuse_user()');
    try {
      await t.http().post('/api/auth/signup').send({ email: planted.failingEmail, password: planted.password, displayName: 'Amal', role: 'migrant', acceptTerms: true }).expect(500);
    } finally {
      await db.query('DROP TRIGGER refuse_user ON users');
    }
    const failure = logLines().find((line) => line.msg === 'Unhandled error');
    expect(failure?.route).toBe('POST /api/auth/signup');
    expect(failure?.err).toMatchObject({ type: 'QueryFailedError', code: 'XX000', message: 'cannot store [redacted]' });
    expect(failure?.err?.query).toMatch(/INSERT INTO "users"/i);
    expect(await leaked()).toEqual([]);
  });

  it('logs a chat message the database refuses without its text', async () => {
    const host = await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 1 });
    const match = await activeMatch(t, migrant, host);
    await db.query(`CREATE FUNCTION refuse_message() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'cannot store "%"', NEW.body USING DETAIL = NEW.body, ERRCODE = 'XX000'; END $$`);
    await db.query('CREATE TRIGGER refuse_message BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_message()');
    const socket = await connectChat(t, migrant);
    try {
      expect(await send(socket, match.id, planted.messageBody)).toMatchObject({ ok: false, code: 'internal' });
    } finally {
      socket.close();
      await db.query('DROP TRIGGER refuse_message ON messages');
    }
    const failure = logLines().find((line) => line.msg === 'Unhandled socket error');
    expect(failure?.err).toMatchObject({ code: 'XX000', message: 'cannot store "[redacted]"' });
    expect(await leaked()).toEqual([]);
  });
});
