import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SignInRecordsSweep } from '../src/auth/sign-in-records-sweep.js';
import { Clock } from '../src/common/clock.js';
import { JobQueue } from '../src/jobs/job-queue.js';
import { bearer, signUp } from './support/factories.js';
import { eventually } from './support/moderation-fixtures.js';
import { startTestApp, TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Failed logins and ended sessions are personal data kept only while they serve (docs/privacy.md). */
describe('sign-in records are deleted on schedule', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_FAILURE_WINDOW_MINUTES: '15', SESSION_TTL_DAYS: '30', JOB_POLLING_INTERVAL_SECONDS: '1' });
    db = t.app.get(DataSource);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (instant: Date): void => void jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(instant);
  const failuresFor = async (email: string): Promise<number> =>
    Number((await db.query<Array<{ count: string }>>('SELECT count(*) FROM login_failures WHERE email_key = $1', [email.toLowerCase()]))[0].count);
  const sessionsOf = async (userId: string): Promise<number> =>
    Number((await db.query<Array<{ count: string }>>('SELECT count(*) FROM sessions WHERE user_id = $1', [userId]))[0].count);

  it('keeps failed logins inside the limit window and deletes them once they leave it', async () => {
    const person = await signUp(t);
    for (const attempt of [1, 2]) await t.http().post('/api/auth/login').send({ email: person.email, password: `wrong-${attempt}` }).expect(401);
    const sweep = t.app.get(SignInRecordsSweep);

    at(new Date(Date.now() + 14 * MINUTE));
    await sweep.runOnce();
    expect(await failuresFor(person.email)).toBe(2);

    at(new Date(Date.now() + 16 * MINUTE));
    await expect(sweep.runOnce()).resolves.toMatchObject({ failedLogins: expect.any(Number) as unknown });
    expect(await failuresFor(person.email)).toBe(0);
  });

  it('deletes revoked sessions, and live ones once they expire', async () => {
    const person = await signUp(t);
    const second = await t.http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
    await t.http().post('/api/auth/logout').set(bearer(second.body as { accessToken: string })).expect(204);
    expect(await sessionsOf(person.id)).toBe(2);
    const sweep = t.app.get(SignInRecordsSweep);

    await sweep.runOnce();
    expect(await sessionsOf(person.id)).toBe(1);
    await t.http().get('/api/me').set(bearer(person)).expect(200);

    at(new Date(Date.now() + 29 * DAY));
    await sweep.runOnce();
    expect(await sessionsOf(person.id)).toBe(1);

    at(new Date(Date.now() + 31 * DAY));
    await sweep.runOnce();
    expect(await sessionsOf(person.id)).toBe(0);
  });

  it('is scheduled hourly, and a queued run deletes what is due', async () => {
    const schedules: Array<{ cron: string }> = await db.query(`SELECT cron FROM pgboss.schedule WHERE name = 'auth.sweep-sign-in-records'`);
    expect(schedules).toEqual([{ cron: '17 * * * *' }]);
    const person = await signUp(t);
    await t.http().post('/api/auth/login').send({ email: person.email, password: 'wrong-password' }).expect(401);
    expect(await failuresFor(person.email)).toBe(1);
    at(new Date(Date.now() + 16 * MINUTE));
    await t.app.get(JobQueue).send('auth.sweep-sign-in-records');
    await expect(eventually(async () => ((await failuresFor(person.email)) === 0 ? true : undefined), 5000)).resolves.toBe(true);
  });
});
