import { jest } from '@jest/globals';
import { generateSync } from 'otplib';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { DEFAULT_ORGANISATION_ID } from '../src/organisations/domain/programme.js';
import { bearer, createStaff, signUp, type SignedUpUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const STEP_MS = 30_000;

interface Enrolled {
  secret: string;
  recoveryCodes: string[];
}

describe('two-factor sign-in (STAFF_TWO_FACTOR=required)', () => {
  let t: TestApp;
  let db: DataSource;
  /** The app's clock, moved one time step at a time so every code is of a known step. */
  let now: Date;

  const tick = (): Date => {
    now = new Date(now.getTime() + STEP_MS);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(now);
    return now;
  };
  const codeNow = (secret: string): string => generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });
  const login = (user: SignedUpUser, extra: Record<string, unknown> = {}) => t.http().post('/api/auth/login').send({ email: user.email, password: user.password, ...extra });
  const signedIn = async (user: SignedUpUser, code?: string): Promise<SignedUpUser> => {
    const response = await login(user, code === undefined ? {} : { code }).expect(200);
    return { ...user, accessToken: (response.body as { accessToken: string }).accessToken };
  };
  const enrol = async (user: SignedUpUser): Promise<Enrolled> => {
    const started = await t.http().post('/api/me/two-factor/enrolment').set(bearer(user)).expect(201);
    const { secret } = started.body as { secret: string };
    tick();
    const confirmed = await t.http().post('/api/me/two-factor/enrolment/confirm').set(bearer(user)).send({ code: codeNow(secret) }).expect(200);
    return { secret, recoveryCodes: (confirmed.body as { recoveryCodes: string[] }).recoveryCodes };
  };
  const auditOf = (userId: string, action: string) =>
    db.query<Array<{ actor_id: string; organisation_id: string | null; note: string | null }>>(`SELECT actor_id, organisation_id, note FROM audit_log WHERE target_id = $1 AND action = $2`, [userId, action]);

  beforeAll(async () => {
    t = await startTestApp({ STAFF_TWO_FACTOR: 'required', LOGIN_MAX_FAILURES_PER_EMAIL: '5', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    db = t.app.get(DataSource);
    now = new Date(Math.floor(Date.now() / STEP_MS) * STEP_MS + 10_000);
    tick();
  });
  afterAll(async () => {
    await t.close();
  });

  it('enrols a participant with a code computed from the returned secret, keeping the secret sealed and ending other sessions', async () => {
    const person = await signUp(t);
    const elsewhere = await signedIn(person);
    await t.http().get('/api/me/two-factor').set(bearer(person)).expect(200, { enabled: false, enrolledAt: null, recoveryCodesLeft: 0, required: false });

    const first = (await t.http().post('/api/me/two-factor/enrolment').set(bearer(person)).expect(201)).body as { secret: string; otpauthUri: string; qrCodeSvg: string };
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.otpauthUri).toContain(`secret=${first.secret}`);
    expect(first.qrCodeSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
    // Enrolling again replaces the waiting secret: the first one's code no longer confirms.
    const second = (await t.http().post('/api/me/two-factor/enrolment').set(bearer(person)).expect(201)).body as { secret: string };
    expect(second.secret).not.toBe(first.secret);
    const stale = await t.http().post('/api/me/two-factor/enrolment/confirm').set(bearer(person)).send({ code: codeNow(first.secret) }).expect(400);
    expect(stale.body).toMatchObject({ code: 'two-factor.bad-code' });
    await t.http().get('/api/me').set(bearer(elsewhere)).expect(200);

    const confirmed = await t.http().post('/api/me/two-factor/enrolment/confirm').set(bearer(person)).send({ code: codeNow(second.secret) }).expect(200);
    const codes = (confirmed.body as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const status = (await t.http().get('/api/me/two-factor').set(bearer(person)).expect(200)).body as Record<string, unknown>;
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: false });
    expect(new Date(String(status.enrolledAt)).getTime()).toBe(now.getTime());

    await t.http().get('/api/me').set(bearer(elsewhere)).expect(401);
    await t.http().get('/api/me').set(bearer(person)).expect(200);
    const again = await t.http().post('/api/me/two-factor/enrolment').set(bearer(person)).expect(409);
    expect(again.body).toMatchObject({ code: 'two-factor.already-enabled' });

    const [stored] = await db.query<Array<{ sealed_secret: string }>>(`SELECT sealed_secret FROM two_factor_credentials WHERE user_id = $1`, [person.id]);
    expect(stored.sealed_secret).toMatch(/^v1\./);
    expect(stored.sealed_secret).not.toContain(second.secret);
    const hashes = await db.query<Array<{ code_hash: string }>>(`SELECT code_hash FROM two_factor_recovery_codes WHERE user_id = $1`, [person.id]);
    expect(hashes).toHaveLength(10);
    for (const code of codes) expect(hashes.map((row) => row.code_hash)).not.toContain(code);
    expect(await auditOf(person.id, 'two-factor.enable')).toEqual([expect.objectContaining({ actor_id: person.id })]);
  });

  it('asks for the code only once the password is right, and takes each code once', async () => {
    const person = await signUp(t);
    const { secret } = await enrol(person);

    const wrongPassword = await login({ ...person, password: 'not-the-password-1' }).expect(401);
    expect(wrongPassword.body).toMatchObject({ code: 'auth.bad-credentials' });
    const withoutCode = await login(person).expect(401);
    expect(withoutCode.body).toMatchObject({ statusCode: 401, code: 'auth.two-factor-required' });

    tick();
    const code = codeNow(secret);
    const response = await login(person, { code }).expect(200);
    expect((response.body as { user: { id: string } }).user.id).toBe(person.id);
    await t.http().get('/api/me').set(bearer(response.body as { accessToken: string })).expect(200);
    const replayed = await login(person, { code }).expect(401);
    expect(replayed.body).toMatchObject({ code: 'auth.bad-two-factor-code' });

    // One step later the app's code has moved on; a phone a step behind is still believed, but not for a used step.
    tick();
    expect(codeNow(secret)).not.toBe(code);
    await login(person, { code: codeNow(secret) }).expect(200);
    await login(person, { code: generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) - 30 }) }).expect(401);
  });

  it('signs in someone without two-factor sign-in as before, ignoring a code', async () => {
    const person = await signUp(t);
    await login(person).expect(200);
    await login(person, { code: '123456' }).expect(200);
  });

  it('counts wrong codes as failed logins, so the lockout stops anyone guessing', async () => {
    const person = await signUp(t);
    const { secret } = await enrol(person);
    tick();
    const right = codeNow(secret);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const refused = await login(person, { code: wrong }).expect(401);
      expect(refused.body).toMatchObject({ code: 'auth.bad-two-factor-code' });
    }
    const limited = await login(person, { code: right }).expect(429);
    expect(limited.body).toMatchObject({ code: 'auth.too-many-attempts' });
    // The signed-in routes that take a code share the limit.
    await t.http().post('/api/me/two-factor/recovery-codes').set(bearer(person)).send({ code: right }).expect(429);
  });

  it('takes a recovery code once, however it is typed, and audits its use', async () => {
    const person = await signUp(t);
    const { recoveryCodes } = await enrol(person);
    const [code] = recoveryCodes;
    await login(person, { code: code.toUpperCase().replace(/-/g, ' ') }).expect(200);
    const again = await login(person, { code }).expect(401);
    expect(again.body).toMatchObject({ code: 'auth.bad-two-factor-code' });
    await login(person, { code: recoveryCodes[1] }).expect(200);
    const status = (await t.http().get('/api/me/two-factor').set(bearer(person)).expect(200)).body as { recoveryCodesLeft: number };
    expect(status.recoveryCodesLeft).toBe(8);
    const uses = await auditOf(person.id, 'two-factor.recovery-code.use');
    expect(uses.map((entry) => entry.note).sort()).toEqual(['8 recovery codes left', '9 recovery codes left']);
  });

  it('regenerates the recovery codes for a current code: the old ones stop working', async () => {
    const person = await signUp(t);
    const { secret, recoveryCodes: old } = await enrol(person);
    const wrong = await t.http().post('/api/me/two-factor/recovery-codes').set(bearer(person)).send({ code: 'zzzz-zzzz-zzzz-zzzz' }).expect(400);
    expect(wrong.body).toMatchObject({ code: 'two-factor.bad-code' });
    await t.http().post('/api/me/two-factor/recovery-codes').set(bearer(person)).send({ code: 'not a code!' }).expect(400);
    tick();
    const fresh = ((await t.http().post('/api/me/two-factor/recovery-codes').set(bearer(person)).send({ code: codeNow(secret) }).expect(200)).body as { recoveryCodes: string[] }).recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => old.includes(code))).toEqual([]);
    await login(person, { code: old[0] }).expect(401);
    await login(person, { code: fresh[0] }).expect(200);
    expect(await auditOf(person.id, 'two-factor.recovery-codes.regenerate')).toHaveLength(1);
  });

  it('turns off for a participant with the password and a code, ending their other sessions', async () => {
    const person = await signUp(t);
    const { secret } = await enrol(person);
    tick();
    const elsewhere = await signedIn(person, codeNow(secret));
    const notOn = await t.http().delete('/api/me/two-factor').set(bearer(await signUp(t))).send({ password: 'whatever-it-is', code: '123456' }).expect(409);
    expect(notOn.body).toMatchObject({ code: 'two-factor.not-enabled' });
    tick();
    const wrongPassword = await t.http().delete('/api/me/two-factor').set(bearer(person)).send({ password: 'not-the-password-1', code: codeNow(secret) }).expect(400);
    expect(wrongPassword.body).toMatchObject({ code: 'two-factor.wrong-password' });
    await t.http().delete('/api/me/two-factor').set(bearer(person)).send({ password: person.password, code: codeNow(secret) }).expect(204);
    await t.http().get('/api/me').set(bearer(elsewhere)).expect(401);
    await t.http().get('/api/me/two-factor').set(bearer(person)).expect(200, { enabled: false, enrolledAt: null, recoveryCodesLeft: 0, required: false });
    await login(person).expect(200);
    expect(await auditOf(person.id, 'two-factor.disable')).toHaveLength(1);
    expect(await db.query(`SELECT 1 FROM two_factor_recovery_codes WHERE user_id = $1`, [person.id])).toEqual([]);
  });

  it('lets an unenrolled coordinator or admin sign in, but answers only their account basics until they enrol', async () => {
    const staff = await createStaff(t);
    const admin = await createStaff(t, { role: 'admin' });
    await t.http().get('/api/me').set(bearer(staff)).expect(200);
    await t.http().get('/api/me/two-factor').set(bearer(staff)).expect(200, { enabled: false, enrolledAt: null, recoveryCodesLeft: 0, required: true });
    for (const [who, url] of [[staff, '/api/staff/volunteers'], [staff, '/api/staff/audit-log'], [staff, '/api/me/export'], [admin, '/api/admin/organisations']] as const) {
      const refused = await t.http().get(url).set(bearer(who)).expect(403);
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'auth.two-factor-enrolment-required' });
    }
    // Participants are not asked to.
    await t.http().get('/api/matches').set(bearer(await signUp(t))).expect(200);

    const { secret } = await enrol(staff);
    await t.http().get('/api/staff/volunteers').set(bearer(staff)).expect(200);
    const off = await t.http().delete('/api/me/two-factor').set(bearer(staff)).send({ password: staff.password, code: codeNow(secret) }).expect(403);
    expect(off.body).toMatchObject({ code: 'two-factor.required' });
    await login(staff).expect(401);
    tick();
    await login(staff, { code: codeNow(secret) }).expect(200);
    expect(await auditOf(staff.id, 'two-factor.enable')).toEqual([expect.objectContaining({ organisation_id: DEFAULT_ORGANISATION_ID })]);

    // Logging out is open to the unenrolled too.
    await t.http().post('/api/auth/logout').set(bearer(admin)).expect(204);
  });

  it("lets an admin reset a lost device: the enrolment is gone, every session ends, and the reset is audited in the coordinator's organisation", async () => {
    const staff = await createStaff(t);
    const { secret } = await enrol(staff);
    tick();
    const elsewhere = await signedIn(staff, codeNow(secret));
    const admin = await createStaff(t, { role: 'admin' });
    await enrol(admin);
    const colleague = await createStaff(t);
    await enrol(colleague);

    await t.http().post(`/api/admin/users/${staff.id}/two-factor/reset`).set(bearer(colleague)).expect(403);
    await t.http().post('/api/admin/users/00000000-0000-4000-8000-000000000000/two-factor/reset').set(bearer(admin)).expect(404);
    await t.http().post(`/api/admin/users/${staff.id}/two-factor/reset`).set(bearer(admin)).expect(204);
    for (const session of [staff, elsewhere]) await t.http().get('/api/me').set(bearer(session)).expect(401);
    const again = await t.http().post(`/api/admin/users/${staff.id}/two-factor/reset`).set(bearer(admin)).expect(409);
    expect(again.body).toMatchObject({ code: 'two-factor.not-enabled' });

    const fresh = await signedIn(staff);
    await t.http().get('/api/staff/volunteers').set(bearer(fresh)).expect(403);
    await enrol(fresh);
    await t.http().get('/api/staff/volunteers').set(bearer(fresh)).expect(200);
    expect(await auditOf(staff.id, 'two-factor.reset')).toEqual([expect.objectContaining({ actor_id: admin.id, organisation_id: DEFAULT_ORGANISATION_ID })]);
    const seen = (await t.http().get(`/api/staff/audit-log?action=two-factor.reset`).set(bearer(colleague)).expect(200)).body as { items: Array<{ targetId: string }> };
    expect(seen.items.map((entry) => entry.targetId)).toContain(staff.id);
  });

  it('exports whether two-factor sign-in is on without the secret, and erasure deletes the secret and the codes', async () => {
    const person = await signUp(t);
    const { secret, recoveryCodes } = await enrol(person);
    const exported = await t.http().get('/api/me/export').set(bearer(person)).expect(200);
    expect((exported.body as { twoFactor: unknown }).twoFactor).toEqual({ enabledAt: now.toISOString(), recoveryCodesLeft: 10 });
    expect(exported.text).not.toContain(secret);
    for (const code of recoveryCodes) expect(exported.text).not.toContain(code);

    await t.http().delete('/api/me').set(bearer(person)).send({ password: person.password }).expect(204);
    expect(await db.query(`SELECT 1 FROM two_factor_credentials WHERE user_id = $1`, [person.id])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM two_factor_recovery_codes WHERE user_id = $1`, [person.id])).toEqual([]);
  });

  it('refuses malformed codes with 400 and changes nothing', async () => {
    const person = await signUp(t);
    await t.http().post('/api/me/two-factor/enrolment').set(bearer(person)).expect(201);
    for (const code of ['12345', '1234567', 'abcdef', 123456, null]) {
      await t.http().post('/api/me/two-factor/enrolment/confirm').set(bearer(person)).send({ code }).expect(400);
    }
    for (const code of ['', 'x'.repeat(41), 'code;drop', 42]) {
      await t.http().post('/api/auth/login').send({ email: person.email, password: person.password, code }).expect(400);
    }
    await t.http().get('/api/me/two-factor').set(bearer(person)).expect(200, { enabled: false, enrolledAt: null, recoveryCodesLeft: 0, required: false });
  });
});
