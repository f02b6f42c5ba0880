import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { CheckInsDueJob } from '../src/check-ins/check-ins-due.job.js';
import { Clock } from '../src/common/clock.js';
import { ProgrammeTermsJob } from '../src/matches/programme-terms.job.js';
import { bearer, createStaff, eventually, pairOfPeople, proposeMatch, SignedUpUser } from './support/factories.js';
import { createOrganisation, createProgramme } from './support/organisations.js';
import { startTestApp, TestApp } from './support/test-app.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function clockAt(t: TestApp, at: Date): void {
  jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
}

/** An active match with the programme's terms, activated at `activatedAt`. */
async function activeWithTerms(t: TestApp, terms: { matchWeeks?: number; checkInWeeks?: number }, activatedAt: Date, programmeId?: string) {
  const { migrant, host } = await pairOfPeople(t);
  const match = await proposeMatch(t, migrant, host, { matchWeeks: terms.matchWeeks, checkInWeeks: terms.checkInWeeks, programmeId });
  await t.app.get(DataSource).query(`UPDATE matches SET status = 'active', accepted_by_migrant = true, accepted_by_host = true, activated_at = $2 WHERE id = $1`, [match.id, activatedAt]);
  return { migrant, host, matchId: match.id };
}

async function notificationsOf(t: TestApp, user: SignedUpUser, type: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const list = await t.http().get('/api/notifications?limit=100').set(bearer(user)).expect(200);
  return (list.body.items as Array<{ type: string; data: Record<string, unknown> }>).filter((n) => n.type === type);
}

async function statusOf(t: TestApp, matchId: string): Promise<{ status: string; close_reason: string | null; closed_by: string | null }> {
  const [row] = await t.app.get(DataSource).query(`SELECT status, close_reason, closed_by FROM matches WHERE id = $1`, [matchId]);
  return row as { status: string; close_reason: string | null; closed_by: string | null };
}

describe('Programme terms: matchWeeks and checkInWeeks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells both people once, two weeks before the end, then ends the match as the system when matchWeeks are over', async () => {
    const activatedAt = new Date(Date.now() - DAY_MS);
    const { migrant, host, matchId } = await activeWithTerms(t, { matchWeeks: 6 }, activatedAt);
    const job = t.app.get(ProgrammeTermsJob);
    const endsAt = new Date(activatedAt.getTime() + 42 * DAY_MS);

    clockAt(t, new Date(endsAt.getTime() - 14 * DAY_MS - 60_000));
    expect((await job.runOnce()).noticed).not.toContain(matchId);

    clockAt(t, new Date(endsAt.getTime() - 14 * DAY_MS + 60_000));
    expect((await job.runOnce()).noticed).toContain(matchId);
    expect((await job.runOnce()).noticed).not.toContain(matchId);
    jest.restoreAllMocks(); // sessions expire by the clock too
    for (const person of [migrant, host]) {
      await eventually(async () => expect(await notificationsOf(t, person, 'match.ending')).toEqual([expect.objectContaining({ data: { matchId, programmeId: expect.any(String), endsAt: endsAt.toISOString() } })]));
    }
    expect((await statusOf(t, matchId)).status).toBe('active');

    clockAt(t, new Date(endsAt.getTime() - 60_000));
    expect((await job.runOnce()).ended).not.toContain(matchId);
    clockAt(t, new Date(endsAt.getTime() + 60_000));
    const sweep = await job.runOnce();
    expect(sweep.ended).toContain(matchId);
    expect(sweep.noticed).not.toContain(matchId);
    expect(await statusOf(t, matchId)).toEqual({ status: 'ended', close_reason: 'match-weeks-over', closed_by: null });
    jest.restoreAllMocks();
    for (const person of [migrant, host]) {
      await eventually(async () => expect(await notificationsOf(t, person, 'match.ended')).toEqual([expect.objectContaining({ data: { matchId, reason: 'match-weeks-over' } })]));
      expect(await notificationsOf(t, person, 'match.ending')).toHaveLength(1);
    }
    const audit = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [matchId]);
    expect(audit).toEqual([{ n: 0 }]);
  });

  it('leaves matches without matchWeeks, and proposals, alone', async () => {
    const longAgo = new Date(Date.now() - 400 * DAY_MS);
    const open = await activeWithTerms(t, {}, longAgo);
    const { migrant, host } = await pairOfPeople(t);
    const proposal = await proposeMatch(t, migrant, host, { matchWeeks: 1 });
    const sweep = await t.app.get(ProgrammeTermsJob).runOnce();
    expect(sweep.ended).not.toContain(open.matchId);
    expect(sweep.ended).not.toContain(proposal.id);
    expect((await statusOf(t, open.matchId)).status).toBe('active');
    expect((await statusOf(t, proposal.id)).status).toBe('proposed');
  });

  it('asks both people to check in once per checkInWeeks period of an active match', async () => {
    const activatedAt = new Date(Date.now() - DAY_MS);
    const { migrant, host, matchId } = await activeWithTerms(t, { checkInWeeks: 2 }, activatedAt);
    const job = t.app.get(CheckInsDueJob);
    const at = (days: number) => new Date(activatedAt.getTime() + days * DAY_MS);

    clockAt(t, at(13.9));
    expect(await job.runOnce()).not.toContain(`${matchId}:1`);
    clockAt(t, at(14.1));
    expect(await job.runOnce()).toContain(`${matchId}:1`);
    expect((await job.runOnce()).filter((id) => id.startsWith(matchId))).toEqual([]);
    clockAt(t, at(27));
    expect((await job.runOnce()).filter((id) => id.startsWith(matchId))).toEqual([]);
    clockAt(t, at(28.5));
    expect(await job.runOnce()).toContain(`${matchId}:2`);
    jest.restoreAllMocks();
    for (const person of [migrant, host]) {
      await eventually(async () => {
        const due = await notificationsOf(t, person, 'checkin.due');
        expect(due.map((n) => n.data.period).sort()).toEqual([1, 2]);
        expect(due.every((n) => n.data.matchId === matchId)).toBe(true);
      });
    }
  });

  it('takes check-ins from participants only, while active or one period after the end, and shows staff their organisation\'s', async () => {
    const activatedAt = new Date(Date.now() - 3 * DAY_MS);
    const { migrant, host, matchId } = await activeWithTerms(t, { checkInWeeks: 2 }, activatedAt);
    const checkIn = (user: SignedUpUser, _unused: Record<string, unknown>) => t.http().post(`/api/matches/${matchId}/check-ins`).set(bearer(user));
    const low = await checkIn(migrant, {}).send({ score: 2, comment: 'We rarely meet' }).expect(201);
    expect(low.body).toMatchObject({ matchId, userId: migrant.id, score: 2, comment: 'We rarely meet', wantsContact: false });
    const happy = await checkIn(host, {}).send({ score: 5 }).expect(201);
    expect(happy.body).toMatchObject({ score: 5, comment: null, wantsContact: false });
    const call = await checkIn(host, {}).send({ score: 4, wantsContact: true }).expect(201);

    const { migrant: stranger } = await pairOfPeople(t);
    await checkIn(stranger, {}).send({ score: 3 }).expect(404);
    for (const bad of [{ score: 0 }, { score: 6 }, { score: 2.5 }, {}, { score: 3, comment: 'x'.repeat(1001) }, { score: 3, extra: 1 }, { score: 3, wantsContact: 'yes' }]) {
      await checkIn(migrant, {}).send(bad).expect(400);
    }

    const staff = await createStaff(t);
    const all = await t.http().get('/api/staff/check-ins?limit=100').set(bearer(staff)).expect(200);
    const ids = (all.body.items as Array<{ id: string }>).map((c) => c.id);
    expect(ids.indexOf(call.body.id)).toBeLessThan(ids.indexOf(happy.body.id));
    expect(ids.indexOf(happy.body.id)).toBeLessThan(ids.indexOf(low.body.id));
    const attention = await t.http().get('/api/staff/check-ins?attention=true&limit=100').set(bearer(staff)).expect(200);
    const attentionIds = (attention.body.items as Array<{ id: string }>).map((c) => c.id);
    expect(attentionIds).toEqual(expect.arrayContaining([low.body.id, call.body.id]));
    expect(attentionIds).not.toContain(happy.body.id);
    const paged = await t.http().get('/api/staff/check-ins?limit=1').set(bearer(staff)).expect(200);
    expect(paged.body.items).toHaveLength(1);
    const next = await t.http().get(`/api/staff/check-ins?limit=1&cursor=${paged.body.nextCursor as string}`).set(bearer(staff)).expect(200);
    expect(next.body.items[0].id).not.toBe(paged.body.items[0].id);

    // Another organisation's coordinator sees none of it, and its programme ids answer 404 the other way round.
    const other = await createOrganisation(t);
    const otherProgramme = await createProgramme(t, { organisationId: other.id });
    const otherStaff = await createStaff(t, { organisationId: other.id });
    const theirs = await t.http().get('/api/staff/check-ins?limit=100').set(bearer(otherStaff)).expect(200);
    expect((theirs.body.items as Array<{ matchId: string }>).some((c) => c.matchId === matchId)).toBe(false);
    await t.http().get(`/api/staff/check-ins?programmeId=${otherProgramme.id}`).set(bearer(staff)).expect(404);
    await t.http().get('/api/staff/check-ins').set(bearer(migrant)).expect(403);

    // Ended: one period more, then no longer.
    await t.app.get(DataSource).query(`UPDATE matches SET status = 'ended', ended_at = $2 WHERE id = $1`, [matchId, new Date()]);
    await checkIn(migrant, {}).send({ score: 3 }).expect(201);
    clockAt(t, new Date(Date.now() + 15 * DAY_MS));
    const late = await checkIn(migrant, {}).send({ score: 3 }).expect(409);
    expect(late.body.code).toBe('check-in.match-not-active');
  });

  it('exports a person\'s check-ins and forgets their comments on erasure', async () => {
    const { migrant, matchId } = await activeWithTerms(t, { checkInWeeks: 4 }, new Date(Date.now() - DAY_MS));
    await t.http().post(`/api/matches/${matchId}/check-ins`).set(bearer(migrant)).send({ score: 4, comment: 'Going well' }).expect(201);
    const exported = await t.http().get('/api/me/export').set(bearer(migrant)).expect(200);
    expect(exported.body.checkIns).toEqual([expect.objectContaining({ matchId, score: 4, comment: 'Going well' })]);
    await t.http().delete('/api/me').set(bearer(migrant)).send({ password: migrant.password }).expect(204);
    const rows = await t.app.get(DataSource).query(`SELECT comment, score FROM check_ins WHERE match_id = $1`, [matchId]);
    expect(rows).toEqual([{ comment: null, score: 4 }]);
  });
});
