import { DataSource } from 'typeorm';
import { bearer, createStaff, profileInput, signUp, verifyHost, withProfile } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('Profiles and reference data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('PUT /api/me/profile', () => {
    it('stores the profile, resolves the place and reports completeness', async () => {
      const migrant = await signUp(t);
      const before = await t.http().get('/api/me').set(bearer(migrant)).expect(200);
      expect(before.body).toMatchObject({ profile: null, profileComplete: false });
      expect(before.body.missing).toEqual(expect.arrayContaining(['placeId', 'languages', 'availability', 'timezone']));

      const response = await t.http().put('/api/me/profile').set(bearer(migrant)).send(profileInput()).expect(200);
      expect(response.body.profileComplete).toBe(true);
      expect(response.body.missing).toEqual([]);
      expect(response.body.profile).toMatchObject({
        placeId: '2759794',
        place: { id: '2759794', name: 'Amsterdam', countryCode: 'NL' },
        languages: [{ code: 'ar', level: 'native' }, { code: 'en', level: 'conversational' }],
        learning: ['nl'],
        interests: ['cooking', 'gardening'],
        timezone: 'Europe/Amsterdam',
        capacity: null,
      });
      expect(response.body.profile.place.lat).toBeCloseTo(52.37, 1);
      const me = await t.http().get('/api/me').set(bearer(migrant)).expect(200);
      expect(me.body.profile).toEqual(response.body.profile);
    });

    it('merges a partial update and says what is still missing', async () => {
      const migrant = await signUp(t);
      const first = await t.http().put('/api/me/profile').set(bearer(migrant)).send({ bio: 'Hello', timezone: 'Europe/Kyiv' }).expect(200);
      expect(first.body.profileComplete).toBe(false);
      expect(first.body.missing).toEqual(expect.arrayContaining(['placeId', 'languages']));
      expect(first.body.missing).not.toContain('timezone');
      const second = await t.http().put('/api/me/profile').set(bearer(migrant)).send({ interests: ['music'] }).expect(200);
      expect(second.body.profile).toMatchObject({ bio: 'Hello', timezone: 'Europe/Kyiv', interests: ['music'] });
    });

    it('needs a capacity for hosts, and refuses one from migrants', async () => {
      const host = await signUp(t, { role: 'host' });
      const without = await t.http().put('/api/me/profile').set(bearer(host)).send(profileInput()).expect(200);
      expect(without.body.missing).toEqual(['capacity']);
      const withCapacity = await t.http().put('/api/me/profile').set(bearer(host)).send({ capacity: 3 }).expect(200);
      expect(withCapacity.body.profileComplete).toBe(true);

      const migrant = await signUp(t);
      await t.http().put('/api/me/profile').set(bearer(migrant)).send(profileInput({ capacity: 2 })).expect(400);
    });

    const invalidFields: Array<[string, Record<string, unknown>]> = [
      ['bio over 1000 characters', { bio: 'x'.repeat(1001) }],
      ['birthYear too early', { birthYear: 1850 }],
      ['birthYear in the future', { birthYear: new Date().getUTCFullYear() + 1 }],
      ['birthYear as a string', { birthYear: '1985' }],
      ['an unknown gender', { gender: 'robot' }],
      ['an unknown partnerGender', { partnerGender: 'women' }],
      ['an unknown place', { placeId: '999999999' }],
      ['a malformed place id', { placeId: 'amsterdam' }],
      ['maxDistanceKm 0', { maxDistanceKm: 0 }],
      ['maxDistanceKm as a fraction', { maxDistanceKm: 2.5 }],
      ['meetOnline as a string', { meetOnline: 'yes' }],
      ['an unknown language code', { languages: [{ code: 'xx', level: 'native' }] }],
      ['an unknown level', { languages: [{ code: 'ar', level: 'perfect' }] }],
      ['a language twice', { languages: [{ code: 'ar', level: 'native' }, { code: 'ar', level: 'basic' }] }],
      ['a language as a bare string', { languages: ['ar'] }],
      ['an unknown field in a language', { languages: [{ code: 'ar', level: 'native', years: 3 }] }],
      ['a language as an empty list', { languages: [[]] }],
      ['a language as a list holding one', { languages: [[{ code: 'ar', level: 'native' }]] }],
      ['a language as null', { languages: [null] }],
      ['an unknown learning code', { learning: ['klingon'] }],
      ['an unknown interest', { interests: ['skydiving-on-mars'] }],
      ['weekday 0', { availability: [{ day: 0, start: '18:00', end: '21:00' }] }],
      ['weekday 8', { availability: [{ day: 8, start: '18:00', end: '21:00' }] }],
      ['start after end', { availability: [{ day: 1, start: '21:00', end: '18:00' }] }],
      ['a malformed time', { availability: [{ day: 1, start: '6pm', end: '21:00' }] }],
      ['a window as an empty list', { availability: [[]] }],
      ['a window as null', { availability: [null] }],
      ['overlapping windows', { availability: [{ day: 2, start: '10:00', end: '12:00' }, { day: 2, start: '11:00', end: '13:00' }] }],
      ['an unknown timezone', { timezone: 'Mars/Olympus' }],
      ['capacity 6', { capacity: 6 }],
      ['an unknown field', { favouriteColour: 'blue' }],
    ];

    it.each(invalidFields)('answers 400 for %s and leaves the stored profile unchanged', async (_label, invalid) => {
      const host = await signUp(t, { role: 'host' });
      await withProfile(t, host);
      const before = await t.http().get('/api/me').set(bearer(host)).expect(200);
      const response = await t.http().put('/api/me/profile').set(bearer(host)).send({ ...profileInput({ capacity: 2, bio: 'changed' }), ...invalid }).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      const after = await t.http().get('/api/me').set(bearer(host)).expect(200);
      expect(after.body.profile).toEqual(before.body.profile);
    });

    it('stores each profile with its owner\'s role (for the per-role place index), whatever a statement says', async () => {
      const migrant = await withProfile(t, await signUp(t));
      const host = await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 1 });
      const db = t.app.get(DataSource);
      await db.query(`UPDATE profiles SET role = 'host' WHERE user_id = $1`, [migrant.id]);
      const rows: Array<{ user_id: string; role: string; completed_at: Date | null }> = await db.query(
        `SELECT user_id, role, completed_at FROM profiles WHERE user_id = ANY($1::uuid[])`,
        [[migrant.id, host.id]],
      );
      expect(Object.fromEntries(rows.map((row) => [row.user_id, row.role]))).toEqual({ [migrant.id]: 'migrant', [host.id]: 'host' });
      expect(rows.every((row) => row.completed_at !== null)).toBe(true);
      await expect(db.query(`UPDATE profiles SET completed_at = NULL WHERE user_id = $1`, [migrant.id])).rejects.toThrow(/profiles_complete_has_completed_at/);
    });

    it('needs a token', async () => {
      await t.http().put('/api/me/profile').send(profileInput()).expect(401);
    });
  });

  describe('reference data (no token)', () => {
    it('finds places by accent- and case-insensitive prefix, filtered by country', async () => {
      const zurich = await t.http().get('/api/places').query({ q: 'zurich' }).expect(200);
      expect(zurich.body[0]).toMatchObject({ name: 'Zürich', countryCode: 'CH' });
      const amsterdam = await t.http().get('/api/places').query({ q: 'Amst', country: 'NL' }).expect(200);
      expect(amsterdam.body[0]).toMatchObject({ id: '2759794', name: 'Amsterdam', countryCode: 'NL' });
      expect(amsterdam.body.length).toBeLessThanOrEqual(10);
      expect(amsterdam.body.every((p: { countryCode: string }) => p.countryCode === 'NL')).toBe(true);
      const saoPaulo = await t.http().get('/api/places').query({ q: 'sao paulo' }).expect(200);
      expect(saoPaulo.body[0]).toMatchObject({ name: 'São Paulo', countryCode: 'BR' });
    });

    it('refuses a place search without q or with a bad country', async () => {
      await t.http().get('/api/places').expect(400);
      await t.http().get('/api/places').query({ q: 'Amst', country: 'Netherlands' }).expect(400);
    });

    it('names languages in the caller\'s locale', async () => {
      const dutch = await t.http().get('/api/languages').set('Accept-Language', 'nl-NL,nl;q=0.9').expect(200);
      expect(dutch.body).toContainEqual({ code: 'ar', name: 'Arabisch' });
      const english = await t.http().get('/api/languages').expect(200);
      expect(english.body).toContainEqual({ code: 'uk', name: 'Ukrainian' });
    });

    it('lists the interest taxonomy with stable codes', async () => {
      const response = await t.http().get('/api/interests').expect(200);
      expect(response.body.length).toBeGreaterThanOrEqual(30);
      expect(response.body).toContainEqual({ code: 'cooking', label: 'Cooking' });
    });
  });

  describe('volunteer vetting', () => {
    it('lists pending hosts to staff, who verify or reject them with a note and an audit entry', async () => {
      const staff = await createStaff(t);
      const host = await withProfile(t, await signUp(t, { role: 'host' }));
      const other = await signUp(t, { role: 'host' });

      const pending = await t.http().get('/api/staff/volunteers').query({ verification: 'pending' }).set(bearer(staff)).expect(200);
      const pendingIds = pending.body.map((u: { id: string }) => u.id);
      expect(pendingIds).toEqual(expect.arrayContaining([host.id, other.id]));
      expect(pending.body.every((u: { verification: string }) => u.verification === 'pending')).toBe(true);

      const verified = await t.http().post(`/api/staff/volunteers/${host.id}/verify`).set(bearer(staff)).send({ note: 'ID and references checked' }).expect(200);
      expect(verified.body).toMatchObject({ id: host.id, verification: 'verified' });
      const rejected = await t.http().post(`/api/staff/volunteers/${other.id}/reject`).set(bearer(staff)).send({ note: 'No references' }).expect(200);
      expect(rejected.body.verification).toBe('rejected');

      const stillPending = await t.http().get('/api/staff/volunteers?verification=pending').set(bearer(staff)).expect(200);
      expect(stillPending.body.map((u: { id: string }) => u.id)).not.toContain(host.id);
      const me = await t.http().get('/api/me').set(bearer(host)).expect(200);
      expect(me.body.verification).toBe('verified');
    });

    it('requires a note to reject and answers 404 for non-volunteers', async () => {
      const staff = await createStaff(t);
      const host = await signUp(t, { role: 'host' });
      const migrant = await signUp(t);
      await t.http().post(`/api/staff/volunteers/${host.id}/reject`).set(bearer(staff)).send({}).expect(400);
      await t.http().post(`/api/staff/volunteers/${migrant.id}/verify`).set(bearer(staff)).send({}).expect(404);
      await t.http().post('/api/staff/volunteers/00000000-0000-4000-8000-000000000000/verify').set(bearer(staff)).send({}).expect(404);
      await t.http().post('/api/staff/volunteers/not-a-uuid/verify').set(bearer(staff)).send({}).expect(400);
      await t.http().get('/api/staff/volunteers?verification=maybe').set(bearer(staff)).expect(400);
    });

    it('answers 403 to non-staff on every staff route', async () => {
      const host = await signUp(t, { role: 'host' });
      const migrant = await signUp(t);
      for (const user of [host, migrant]) {
        await t.http().get('/api/staff/volunteers').set(bearer(user)).expect(403);
        await t.http().post(`/api/staff/volunteers/${host.id}/verify`).set(bearer(user)).send({}).expect(403);
        await t.http().post(`/api/staff/volunteers/${host.id}/reject`).set(bearer(user)).send({ note: 'x' }).expect(403);
      }
      const me = await t.http().get('/api/me').set(bearer(host)).expect(200);
      expect(me.body.verification).toBe('pending');
    });
  });

  describe('privacy rights', () => {
    it('exports what the person stored, without the password hash', async () => {
      const migrant = await withProfile(t, await signUp(t, { displayName: 'Amal' }));
      const response = await t.http().get('/api/me/export').set(bearer(migrant)).expect(200);
      expect(response.body.exportedAt).toEqual(expect.any(String));
      expect(response.body.account).toMatchObject({ id: migrant.id, email: migrant.email, displayName: 'Amal' });
      expect(response.body.account.termsAcceptedAt).toEqual(expect.any(String));
      expect(response.body.account.passwordHash).toBeUndefined();
      expect(response.body.account.sessions.length).toBeGreaterThanOrEqual(1);
      expect(response.body.profile).toMatchObject({ placeId: '2759794', interests: ['cooking', 'gardening'] });
    });

    it('erases the account: wrong password changes nothing; then login fails, data is gone, the email is free', async () => {
      const staff = await createStaff(t);
      const host = await withProfile(t, await signUp(t, { role: 'host' }));
      await verifyHost(t, staff, host);
      await t.http().delete('/api/me').set(bearer(host)).send({ password: 'not-my-password-1' }).expect(403);
      await t.http().get('/api/me').set(bearer(host)).expect(200);

      await t.http().delete('/api/me').set(bearer(host)).send({ password: host.password }).expect(204);
      await t.http().get('/api/me').set(bearer(host)).expect(401);
      await t.http().post('/api/auth/login').send({ email: host.email, password: host.password }).expect(401);
      const volunteers = await t.http().get('/api/staff/volunteers').set(bearer(staff)).expect(200);
      expect(volunteers.body.map((u: { id: string }) => u.id)).not.toContain(host.id);
      await signUp(t, { email: host.email });

      const entries: Array<{ action: string; note: string | null }> = await t.app
        .get(DataSource)
        .query(`SELECT action, note FROM audit_log WHERE target_id = $1 ORDER BY created_at`, [host.id]);
      expect(entries.map((e) => e.action)).toEqual(['volunteer.verify', 'account.erase']);
      expect(entries[1]?.note).toBeNull();
      const row: Array<{ email: string | null; display_name: string }> = await t.app.get(DataSource).query(`SELECT email, display_name FROM users WHERE id = $1`, [host.id]);
      expect(row[0]).toEqual({ email: null, display_name: 'Deleted account' });
      const profiles: unknown[] = await t.app.get(DataSource).query(`SELECT 1 FROM profiles WHERE user_id = $1`, [host.id]);
      expect(profiles).toHaveLength(0);
    });

    it('requires the password to erase', async () => {
      const migrant = await signUp(t);
      await t.http().delete('/api/me').set(bearer(migrant)).send({}).expect(400);
      await t.http().get('/api/me').set(bearer(migrant)).expect(200);
    });
  });
});
