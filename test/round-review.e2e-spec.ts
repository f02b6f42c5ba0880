import { DataSource } from 'typeorm';
import { MatchingRunPairsRepository } from '../src/matching/matching-run-pairs.repository.js';
import { bearer, createStaff, eventually, signUp, type SignedUpUser, withProfile } from './support/factories.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Run {
  id: string;
  status: string;
  proposals: number;
  totalScore: number;
  dryRun: boolean;
  scoreHistogram: Array<{ from: number; to: number; count: number }> | null;
  committedAt: string | null;
  discardedAt: string | null;
  reviewableUntil: string | null;
}
interface Pair {
  id: string;
  rank: number;
  score: number;
  migrant: { id: string; displayName: string; placeName: string | null };
  host: { id: string; displayName: string };
  reasons: Array<{ factor: string; code: string }>;
  migrantWaitingSince: string;
}
interface PairsPage {
  items: Pair[];
  total: number;
  page: number;
  limit: number;
  programme: { id: string; name: string };
}

describe("A matching round's review", () => {
  let t: TestApp;
  let db: DataSource;
  let staff: SignedUpUser;
  let stranger: SignedUpUser;
  let programmeId: string;
  const migrants: SignedUpUser[] = [];
  const hosts: SignedUpUser[] = [];

  const dryRun = async (dry = true): Promise<Run> => {
    const started = await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId, dryRun: dry }).expect(201);
    return eventually(async () => {
      const shown = await t.http().get(`/api/staff/matching/runs/${(started.body as Run).id}`).set(bearer(staff)).expect(200);
      expect((shown.body as Run).status).toBe('finished');
      return shown.body as Run;
    }, 10_000);
  };
  const pairsOf = async (runId: string, query = ''): Promise<PairsPage> =>
    (await t.http().get(`/api/staff/matching/runs/${runId}/pairs${query}`).set(bearer(staff)).expect(200)).body as PairsPage;
  const matchesOfProgramme = () =>
    db.query<Array<{ migrant_id: string; host_id: string; run_id: string | null; status: string }>>(`SELECT migrant_id, host_id, run_id, status FROM matches WHERE programme_id = $1`, [programmeId]);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const organisation = await createOrganisation(t, { name: 'Review society' });
    programmeId = (await createProgramme(t, { organisationId: organisation.id, name: 'Reviewed pairs' })).id;
    staff = await createStaff(t, { organisationId: organisation.id });
    stranger = await createStaff(t, { organisationId: (await createOrganisation(t, { name: 'Elsewhere' })).id });
    for (let i = 0; i < 5; i++) {
      const migrant = await withProfile(t, await signUp(t, { displayName: `Newcomer ${i}` }), { interests: i % 2 === 0 ? ['cooking'] : ['chess'] });
      await joinProgramme(t, { userId: migrant.id, programmeId, role: 'migrant' });
      migrants.push(migrant);
    }
    for (let i = 0; i < 4; i++) {
      const host = await withProfile(t, await signUp(t, { role: 'host', displayName: `Volunteer ${i}` }), { capacity: 1, interests: i % 2 === 0 ? ['cooking', 'gardening'] : ['music'] });
      await joinProgramme(t, { userId: host.id, programmeId, role: 'host' });
      hosts.push(host);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the pairs a dry run would propose, equal in number and total score to its figures, and proposes nothing', async () => {
    const run = await dryRun();
    expect(run.proposals).toBe(4);
    expect(run.reviewableUntil).not.toBeNull();
    expect(run.scoreHistogram?.reduce((sum, b) => sum + b.count, 0)).toBe(4);
    const page = await pairsOf(run.id, '?limit=100');
    expect(page.total).toBe(4);
    expect(page.programme).toEqual({ id: programmeId, name: 'Reviewed pairs' });
    expect(Math.round(page.items.reduce((sum, p) => sum + p.score, 0) * 10) / 10).toBe(run.totalScore);
    expect(page.items[0].migrant.displayName).toMatch(/^Newcomer /);
    expect(page.items[0].migrant.placeName).not.toBeNull();
    expect(page.items[0].host.displayName).toMatch(/^Volunteer /);
    expect(page.items[0].reasons.map((r) => r.factor)).toContain('language');
    expect(await matchesOfProgramme()).toEqual([]);
  });

  it('paginates and sorts the pairs', async () => {
    const run = await dryRun();
    const all = (await pairsOf(run.id, '?limit=100')).items;
    expect(all.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    expect(all.map((p) => p.score)).toEqual([...all.map((p) => p.score)].sort((a, b) => b - a));
    const first = await pairsOf(run.id, '?limit=3&page=1');
    const second = await pairsOf(run.id, '?limit=3&page=2');
    expect(first.items.map((p) => p.id)).toEqual(all.slice(0, 3).map((p) => p.id));
    expect(second.items.map((p) => p.id)).toEqual(all.slice(3).map((p) => p.id));
    expect(second).toMatchObject({ total: 4, page: 2, limit: 3 });
    const lowest = await pairsOf(run.id, '?sort=score&limit=100');
    expect(lowest.items.map((p) => p.id)).toEqual([...all].reverse().map((p) => p.id));
    const waiting = await pairsOf(run.id, '?sort=waiting&limit=100');
    const since = waiting.items.map((p) => p.migrantWaitingSince);
    expect(since).toEqual([...since].sort());
    await t.http().get(`/api/staff/matching/runs/${run.id}/pairs?sort=name`).set(bearer(staff)).expect(400);
    await t.http().get(`/api/staff/matching/runs/${run.id}/pairs?limit=0`).set(bearer(staff)).expect(400);
  });

  it('discards a preview: its pairs are gone, it cannot be committed after, and the discard is audited', async () => {
    const run = await dryRun();
    await t.http().post(`/api/staff/matching/runs/${run.id}/discard`).set(bearer(staff)).expect(204);
    expect((await pairsOf(run.id)).total).toBe(0);
    const commit = await t.http().post(`/api/staff/matching/runs/${run.id}/commit`).set(bearer(staff)).expect(409);
    expect(commit.body).toMatchObject({ code: 'matching.run-discarded' });
    await t.http().post(`/api/staff/matching/runs/${run.id}/discard`).set(bearer(staff)).expect(409);
    const shown = (await t.http().get(`/api/staff/matching/runs/${run.id}`).set(bearer(staff)).expect(200)).body as Run;
    expect(shown.discardedAt).not.toBeNull();
    expect(shown.reviewableUntil).toBeNull();
    const audit = await db.query<Array<{ action: string }>>(`SELECT action FROM audit_log WHERE target_id = $1`, [run.id]);
    expect(audit.map((a) => a.action)).toEqual(['matching.run.discard']);
  });

  it("answers 404 to another organisation's coordinator and changes nothing", async () => {
    const run = await dryRun();
    await t.http().get(`/api/staff/matching/runs/${run.id}/pairs`).set(bearer(stranger)).expect(404);
    await t.http().post(`/api/staff/matching/runs/${run.id}/commit`).set(bearer(stranger)).expect(404);
    await t.http().post(`/api/staff/matching/runs/${run.id}/discard`).set(bearer(stranger)).expect(404);
    expect((await pairsOf(run.id)).total).toBe(4);
    expect(await matchesOfProgramme()).toEqual([]);
  });

  it('refuses to commit a preview older than a day', async () => {
    const run = await dryRun();
    await db.query(`UPDATE matching_runs SET finished_at = now() - interval '25 hours' WHERE id = $1`, [run.id]);
    const answer = await t.http().post(`/api/staff/matching/runs/${run.id}/commit`).set(bearer(staff)).expect(409);
    expect(answer.body).toMatchObject({ code: 'matching.run-stale' });
    expect(await matchesOfProgramme()).toEqual([]);
  });

  it('proposes exactly the reviewed pairs, skipping one that became ineligible with its reason, once', async () => {
    const run = await dryRun();
    const reviewed = (await pairsOf(run.id, '?limit=100')).items;
    const suspended = reviewed[1];
    await db.query(`UPDATE users SET status = 'suspended', suspended_until = now() + interval '7 days' WHERE id = $1`, [suspended.migrant.id]);
    const answer = await t.http().post(`/api/staff/matching/runs/${run.id}/commit`).set(bearer(staff)).expect(200);
    const body = answer.body as { run: Run; committed: Array<Pair & { matchId: string }>; skipped: Array<Pair & { code: string; message: string }> };
    expect(body.skipped.map((p) => [p.id, p.code])).toEqual([[suspended.id, 'matching.inactive-or-incomplete']]);
    expect(body.committed.map((p) => p.id)).toEqual(reviewed.filter((p) => p.id !== suspended.id).map((p) => p.id));
    expect(body.run.committedAt).not.toBeNull();
    const matches = await matchesOfProgramme();
    const key = (m: { migrant: string; host: string }) => `${m.migrant}|${m.host}`;
    expect(matches.map((m) => key({ migrant: m.migrant_id, host: m.host_id })).sort()).toEqual(body.committed.map((p) => key({ migrant: p.migrant.id, host: p.host.id })).sort());
    expect(matches.every((m) => m.status === 'proposed' && m.run_id === run.id)).toBe(true);
    expect((await pairsOf(run.id)).total).toBe(0);
    const again = await t.http().post(`/api/staff/matching/runs/${run.id}/commit`).set(bearer(staff)).expect(409);
    expect(again.body).toMatchObject({ code: 'matching.run-committed' });
    expect(await matchesOfProgramme()).toHaveLength(3);
    const audit = await db.query<Array<{ action: string; note: string; organisation_id: string; actor_id: string }>>(
      `SELECT action, note, organisation_id, actor_id FROM audit_log WHERE target_id = $1`,
      [run.id],
    );
    expect(audit).toEqual([{ action: 'matching.run.commit', note: '3 proposed, 1 skipped', organisation_id: expect.any(String) as string, actor_id: staff.id }]);
    await db.query(`UPDATE users SET status = 'active', suspended_until = NULL WHERE id = $1`, [suspended.migrant.id]);
  });

  it('refuses to commit a round that proposed directly', async () => {
    const run = await dryRun(false);
    expect(run.dryRun).toBe(false);
    const answer = await t.http().post(`/api/staff/matching/runs/${run.id}/commit`).set(bearer(staff)).expect(409);
    expect(answer.body).toMatchObject({ code: 'matching.run-not-reviewable' });
  });

  it("writes a big round's pairs a slice at a time, and all of them or none", async () => {
    const [{ id: runId }] = await db.query<Array<{ id: string }>>(
      `INSERT INTO matching_runs (programme_id, status, dry_run, algorithm, finished_at) VALUES ($1, 'finished', true, 'test', now()) RETURNING id`,
      [programmeId],
    );
    const people = await db.query<Array<{ id: string }>>(`INSERT INTO users (email, display_name, role, terms_accepted_at) SELECT 'many-' || n || '@example.org', 'Many ' || n, 'migrant', now() FROM generate_series(1, 4500) n RETURNING id`);
    const pairs = people.map((person, index) => ({ rank: index + 1, migrantId: person.id, hostId: hosts[0].id, score: 50, reasons: [], migrantWaitingSince: new Date() }));
    const stored = async () => (await db.query<Array<{ count: number; ranks: number }>>(`SELECT count(*)::int AS count, count(DISTINCT rank)::int AS ranks FROM matching_run_pairs WHERE run_id = $1`, [runId]))[0];
    try {
      const pairsRepository = t.app.get(MatchingRunPairsRepository);
      // The last slice holds a pair the database refuses (nobody has this id): the slices before it are not kept either.
      const refused = pairs.map((pair, index) => (index === pairs.length - 1 ? { ...pair, migrantId: '00000000-0000-4000-8000-00000000dead' } : pair));
      await expect(pairsRepository.insertAll(runId, refused)).rejects.toThrow();
      expect(await stored()).toEqual({ count: 0, ranks: 0 });

      await pairsRepository.insertAll(runId, pairs);
      expect(await stored()).toEqual({ count: 4500, ranks: 4500 });
      expect((await pairsOf(runId, '?limit=1')).total).toBe(4500);
    } finally {
      await db.query(`DELETE FROM matching_runs WHERE id = $1`, [runId]);
      await db.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [people.map((person) => person.id)]);
    }
  });
});
