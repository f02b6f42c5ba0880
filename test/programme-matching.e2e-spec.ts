import { DataSource } from 'typeorm';
import type { ProgrammeRules } from '../src/organisations/domain/programme.js';
import { pairProblem } from '../src/organisations/domain/programme-rules.js';
import { bearer, createStaff, eventually, signUp, SignedUpUser, withProfile } from './support/factories.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** 1001 Strengths-like: women newcomers with women volunteers aged 55 or over, same gender, sharing Dutch. */
const STRENGTHS: ProgrammeRules = { migrant: { genders: ['female'] }, host: { genders: ['female'], minAge: 55 }, sameGender: true, languages: ['nl'], matchWeeks: 26, checkInWeeks: 4 };

interface Person extends SignedUpUser {
  gender: 'female' | 'male';
  birthYear: number;
  languages: Array<{ code: string; level: string }>;
}

async function person(t: TestApp, role: 'migrant' | 'host', i: number): Promise<Person> {
  const gender = i % 3 === 0 ? 'male' : 'female';
  const birthYear = role === 'host' ? 1940 + ((i * 7) % 60) : 1970 + ((i * 5) % 30);
  const languages = i % 4 === 1 ? [{ code: 'en', level: 'fluent' }] : [{ code: 'nl', level: i % 2 === 0 ? 'native' : 'basic' }, { code: 'en', level: 'conversational' }];
  const user = await withProfile(t, await signUp(t, { role, displayName: `${role} ${i}` }), { gender, birthYear, languages });
  return { ...user, gender, birthYear, languages };
}

describe('Matching inside programmes', () => {
  let t: TestApp;
  let staff: SignedUpUser;
  let organisation: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    organisation = await createOrganisation(t);
    staff = await createStaff(t, { organisationId: organisation.id });
  });
  afterAll(async () => {
    await t.close();
  });

  it('proposes in a round only pairs meeting the programme\'s rules, among its members only', async () => {
    const strengths = await createProgramme(t, { organisationId: organisation.id, rules: STRENGTHS });
    const migrants: Person[] = [];
    const hosts: Person[] = [];
    for (let i = 0; i < 16; i++) migrants.push(await person(t, 'migrant', i));
    for (let i = 0; i < 16; i++) hosts.push(await person(t, 'host', i));
    // Members: everyone of an even index (joining through SQL skips the joining rules on purpose,
    // so the round meets people who break them); odd ones stay outside.
    const members = new Set<string>();
    for (const p of [...migrants, ...hosts].filter((_, index) => index % 2 === 0)) {
      await joinProgramme(t, { userId: p.id, programmeId: strengths.id, role: p.role as 'migrant' | 'host' });
      members.add(p.id);
    }
    // Odd hosts are verified by this organisation but not members.
    for (const host of hosts.filter((_, index) => index % 2 === 1)) {
      await t.app.get(DataSource).query(`INSERT INTO volunteer_vettings (organisation_id, user_id, verification) VALUES ($1, $2, 'verified')`, [organisation.id, host.id]);
    }
    const run = await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId: strengths.id }).expect(201);
    expect(run.body.programmeId).toBe(strengths.id);
    const finished = await eventually(async () => {
      const shown = await t.http().get(`/api/staff/matching/runs/${run.body.id as string}`).set(bearer(staff)).expect(200);
      expect(shown.body.status).toBe('finished');
      return shown.body as { proposals: number };
    }, 15_000);
    const proposals: Array<{ migrant_id: string; host_id: string; match_weeks: number; check_in_weeks: number; reasons: Array<{ factor: string; detail: string }> }> = await t.app
      .get(DataSource)
      .query(`SELECT migrant_id, host_id, match_weeks, check_in_weeks, reasons FROM matches WHERE programme_id = $1`, [strengths.id]);
    expect(proposals.length).toBe(finished.proposals);
    expect(proposals.length).toBeGreaterThan(0);
    const byId = new Map([...migrants, ...hosts].map((p) => [p.id, p]));
    const now = new Date();
    for (const proposal of proposals) {
      const migrant = byId.get(proposal.migrant_id);
      const host = byId.get(proposal.host_id);
      if (migrant === undefined || host === undefined) throw new Error('a proposal names someone outside the test');
      expect(members.has(migrant.id) && members.has(host.id)).toBe(true);
      const side = (p: Person, role: 'migrant' | 'host') => ({ role, gender: p.gender, birthYear: p.birthYear, languages: p.languages as Array<{ code: string; level: 'native' }> });
      expect(pairProblem(side(migrant, 'migrant'), side(host, 'host'), STRENGTHS, { now, languageName: (c) => c })).toBeNull();
      expect(proposal).toMatchObject({ match_weeks: 26, check_in_weeks: 4 });
      expect(proposal.reasons.at(-1)).toMatchObject({ factor: 'programme', detail: expect.stringContaining('women newcomers with women volunteers aged 55 or over') });
    }
  });

  it('keeps rounds of different programmes apart: both run at once, a second round of one is refused, another organisation\'s is 404', async () => {
    const a = await createProgramme(t, { organisationId: organisation.id });
    const b = await createProgramme(t, { organisationId: organisation.id });
    const [first, second] = await Promise.all([
      t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId: a.id, dryRun: true }),
      t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId: b.id, dryRun: true }),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    for (const run of [first, second]) {
      await eventually(async () => {
        const shown = await t.http().get(`/api/staff/matching/runs/${run.body.id as string}`).set(bearer(staff)).expect(200);
        expect(shown.body.status).toBe('finished');
      }, 15_000);
    }
    await t.app.get(DataSource).query(`INSERT INTO matching_runs (programme_id, status, dry_run, algorithm) VALUES ($1, 'running', true, 'x')`, [a.id]);
    const refused = await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId: a.id }).expect(409);
    expect(refused.body.code).toBe('matching.run-in-progress');
    await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId: b.id, dryRun: true }).expect(201);
    await t.app.get(DataSource).query(`UPDATE matching_runs SET status = 'failed' WHERE programme_id = $1 AND status = 'running'`, [a.id]);

    const elsewhere = await createOrganisation(t);
    const theirs = await createProgramme(t, { organisationId: elsewhere.id });
    const notFound = await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ programmeId: theirs.id }).expect(404);
    expect(notFound.body.code).toBe('programme.not-found');
    expect(await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM matching_runs WHERE programme_id = $1`, [theirs.id])).toEqual([{ n: 0 }]);
  });

  it('suggests per programme, names it, and requests in the programme named or the only one shared', async () => {
    const p1 = await createProgramme(t, { organisationId: organisation.id, name: 'Talk Together' });
    const p2 = await createProgramme(t, { organisationId: organisation.id, name: 'Walk Together', rules: { languages: ['en'] } });
    const migrant = await person(t, 'migrant', 2);
    const host = await person(t, 'host', 4);
    // Out of the default programme, so only p1 and p2 count.
    await t.app.get(DataSource).query(`UPDATE programme_memberships SET status = 'left', left_at = now() WHERE user_id = ANY($1::uuid[])`, [[migrant.id, host.id]]);
    const none = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(409);
    expect(none.body.code).toBe('matching.no-shared-programme');

    for (const programme of [p1, p2]) {
      await joinProgramme(t, { userId: migrant.id, programmeId: programme.id, role: 'migrant' });
      await joinProgramme(t, { userId: host.id, programmeId: programme.id, role: 'host' });
    }
    const all = await t.http().get('/api/matching/suggestions').set(bearer(migrant)).expect(200);
    const mine = (all.body as Array<{ partner: { id: string }; programmeId: string; reasons: Array<{ factor: string }> }>).filter((s) => s.partner.id === host.id);
    expect(mine).toHaveLength(1);
    expect([p1.id, p2.id]).toContain(mine[0].programmeId);
    const inP2 = await t.http().get(`/api/matching/suggestions?programmeId=${p2.id}`).set(bearer(migrant)).expect(200);
    const viaP2 = (inP2.body as Array<{ partner: { id: string }; programmeId: string; reasons: Array<{ factor: string; detail: string }> }>).find((s) => s.partner.id === host.id);
    expect(viaP2).toMatchObject({ programmeId: p2.id });
    expect(viaP2?.reasons.at(-1)).toMatchObject({ factor: 'programme', detail: 'This programme pairs people who share English' });
    const unknown = await t.http().get(`/api/matching/suggestions?programmeId=${(await createProgramme(t, { organisationId: organisation.id })).id}`).set(bearer(migrant)).expect(404);
    expect(unknown.body.code).toBe('programme.not-found');
    await t.http().get('/api/matching/suggestions?programmeId=not-a-uuid').set(bearer(migrant)).expect(400);

    const several = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(409);
    expect(several.body.code).toBe('matching.several-shared-programmes');
    expect(several.body.message).toContain('Talk Together');
    expect(several.body.message).toContain('Walk Together');

    const first = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id, programmeId: p1.id }).expect(201);
    expect(first.body.programmeId).toBe(p1.id);
    // One open match per programme: the same migrant may still be matched in the other one.
    const again = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id, programmeId: p1.id }).expect(409);
    expect(again.body.code).toBe('matching.migrant-already-matched');
    const second = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id, programmeId: p2.id }).expect(201);
    expect(second.body.programmeId).toBe(p2.id);
    const shown = await t.http().get(`/api/matches/${first.body.id as string}`).set(bearer(host)).expect(200);
    expect(shown.body.programmeId).toBe(p1.id);
  });
});
