import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { RetentionJob } from '../src/privacy/retention.job.js';
import { connectChat, send, sentMessage } from './support/chat.js';
import { bearer, createStaff, eventually, pairOfPeople, proposeMatch, type SignedUpUser } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function clockAt(t: TestApp, at: Date): void {
  jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
}

interface StoredMessage {
  seq: number;
  body: string;
  body_erased: boolean;
}

async function messagesOf(t: TestApp, matchId: string): Promise<StoredMessage[]> {
  return t.app.get(DataSource).query(`SELECT seq, body, body_erased FROM messages WHERE match_id = $1 ORDER BY seq`, [matchId]);
}

/** An active match with a short conversation and a check-in with a comment, then ended by the migrant. */
async function endedConversation(t: TestApp, words: string[]): Promise<{ matchId: string; migrant: SignedUpUser; host: SignedUpUser; endedAt: Date }> {
  const { migrant, host } = await pairOfPeople(t);
  const match = await proposeMatch(t, migrant, host, { acceptedByMigrant: true });
  await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
  const socket = await connectChat(t, migrant);
  try {
    for (const word of words) sentMessage(await send(socket, match.id, word));
  } finally {
    socket.disconnect();
  }
  await t.http().post(`/api/matches/${match.id}/check-ins`).set(bearer(host)).send({ score: 4, comment: 'We walked along the canal' }).expect(201);
  await t.http().post(`/api/matches/${match.id}/end`).set(bearer(migrant)).send({ reason: 'other' }).expect(200);
  const [row] = await t.app.get(DataSource).query<Array<{ ended_at: Date }>>(`SELECT ended_at FROM matches WHERE id = $1`, [match.id]);
  return { matchId: match.id, migrant, host, endedAt: row.ended_at };
}

describe('Retention (RETENTION_MESSAGE_DAYS=30, RETENTION_NOTIFICATION_DAYS=60, RETENTION_EMAIL_DAYS=45)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ RETENTION_MESSAGE_DAYS: '30', RETENTION_NOTIFICATION_DAYS: '60', RETENTION_EMAIL_DAYS: '45' });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  it('erases the text of a conversation and its check-in comments once the match has been over for the period, keeping rows, order and counts', async () => {
    const over = await endedConversation(t, ['Hello!', 'Shall we meet on Saturday?', 'See you at the library']);
    const reported = await endedConversation(t, ['Hi', 'Something felt wrong']);
    await t.http().post('/api/reports').set(bearer(reported.host)).send({ matchId: reported.matchId, reason: 'harassment', details: 'Kept messaging after I said no' }).expect(201);
    const { migrant, host } = await pairOfPeople(t);
    const ongoing = await proposeMatch(t, migrant, host, { acceptedByMigrant: true });
    await t.http().post(`/api/matches/${ongoing.id}/accept`).set(bearer(host)).expect(200);
    const socket = await connectChat(t, host);
    sentMessage(await send(socket, ongoing.id, 'Still talking'));
    socket.disconnect();
    const job = t.app.get(RetentionJob);
    const db = t.app.get(DataSource);

    clockAt(t, new Date(over.endedAt.getTime() + 30 * DAY_MS - 60_000));
    await job.runOnce();
    expect((await messagesOf(t, over.matchId)).map((m) => m.body)).toEqual(['Hello!', 'Shall we meet on Saturday?', 'See you at the library']);

    clockAt(t, new Date(reported.endedAt.getTime() + 30 * DAY_MS + 60_000));
    // Batches of one: the loop carries on until nothing is due.
    const swept = await job.runOnce(1);
    expect(swept.messages).toBeGreaterThanOrEqual(1);
    expect(await messagesOf(t, over.matchId)).toEqual([
      { seq: 1, body: '', body_erased: true },
      { seq: 2, body: '', body_erased: true },
      { seq: 3, body: '', body_erased: true },
    ]);
    const [checkIn] = await db.query<Array<{ score: number; comment: string | null }>>(`SELECT score, comment FROM check_ins WHERE match_id = $1`, [over.matchId]);
    expect(checkIn).toEqual({ score: 4, comment: null });
    // The participants' history keeps its shape, without the words (read at today's time: a session lasts 30 days).
    jest.restoreAllMocks();
    const history = await t.http().get(`/api/matches/${over.matchId}/messages`).set(bearer(over.host)).expect(200);
    const items = (history.body as { items: Array<{ seq: number; body: string | null }> }).items;
    expect(items.map((m) => [m.seq, m.body])).toEqual([[1, null], [2, null], [3, null]]);
    // An open report keeps its conversation for staff; an ongoing match is not touched.
    expect((await messagesOf(t, reported.matchId)).map((m) => m.body)).toEqual(['Hi', 'Something felt wrong']);
    expect((await messagesOf(t, ongoing.id)).map((m) => m.body)).toEqual(['Still talking']);

    // Idempotent: a second run finds nothing more to do.
    clockAt(t, new Date(reported.endedAt.getTime() + 30 * DAY_MS + 60_000));
    const again = await job.runOnce();
    expect(again.messages).toBe(0);
    expect(again.checkInComments).toBe(0);

    // Once staff resolve the report, the next run erases that conversation too.
    const staff = await createStaff(t);
    jest.restoreAllMocks();
    const queue = await t.http().get('/api/staff/reports?status=open&limit=100').set(bearer(staff)).expect(200);
    const report = (queue.body as { items: Array<{ id: string; matchId: string | null }> }).items.find((r) => r.matchId === reported.matchId);
    expect(report).toBeDefined();
    await t.http().post(`/api/staff/reports/${report!.id}/resolve`).set(bearer(staff)).send({ action: 'dismiss', note: 'Spoke to both' }).expect(200);
    clockAt(t, new Date(reported.endedAt.getTime() + 31 * DAY_MS));
    await job.runOnce();
    expect(await messagesOf(t, reported.matchId)).toEqual([
      { seq: 1, body: '', body_erased: true },
      { seq: 2, body: '', body_erased: true },
    ]);
    const [counted] = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM messages WHERE match_id = ANY($1)`, [[over.matchId, reported.matchId]]);
    expect(counted.n).toBe(5);
  });

  it('deletes notifications older than their period and keeps younger ones', async () => {
    const { migrant, host } = await pairOfPeople(t);
    await proposeMatch(t, migrant, host);
    const notificationsOf = async (userId: string): Promise<number> => {
      const [row] = await t.app.get(DataSource).query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [userId]);
      return row.n;
    };
    await eventually(async () => expect(await notificationsOf(host.id)).toBe(1));
    const job = t.app.get(RetentionJob);

    clockAt(t, new Date(Date.now() + 59 * DAY_MS));
    await job.runOnce();
    expect(await notificationsOf(host.id)).toBe(1);

    clockAt(t, new Date(Date.now() + 61 * DAY_MS));
    const swept = await job.runOnce();
    expect(swept.notifications).toBeGreaterThanOrEqual(1);
    expect(await notificationsOf(host.id)).toBe(0);
    jest.restoreAllMocks();
    const list = await t.http().get('/api/notifications').set(bearer(host)).expect(200);
    expect((list.body as { items: unknown[] }).items).toEqual([]);
  });

  it('deletes records of sent and failed emails older than their period, never a queued one', async () => {
    const { migrant } = await pairOfPeople(t);
    const db = t.app.get(DataSource);
    const now = Date.now();
    const emails = {
      oldSent: { state: 'sent', age: 46 },
      oldFailed: { state: 'failed', age: 50 },
      oldQueued: { state: 'queued', age: 80 },
      youngSent: { state: 'sent', age: 44 },
    };
    const ids: Record<string, string> = {};
    for (const [name, email] of Object.entries(emails)) {
      ids[name] = randomUUID();
      await db.query(
        `INSERT INTO emails (id, user_id, type, idempotency_key, locale, subject, state, created_at) VALUES ($1, $2, 'match.active', $3, 'en', 'Your match', $4, $5)`,
        [ids[name], migrant.id, `retention-test:${ids[name]}`, email.state, new Date(now - email.age * DAY_MS)],
      );
    }
    clockAt(t, new Date(now));
    await t.app.get(RetentionJob).runOnce();
    const left = await db.query<Array<{ id: string }>>(`SELECT id FROM emails WHERE id = ANY($1)`, [Object.values(ids)]);
    expect(left.map((row) => row.id).sort()).toEqual([ids.oldQueued, ids.youngSent].sort());
  });
});

describe('Retention through the job queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ JOB_POLLING_INTERVAL_SECONDS: '1', RETENTION_NOTIFICATION_DAYS: '10' });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('is scheduled daily, and a queued run applies the periods', async () => {
    const db = t.app.get(DataSource);
    const schedules = await db.query<Array<{ name: string; cron: string }>>(`SELECT name, cron FROM pgboss.schedule WHERE name = 'privacy.apply-retention'`);
    expect(schedules).toEqual([{ name: 'privacy.apply-retention', cron: '41 3 * * *' }]);
    const { migrant, host } = await pairOfPeople(t);
    await proposeMatch(t, migrant, host);
    const count = async (): Promise<number> => {
      const [row] = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [host.id]);
      return row.n;
    };
    await eventually(async () => expect(await count()).toBe(1));
    clockAt(t, new Date(Date.now() + 11 * DAY_MS));
    const { JobQueue } = await import('../src/jobs/job-queue.js');
    await t.app.get(JobQueue).send('privacy.apply-retention');
    await eventually(async () => expect(await count()).toBe(0), 5000);
  });
});
