import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { VettingRemindersJob } from '../src/email/vetting-reminders.job.js';
import { DEFAULT_ORGANISATION_ID } from '../src/organisations/domain/programme.js';
import { bearer, createStaff, signUp, verifyHost, withProfile, type SignedUpUser } from './support/factories.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DAY_MS = 86_400_000;
const dayOf = (moment: Date): string => moment.toISOString().slice(0, 10);

interface ChecksBody {
  userId: string;
  organisationId: string;
  requiredKinds: string[];
  cleared: boolean;
  lapsesOn: string | null;
  required: Array<{ kind: string; status: string; expiresOn: string | null }>;
  problems: Array<{ kind: string; code: string; sentence: string }>;
  checks: Array<{ kind: string; checkedOn: string; expiresOn: string | null; status: string; required: boolean; note: string | null; recordedBy: string | null }>;
}

interface RunBody {
  id: string;
  status: string;
  proposals: number;
}

describe('vetting checks that expire', () => {
  let t: TestApp;
  let db: DataSource;
  let clock: Clock;
  let staff: SignedUpUser;
  let admin: SignedUpUser;
  const start = new Date();

  const at = (days: number): Date => new Date(start.getTime() + days * DAY_MS);
  const setNow = (moment: Date): void => {
    jest.spyOn(clock, 'now').mockReturnValue(moment);
  };
  const checksUrl = (userId: string, kind = ''): string => `/api/staff/volunteers/${userId}/checks${kind === '' ? '' : `/${kind}`}`;
  const tableCount = async (table: string): Promise<number> => ((await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1);

  const volunteer = async (name: string): Promise<SignedUpUser> => {
    const host = await withProfile(t, await signUp(t, { role: 'host', displayName: name }));
    await verifyHost(t, staff, host);
    return host;
  };

  const runRound = async (): Promise<RunBody> => {
    let run = (await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ dryRun: true }).expect(201)).body as RunBody;
    for (let attempt = 0; run.status === 'running' && attempt < 100; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = (await t.http().get(`/api/staff/matching/runs/${run.id}`).set(bearer(staff)).expect(200)).body as RunBody;
    }
    expect(run.status).toBe('finished');
    return run;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    clock = t.app.get(Clock);
    staff = await createStaff(t);
    admin = await createStaff(t, { role: 'admin', organisationId: null });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  it('records, replaces and removes a check, answering each required kind’s state, every change audited in the organisation', async () => {
    const host = await volunteer('Joost');
    const empty = (await t.http().get(checksUrl(host.id)).set(bearer(staff)).expect(200)).body as ChecksBody;
    expect(empty).toEqual({ userId: host.id, organisationId: DEFAULT_ORGANISATION_ID, requiredKinds: [], cleared: true, lapsesOn: null, required: [], problems: [], checks: [] });

    const put = { checkedOn: dayOf(at(-100)), expiresOn: dayOf(at(20)), note: 'VOG 2025-1234' };
    const recorded = (await t.http().put(checksUrl(host.id, 'certificate-of-conduct')).set(bearer(staff)).send(put).expect(200)).body as ChecksBody;
    expect(recorded.checks).toEqual([{ kind: 'certificate-of-conduct', checkedOn: put.checkedOn, expiresOn: put.expiresOn, status: 'expiring', required: false, note: 'VOG 2025-1234', recordedBy: staff.id, updatedAt: expect.any(String) as string }]);

    // A PUT replaces the record of its kind.
    const renewed = { checkedOn: dayOf(at(-1)), expiresOn: dayOf(at(1000)) };
    const replaced = (await t.http().put(checksUrl(host.id, 'certificate-of-conduct')).set(bearer(staff)).send(renewed).expect(200)).body as ChecksBody;
    expect(replaced.checks).toMatchObject([{ kind: 'certificate-of-conduct', checkedOn: renewed.checkedOn, expiresOn: renewed.expiresOn, status: 'valid', note: null }]);
    await t.http().put(checksUrl(host.id, 'identity')).set(bearer(staff)).send({ checkedOn: dayOf(at(0)) }).expect(200);
    expect(await tableCount('vetting_checks')).toBe(2);

    const removed = (await t.http().delete(checksUrl(host.id, 'identity')).set(bearer(staff)).expect(200)).body as ChecksBody;
    expect(removed.checks.map((c) => c.kind)).toEqual(['certificate-of-conduct']);
    const again = await t.http().delete(checksUrl(host.id, 'identity')).set(bearer(staff)).expect(404);
    expect((again.body as { code: string }).code).toBe('vetting-check.not-found');

    const entries = await db.query<Array<{ action: string; organisation_id: string; note: string }>>(
      `SELECT action, organisation_id, note FROM audit_log WHERE target_id = $1 AND action LIKE 'vetting.check.%' ORDER BY created_at`,
      [host.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['vetting.check.record', 'vetting.check.record', 'vetting.check.record', 'vetting.check.remove']);
    expect(entries.every((e) => e.organisation_id === DEFAULT_ORGANISATION_ID)).toBe(true);
    // The staff note stays out of the append-only log (it is forgotten on erasure).
    expect(entries.some((e) => e.note.includes('VOG 2025-1234'))).toBe(false);
  });

  it('refuses bad checks with a code and changes nothing', async () => {
    const host = await volunteer('Pieter');
    const cases: Array<[string, Record<string, unknown>, string | null]> = [
      ['certificate-of-conduct', { checkedOn: dayOf(at(1)) }, 'vetting.checked-in-future'],
      ['certificate-of-conduct', { checkedOn: dayOf(at(-10)), expiresOn: dayOf(at(-10)) }, 'vetting.expiry-not-after-check'],
      ['certificate-of-conduct', { checkedOn: dayOf(at(-10)), expiresOn: dayOf(at(-20)) }, 'vetting.expiry-not-after-check'],
      ['certificate-of-conduct', { checkedOn: '2025-02-30' }, 'vetting.invalid-date'],
      ['passport', { checkedOn: dayOf(at(-1)) }, 'vetting.unknown-kind'],
      ['identity', { checkedOn: '1 March 2025' }, null],
      ['identity', { checkedOn: dayOf(at(-1)), note: 'x'.repeat(1001) }, null],
      ['identity', {}, null],
    ];
    const before = await tableCount('vetting_checks');
    const auditBefore = await tableCount('audit_log');
    for (const [kind, body, code] of cases) {
      const response = await t.http().put(checksUrl(host.id, kind)).set(bearer(staff)).send(body);
      expect({ kind, body, status: response.status }).toEqual({ kind, body, status: 400 });
      if (code !== null) expect((response.body as { code: string }).code).toBe(code);
    }
    expect(await tableCount('vetting_checks')).toBe(before);
    expect(await tableCount('audit_log')).toBe(auditBefore);
  });

  it("answers 404 for a volunteer outside the caller's organisation, and lets an admin act for a named one", async () => {
    const other = await createOrganisation(t, { name: 'Elsewhere Society' });
    const otherStaff = await createStaff(t, { organisationId: other.id });
    const programme = await createProgramme(t, { organisationId: other.id });
    const host = await withProfile(t, await signUp(t, { role: 'host' }));
    await joinProgramme(t, { userId: host.id, programmeId: programme.id, role: 'host' });
    // The default organisation's coordinator does not know this volunteer: not in its programme, never vetted by it…
    await db.query(`DELETE FROM programme_memberships WHERE user_id = $1 AND programme_id <> $2`, [host.id, programme.id]);
    await db.query(`DELETE FROM volunteer_vettings WHERE user_id = $1 AND organisation_id = $2`, [host.id, DEFAULT_ORGANISATION_ID]);
    await t.http().get(checksUrl(host.id)).set(bearer(staff)).expect(404);
    await t.http().put(checksUrl(host.id, 'identity')).set(bearer(staff)).send({ checkedOn: dayOf(at(0)) }).expect(404);
    // …nor may a coordinator name another organisation.
    await t.http().get(`${checksUrl(host.id)}?organisationId=${other.id}`).set(bearer(staff)).expect(404);
    await t.http().put(checksUrl(host.id, 'identity')).set(bearer(otherStaff)).send({ checkedOn: dayOf(at(0)) }).expect(200);
    // An admin without an organisation must name one.
    expect(((await t.http().get(checksUrl(host.id)).set(bearer(admin)).expect(400)).body as { code: string }).code).toBe('vetting.organisation-required');
    const seen = (await t.http().get(`${checksUrl(host.id)}?organisationId=${other.id}`).set(bearer(admin)).expect(200)).body as ChecksBody;
    expect(seen.checks.map((c) => c.kind)).toEqual(['identity']);
  });

  it('refuses migrants and hosts every vetting route with 403, the volunteer’s own checks included, and changes nothing', async () => {
    const host = await volunteer('Sanne');
    await t.http().put(checksUrl(host.id, 'identity')).set(bearer(staff)).send({ checkedOn: dayOf(at(-5)) }).expect(200);
    const migrant = await signUp(t, { role: 'migrant' });
    const otherHost = await signUp(t, { role: 'host' });
    const checksBefore = await db.query(`SELECT * FROM vetting_checks WHERE user_id = $1`, [host.id]);
    const organisationBefore = await db.query(`SELECT * FROM organisations WHERE id = $1`, [DEFAULT_ORGANISATION_ID]);
    const auditBefore = await tableCount('audit_log');

    const certificate = { checkedOn: dayOf(at(-1)), expiresOn: dayOf(at(365)) };
    for (const participant of [migrant, otherHost, host]) {
      const statuses = {
        'GET checks': (await t.http().get(checksUrl(host.id)).set(bearer(participant))).status,
        'PUT check': (await t.http().put(checksUrl(host.id, 'certificate-of-conduct')).set(bearer(participant)).send(certificate)).status,
        'DELETE check': (await t.http().delete(checksUrl(host.id, 'identity')).set(bearer(participant))).status,
        'GET organisation': (await t.http().get('/api/staff/organisation').set(bearer(participant))).status,
        'PATCH organisation': (await t.http().patch('/api/staff/organisation').set(bearer(participant)).send({ requiredVettingChecks: ['identity'] })).status,
      };
      expect({ role: participant.role, statuses }).toEqual({ role: participant.role, statuses: { 'GET checks': 403, 'PUT check': 403, 'DELETE check': 403, 'GET organisation': 403, 'PATCH organisation': 403 } });
    }

    expect(await db.query(`SELECT * FROM vetting_checks WHERE user_id = $1`, [host.id])).toEqual(checksBefore);
    expect(await db.query(`SELECT * FROM organisations WHERE id = $1`, [DEFAULT_ORGANISATION_ID])).toEqual(organisationBefore);
    expect(await tableCount('audit_log')).toBe(auditBefore);
  });

  it('lets coordinators and admins set the required checks, each change audited in the organisation', async () => {
    const other = await createOrganisation(t, { name: 'Required Society' });
    const otherStaff = await createStaff(t, { organisationId: other.id });
    const set = (await t.http().patch('/api/staff/organisation').set(bearer(otherStaff)).send({ requiredVettingChecks: ['references', 'identity', 'references'] }).expect(200)).body as { requiredVettingChecks: string[] };
    expect(set.requiredVettingChecks).toEqual(['identity', 'references']);
    await t.http().patch(`/api/staff/organisation?organisationId=${DEFAULT_ORGANISATION_ID}`).set(bearer(otherStaff)).send({ requiredVettingChecks: [] }).expect(404);
    await t.http().patch('/api/staff/organisation').set(bearer(otherStaff)).send({ requiredVettingChecks: ['passport'] }).expect(400);
    const byAdmin = (await t.http().patch(`/api/admin/organisations/${other.id}`).set(bearer(admin)).send({ requiredVettingChecks: ['safeguarding-training'] }).expect(200)).body as { requiredVettingChecks: string[] };
    expect(byAdmin.requiredVettingChecks).toEqual(['safeguarding-training']);
    expect((await t.http().get('/api/staff/organisation').set(bearer(otherStaff)).expect(200)).body).toMatchObject({ requiredVettingChecks: ['safeguarding-training'] });
    const actions = await db.query<Array<{ action: string; organisation_id: string }>>(`SELECT action, organisation_id FROM audit_log WHERE target_id = $1 ORDER BY created_at`, [other.id]);
    expect(actions).toEqual([
      { action: 'organisation.required-checks', organisation_id: other.id },
      { action: 'organisation.update', organisation_id: other.id },
    ]);
  });

  it('gives a host whose required certificate expired no new proposals, and brings them back once it is renewed', async () => {
    const migrant = await withProfile(t, await signUp(t, { displayName: 'Amal' }));
    const host = await volunteer('Marleen');
    await t.http().put(checksUrl(host.id, 'certificate-of-conduct')).set(bearer(staff)).send({ checkedOn: dayOf(at(-300)), expiresOn: dayOf(at(10)) }).expect(200);
    const suggested = async (): Promise<string[]> => ((await t.http().get('/api/matching/suggestions?limit=50').set(bearer(migrant)).expect(200)).body as Array<{ partner: { id: string } }>).map((s) => s.partner.id);

    expect(await suggested()).toContain(host.id);
    await t.http().patch('/api/staff/organisation').set(bearer(staff)).send({ requiredVettingChecks: ['certificate-of-conduct', 'identity'] }).expect(200);
    // Identity is required too and missing.
    expect(await suggested()).not.toContain(host.id);
    const missing = (await t.http().get(checksUrl(host.id)).set(bearer(staff)).expect(200)).body as ChecksBody;
    expect(missing).toMatchObject({ cleared: false, problems: [{ kind: 'identity', code: 'vetting.check-missing' }, { kind: 'certificate-of-conduct', code: 'vetting.check-expiring' }] });
    await t.http().put(checksUrl(host.id, 'identity')).set(bearer(staff)).send({ checkedOn: dayOf(at(-300)) }).expect(200);
    expect(await suggested()).toContain(host.id);
    expect((await runRound()).proposals).toBeGreaterThanOrEqual(1);

    // Eleven days on, the certificate has expired.
    setNow(at(11));
    expect(await suggested()).not.toContain(host.id);
    const expired = (await t.http().get(checksUrl(host.id)).set(bearer(staff)).expect(200)).body as ChecksBody;
    expect(expired).toMatchObject({ cleared: false, lapsesOn: dayOf(at(10)), problems: [{ kind: 'certificate-of-conduct', code: 'vetting.check-expired' }] });
    const asked = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(409);
    expect((asked.body as { code: string }).code).toBe('matching.host-checks-lapsed');
    const own = await t.http().get('/api/matching/suggestions').set(bearer(host)).expect(409);
    expect((own.body as { code: string }).code).toBe('matching.host-checks-lapsed');
    expect((await runRound()).proposals).toBe(0);

    // Renewed: suggested, proposed in a round, and a request goes through.
    await t.http().put(checksUrl(host.id, 'certificate-of-conduct')).set(bearer(staff)).send({ checkedOn: dayOf(at(11)), expiresOn: dayOf(at(25)) }).expect(200);
    expect(await suggested()).toContain(host.id);
    expect((await runRound()).proposals).toBeGreaterThanOrEqual(1);
    await t.http().get('/api/matching/suggestions').set(bearer(host)).expect(200);
    const match = (await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201)).body as { id: string; status: string };

    // An expiry stops new proposals only: the match made goes on.
    setNow(at(26));
    expect(await suggested()).not.toContain(host.id);
    expect(((await t.http().get(`/api/matches/${match.id}`).set(bearer(migrant)).expect(200)).body as { status: string }).status).toBe('proposed');
    await t.http().patch('/api/staff/organisation').set(bearer(staff)).send({ requiredVettingChecks: [] }).expect(200);
  });

  it('reminds the coordinators once per check and expiry day, 30 days before, and again after a renewal', async () => {
    const host = await volunteer('Sanne');
    const second = await createStaff(t);
    const job = t.app.get(VettingRemindersJob);
    const reminders = async (): Promise<Array<{ user_id: string; subject: string }>> =>
      db.query(`SELECT user_id, subject FROM emails WHERE type = 'vetting.check-expiring' AND data->>'volunteerId' = $1 ORDER BY user_id`, [host.id]);

    setNow(at(0));
    await t.http().put(checksUrl(host.id, 'safeguarding-training')).set(bearer(staff)).send({ checkedOn: dayOf(at(-5)), expiresOn: dayOf(at(45)) }).expect(200);
    await job.remindExpiring();
    expect(await reminders()).toEqual([]);

    setNow(at(16));
    await job.remindExpiring();
    const sent = await reminders();
    expect(sent.map((r) => r.user_id).sort()).toEqual([staff.id, second.id].sort());
    expect(sent[0]?.subject).toBe(`A volunteer check expires on ${dayOf(at(45))}`);
    // Run again the same day and the next: nothing more.
    await job.remindExpiring();
    setNow(at(17));
    await job.remindExpiring();
    expect(await reminders()).toHaveLength(2);

    // Renewed with a new expiry: reminded again once that one nears.
    await t.http().put(checksUrl(host.id, 'safeguarding-training')).set(bearer(staff)).send({ checkedOn: dayOf(at(17)), expiresOn: dayOf(at(400)) }).expect(200);
    await job.remindExpiring();
    expect(await reminders()).toHaveLength(2);
    setNow(at(380));
    await job.remindExpiring();
    await job.remindExpiring();
    expect(await reminders()).toHaveLength(4);
  });

  it("exports a volunteer's checks without the staff note and deletes them when the account is erased", async () => {
    const host = await volunteer('Wim');
    await t.http().put(checksUrl(host.id, 'references')).set(bearer(staff)).send({ checkedOn: dayOf(at(-2)), note: 'Two references by phone' }).expect(200);
    const exported = (await t.http().get('/api/me/export').set(bearer(host)).expect(200)).body as { programmes: { checks: Array<Record<string, unknown>> } };
    expect(exported.programmes.checks).toEqual([{ organisationId: DEFAULT_ORGANISATION_ID, kind: 'references', checkedOn: dayOf(at(-2)), expiresOn: null, updatedAt: expect.any(String) as string }]);
    await t.http().delete('/api/me').set(bearer(host)).send({ password: host.password }).expect(204);
    expect(await db.query(`SELECT id FROM vetting_checks WHERE user_id = $1`, [host.id])).toEqual([]);
  });
});
