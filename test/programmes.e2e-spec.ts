import { DataSource } from 'typeorm';
import { DEFAULT_PROGRAMME_ID } from '../src/organisations/domain/programme.js';
import { bearer, createStaff, proposeMatch, SignedUpUser, signUp, withProfile } from './support/factories.js';
import { createOrganisation, joinProgramme } from './support/organisations.js';
import { parseCsv } from '../src/programmes/domain/csv-reader.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface ProgrammeBody {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string;
  status: string;
  region: { countryCodes: string[]; placeId: string | null; radiusKm: number | null; place: { id: string; name: string; countryCode: string } | null };
  rules: Record<string, unknown>;
  summary: string | null;
  createdAt: string;
}
interface UserBody {
  id: string;
  displayName: string;
  memberships: Array<{ programme: { id: string; organisationId: string }; status: string }>;
  history?: Array<{ programmeName: string; organisationName: string; joinedAt: string; leftAt: string | null; meetupsHeld: number }>;
}

const AMSTERDAM = '2759794';
const BERLIN = '2950159';
const JOHANNESBURG = '993800';
const PRETORIA = '964137';
const CAPE_TOWN = '3369157';

const STRENGTHS_RULES = {
  migrant: { genders: ['female'] },
  host: { genders: ['female'], minAge: 55 },
  languages: ['nl'],
  meeting: 'in-person',
  matchWeeks: 26,
  checkInWeeks: 4,
};

describe('Organisations and programmes', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedUpUser;
  let netherlands: { id: string; name: string };
  let southAfrica: { id: string; name: string };
  let dutchStaff: SignedUpUser;
  let southAfricanStaff: SignedUpUser;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_USER: '100000', RATE_LIMIT_PER_ADDRESS: '100000', SIGNUP_RATE_LIMIT: '100000' });
    db = t.app.get(DataSource);
    admin = await createStaff(t, { role: 'admin', organisationId: null });
    netherlands = await createOrganisation(t, { name: 'Netherlands Test Society', countryCode: 'NL' });
    southAfrica = await createOrganisation(t, { name: 'South African Test Society', countryCode: 'ZA' });
    dutchStaff = await createStaff(t, { organisationId: netherlands.id });
    southAfricanStaff = await createStaff(t, { organisationId: southAfrica.id });
  });
  afterAll(async () => {
    await t.close();
  });

  const createVia = async (who: SignedUpUser, body: Record<string, unknown>, status = 201): Promise<ProgrammeBody> =>
    (await t.http().post('/api/staff/programmes').set(bearer(who)).send(body).expect(status)).body as ProgrammeBody;
  const auditOf = async (action: string, targetId: string): Promise<Array<{ actor_id: string; note: string | null }>> =>
    db.query(`SELECT actor_id, note FROM audit_log WHERE action = $1 AND target_id = $2`, [action, targetId]);
  const programmeRow = async (id: string): Promise<unknown> => (await db.query(`SELECT name, description, status, region, rules FROM programmes WHERE id = $1`, [id]))[0];

  describe('admin routes', () => {
    it('creates an organisation, refuses its name again in any case, and lists it', async () => {
      const response = await t.http().post('/api/admin/organisations').set(bearer(admin)).send({ name: '  Red Cross of Testland ', countryCode: 'BE' }).expect(201);
      const organisation = response.body as { id: string; name: string; countryCode: string; createdAt: string };
      expect(organisation).toEqual({ id: expect.any(String), name: 'Red Cross of Testland', countryCode: 'BE', safeguardingEmail: null, requiredVettingChecks: [], createdAt: expect.any(String) });
      const again = await t.http().post('/api/admin/organisations').set(bearer(admin)).send({ name: 'RED CROSS OF TESTLAND', countryCode: 'BE' }).expect(409);
      expect(again.body).toMatchObject({ code: 'organisation.name-taken' });
      const list = (await t.http().get('/api/admin/organisations').set(bearer(admin)).expect(200)).body as Array<{ id: string }>;
      expect(list.map((o) => o.id)).toContain(organisation.id);
      expect(await auditOf('organisation.create', organisation.id)).toEqual([{ actor_id: admin.id, note: 'Red Cross of Testland' }]);
    });

    it.each([
      ['a lower-case country', { name: 'Society L', countryCode: 'nl' }],
      ['an unknown country', { name: 'Society X', countryCode: 'XX' }],
      ['a three-letter country', { name: 'Society N', countryCode: 'NLD' }],
      ['a blank name', { name: '   ', countryCode: 'NL' }],
      ['a name of 201 characters', { name: 'x'.repeat(201), countryCode: 'NL' }],
      ['no name', { countryCode: 'NL' }],
    ])('refuses %s with 400 and creates nothing', async (_label, body) => {
      const [before] = await db.query<Array<{ count: string }>>(`SELECT count(*) FROM organisations`);
      await t.http().post('/api/admin/organisations').set(bearer(admin)).send(body).expect(400);
      const [after] = await db.query<Array<{ count: string }>>(`SELECT count(*) FROM organisations`);
      expect(after.count).toBe(before.count);
    });

    it('creates a coordinator of the organisation, who signs in as its staff', async () => {
      const organisation = await createOrganisation(t, { countryCode: 'DE' });
      const email = `coordinator-${Date.now()}@example.org`;
      const response = await t.http().post(`/api/admin/organisations/${organisation.id}/staff`).set(bearer(admin)).send({ email, password: 'violet-tram-Rotterdam-42', displayName: 'Greta' }).expect(201);
      expect(response.body).toMatchObject({ email, displayName: 'Greta', role: 'staff', organisationId: organisation.id, memberships: [] });
      const login = await t.http().post('/api/auth/login').send({ email, password: 'violet-tram-Rotterdam-42' }).expect(200);
      expect(login.body).toMatchObject({ user: { role: 'staff', organisationId: organisation.id } });
      expect(await auditOf('organisation.staff.create', (response.body as { id: string }).id)).toHaveLength(1);

      const taken = await t.http().post(`/api/admin/organisations/${organisation.id}/staff`).set(bearer(admin)).send({ email: email.toUpperCase(), password: 'violet-tram-Rotterdam-42', displayName: 'Greta' }).expect(409);
      expect(taken.body).toMatchObject({ code: 'auth.email-taken' });
      await t.http().post(`/api/admin/organisations/${organisation.id}/staff`).set(bearer(admin)).send({ email: `weak-${email}`, password: 'password123', displayName: 'Weak' }).expect(400);
      const unknown = await t.http().post('/api/admin/organisations/00000000-0000-4000-8000-0000000000ff/staff').set(bearer(admin)).send({ email: `x-${email}`, password: 'violet-tram-Rotterdam-42', displayName: 'X' }).expect(404);
      expect(unknown.body).toMatchObject({ code: 'organisation.not-found' });
      const [{ count }] = await db.query<Array<{ count: string }>>(`SELECT count(*) FROM users WHERE email IN ($1, $2)`, [`weak-${email}`, `x-${email}`]);
      expect(count).toBe('0');
    });

    it('answers staff and participants 403 on every admin route', async () => {
      const migrant = await signUp(t);
      for (const who of [dutchStaff, migrant]) {
        await t.http().post('/api/admin/organisations').set(bearer(who)).send({ name: 'Not allowed', countryCode: 'NL' }).expect(403);
        await t.http().get('/api/admin/organisations').set(bearer(who)).expect(403);
        await t.http().post(`/api/admin/organisations/${netherlands.id}/staff`).set(bearer(who)).send({ email: 'no@example.org', password: 'violet-tram-Rotterdam-42', displayName: 'No' }).expect(403);
      }
      expect(await db.query(`SELECT 1 FROM organisations WHERE name = 'Not allowed'`)).toEqual([]);
    });
  });

  describe('creating and changing programmes', () => {
    it("creates a draft of the coordinator's organisation with the rules as stored and a summary", async () => {
      const programme = await createVia(dutchStaff, { name: '1001 Strengths test', description: 'Conversation partners', region: { countryCodes: ['NL'] }, rules: { ...STRENGTHS_RULES, sameGender: null } });
      expect(programme).toEqual({
        id: expect.any(String),
        organisationId: netherlands.id,
        organisationName: netherlands.name,
        name: '1001 Strengths test',
        description: 'Conversation partners',
        status: 'draft',
        region: { countryCodes: ['NL'], placeId: null, radiusKm: null, place: null },
        rules: STRENGTHS_RULES,
        summary: 'This programme pairs women newcomers with women volunteers aged 55 or over, who share Dutch, meeting in person, for 26 weeks',
        createdAt: expect.any(String),
      });
      expect(await auditOf('programme.create', programme.id)).toEqual([{ actor_id: dutchStaff.id, note: '1001 Strengths test' }]);
      const listed = (await t.http().get('/api/staff/programmes').set(bearer(dutchStaff)).expect(200)).body as ProgrammeBody[];
      expect(listed.map((p) => p.id)).toContain(programme.id);
      const elsewhere = (await t.http().get('/api/staff/programmes').set(bearer(southAfricanStaff)).expect(200)).body as ProgrammeBody[];
      expect(elsewhere.map((p) => p.id)).not.toContain(programme.id);
      const everything = (await t.http().get('/api/staff/programmes').set(bearer(admin)).expect(200)).body as ProgrammeBody[];
      expect(everything.map((p) => p.id)).toEqual(expect.arrayContaining([programme.id, DEFAULT_PROGRAMME_ID]));
    });

    it('lets an admin create for a named organisation, and asks for one when they coordinate none', async () => {
      const programme = await createVia(admin, { name: 'Admin made', organisationId: southAfrica.id, status: 'open' });
      expect(programme).toMatchObject({ organisationId: southAfrica.id, status: 'open', region: { countryCodes: [] }, rules: {}, summary: null });
      const missing = await createVia(admin, { name: 'Nowhere' }, 400);
      expect(missing).toMatchObject({ code: 'programme.organisation-required' });
      await createVia(admin, { name: 'Unknown', organisationId: '00000000-0000-4000-8000-0000000000ff' }, 404);
      // A coordinator cannot create for another organisation: it does not exist for them.
      await createVia(dutchStaff, { name: 'Not mine', organisationId: southAfrica.id }, 404);
      expect(await db.query(`SELECT 1 FROM programmes WHERE name IN ('Nowhere', 'Unknown', 'Not mine')`)).toEqual([]);
    });

    const BAD_INPUTS: Array<[string, Record<string, unknown>]> = [
      ['a blank name', { name: '  ' }],
      ['null as name', { name: null }],
      ['a 2001-character description', { description: 'x'.repeat(2001) }],
      ['an unknown status', { status: 'paused' }],
      ['a lower-case country', { region: { countryCodes: ['nl'] } }],
      ['an unknown country', { region: { countryCodes: ['XX'] } }],
      ['51 countries', { region: { countryCodes: Array.from({ length: 51 }, () => 'NL') } }],
      ['a region without countryCodes', { region: {} }],
      ['null as region', { region: null }],
      ['a place without a radius', { region: { countryCodes: ['ZA'], placeId: JOHANNESBURG } }],
      ['a radius without a place', { region: { countryCodes: ['ZA'], radiusKm: 60 } }],
      ['an unknown place', { region: { countryCodes: ['ZA'], placeId: '999999999', radiusKm: 60 } }],
      ['a radius of 0', { region: { countryCodes: ['ZA'], placeId: JOHANNESBURG, radiusKm: 0 } }],
      ['a radius of 2001', { region: { countryCodes: ['ZA'], placeId: JOHANNESBURG, radiusKm: 2001 } }],
      ['an unknown gender', { rules: { migrant: { genders: ['woman'] } } }],
      ['a fractional age', { rules: { host: { minAge: 55.5 } } }],
      ['an age of 121', { rules: { host: { maxAge: 121 } } }],
      ['a negative age', { rules: { migrant: { minAge: -1 } } }],
      ['maxAge below minAge', { rules: { host: { minAge: 60, maxAge: 50 } } }],
      ['sameGender as text', { rules: { sameGender: 'yes' } }],
      ['an unknown language', { rules: { languages: ['xx-not'] } }],
      ['an unknown meeting mode', { rules: { meeting: 'phone' } }],
      ['matchWeeks of 0', { rules: { matchWeeks: 0 } }],
      ['matchWeeks of 261', { rules: { matchWeeks: 261 } }],
      ['checkInWeeks of 53', { rules: { checkInWeeks: 53 } }],
      ['an unknown rule', { rules: { smoking: false } }],
      ['an unknown side rule', { rules: { host: { car: true } } }],
      ['null as rules', { rules: null }],
      ['an unknown field', { colour: 'red' }],
    ];

    it.each(BAD_INPUTS)('refuses %s on create and on change with 400, changing nothing', async (_label, body) => {
      const existing = await createVia(dutchStaff, { name: 'Validation target', region: { countryCodes: ['NL'] }, rules: { matchWeeks: 10 } });
      const [before] = await db.query<Array<{ count: string }>>(`SELECT count(*) FROM programmes`);
      await t.http().post('/api/staff/programmes').set(bearer(dutchStaff)).send({ name: 'Valid name', ...body }).expect(400);
      const [after] = await db.query<Array<{ count: string }>>(`SELECT count(*) FROM programmes`);
      expect(after.count).toBe(before.count);
      const stored = await programmeRow(existing.id);
      await t.http().patch(`/api/staff/programmes/${existing.id}`).set(bearer(dutchStaff)).send(body).expect(400);
      expect(await programmeRow(existing.id)).toEqual(stored);
    });

    it('accepts null for every rule as no rule, and a region with a centre', async () => {
      const programme = await createVia(southAfricanStaff, {
        name: 'Ubuntu test',
        region: { countryCodes: ['ZA'], placeId: JOHANNESBURG, radiusKm: 60 },
        rules: { migrant: null, host: { genders: null, minAge: null, maxAge: null }, sameGender: null, languages: null, meeting: null, matchWeeks: null, checkInWeeks: null },
      });
      expect(programme).toMatchObject({
        region: { countryCodes: ['ZA'], placeId: JOHANNESBURG, radiusKm: 60, place: { id: JOHANNESBURG, name: 'Johannesburg', countryCode: 'ZA' } },
        rules: {},
        summary: null,
      });
    });

    it('changes any field, replaces the rules whole, and audits what changed', async () => {
      const programme = await createVia(dutchStaff, { name: 'To change', rules: STRENGTHS_RULES });
      const response = await t.http().patch(`/api/staff/programmes/${programme.id}`).set(bearer(dutchStaff)).send({ name: 'Changed', description: 'New words', rules: { languages: ['nl', 'en'] } }).expect(200);
      expect(response.body).toMatchObject({ id: programme.id, name: 'Changed', description: 'New words', status: 'draft', rules: { languages: ['nl', 'en'] } });
      expect((response.body as ProgrammeBody).rules).toEqual({ languages: ['nl', 'en'] });
      expect(await auditOf('programme.update', programme.id)).toEqual([{ actor_id: dutchStaff.id, note: 'changed: name, description, rules' }]);
      // The organisation of a programme does not move.
      await t.http().patch(`/api/staff/programmes/${programme.id}`).set(bearer(admin)).send({ organisationId: southAfrica.id }).expect(400);
    });

    it('moves draft → open → closed → open, never back to draft', async () => {
      const programme = await createVia(dutchStaff, { name: 'Lifecycle' });
      const setStatus = (status: string, expected: number) => t.http().patch(`/api/staff/programmes/${programme.id}`).set(bearer(dutchStaff)).send({ status }).expect(expected);
      await setStatus('open', 200);
      const refused = await setStatus('draft', 409);
      expect(refused.body).toMatchObject({ code: 'programme.reopened-as-draft' });
      await setStatus('closed', 200);
      await setStatus('draft', 409);
      expect(await programmeRow(programme.id)).toMatchObject({ status: 'closed' });
      await setStatus('open', 200);
      await setStatus('open', 200);
      const abandoned = await createVia(dutchStaff, { name: 'Abandoned draft' });
      await t.http().patch(`/api/staff/programmes/${abandoned.id}`).set(bearer(dutchStaff)).send({ status: 'closed' }).expect(200);
    });

    it('keeps the default programme open', async () => {
      const refused = await t.http().patch(`/api/staff/programmes/${DEFAULT_PROGRAMME_ID}`).set(bearer(admin)).send({ status: 'closed' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'programme.default-closed' });
      expect(await programmeRow(DEFAULT_PROGRAMME_ID)).toMatchObject({ status: 'open' });
    });
  });

  describe('finding programmes', () => {
    let strengths: ProgrammeBody;
    let ubuntu: ProgrammeBody;
    let draft: ProgrammeBody;

    beforeAll(async () => {
      strengths = await createVia(dutchStaff, { name: 'Strengths near', region: { countryCodes: ['NL'] }, rules: STRENGTHS_RULES, status: 'open' });
      ubuntu = await createVia(southAfricanStaff, { name: 'Ubuntu near', region: { countryCodes: ['ZA'], placeId: JOHANNESBURG, radiusKm: 60 }, rules: { languages: ['en', 'zu', 'st'] }, status: 'open' });
      draft = await createVia(dutchStaff, { name: 'Hidden draft', region: { countryCodes: ['NL'] } });
    });

    const openNear = async (placeId?: string): Promise<string[]> => {
      const response = await t.http().get('/api/programmes').query(placeId === undefined ? {} : { placeId }).expect(200);
      return (response.body as ProgrammeBody[]).map((p) => p.id);
    };

    it('lists the open programmes whose region holds the place, without a token', async () => {
      const amsterdam = await openNear(AMSTERDAM);
      expect(amsterdam).toEqual(expect.arrayContaining([strengths.id, DEFAULT_PROGRAMME_ID]));
      expect(amsterdam).not.toContain(ubuntu.id);
      expect(amsterdam).not.toContain(draft.id);
      expect(await openNear(JOHANNESBURG)).toEqual(expect.arrayContaining([ubuntu.id]));
      expect(await openNear(PRETORIA)).toContain(ubuntu.id); // about 55 km away
      const capeTown = await openNear(CAPE_TOWN);
      expect(capeTown).not.toContain(ubuntu.id);
      expect(capeTown).not.toContain(strengths.id);
      expect(capeTown).toContain(DEFAULT_PROGRAMME_ID);
      expect(await openNear()).toEqual(expect.arrayContaining([strengths.id, ubuntu.id, DEFAULT_PROGRAMME_ID]));
      expect(await openNear()).not.toContain(draft.id);
    });

    it('refuses an unknown place with 400', async () => {
      await t.http().get('/api/programmes').query({ placeId: '999999999' }).expect(400);
      await t.http().get('/api/programmes').query({ placeId: 'Amsterdam' }).expect(400);
    });

    it('shows an open programme to anyone and a draft only to its staff and admins', async () => {
      expect((await t.http().get(`/api/programmes/${strengths.id}`).expect(200)).body).toMatchObject({ id: strengths.id, status: 'open' });
      await t.http().get(`/api/programmes/${draft.id}`).expect(404);
      await t.http().get(`/api/programmes/${draft.id}`).set(bearer(await signUp(t))).expect(404);
      await t.http().get(`/api/programmes/${draft.id}`).set(bearer(southAfricanStaff)).expect(404);
      await t.http().get(`/api/programmes/${draft.id}`).set({ Authorization: 'Bearer not-a-token' }).expect(404);
      expect((await t.http().get(`/api/programmes/${draft.id}`).set(bearer(dutchStaff)).expect(200)).body).toMatchObject({ id: draft.id, status: 'draft' });
      await t.http().get(`/api/programmes/${draft.id}`).set(bearer(admin)).expect(200);
      await t.http().get('/api/programmes/00000000-0000-4000-8000-0000000000ff').expect(404);
    });
  });

  describe('joining and leaving', () => {
    let strengths: ProgrammeBody;
    let ubuntu: ProgrammeBody;

    beforeAll(async () => {
      strengths = await createVia(dutchStaff, { name: '1001 Strengths', region: { countryCodes: ['NL'] }, rules: STRENGTHS_RULES, status: 'open' });
      ubuntu = await createVia(southAfricanStaff, { name: 'Ubuntu', region: { countryCodes: ['ZA'], placeId: JOHANNESBURG, radiusKm: 60 }, rules: { languages: ['en', 'zu'] }, status: 'open' });
    });

    const join = (who: SignedUpUser, programmeId: string, expected: number, extra: Record<string, unknown> = {}) =>
      t.http().post('/api/me/programmes').set(bearer(who)).send({ programmeId, ...extra }).expect(expected);
    const dutchWoman = { gender: 'female', placeId: AMSTERDAM, languages: [{ code: 'ar', level: 'native' }, { code: 'nl', level: 'basic' }] };

    it.each([
      ['a place outside the countries', 'migrant', { ...dutchWoman, placeId: BERLIN }, 'programme.region.country', 'This programme runs in NL; your place is in DE'],
      ['the wrong gender', 'migrant', { ...dutchWoman, gender: 'male' }, 'programme.gender.not-allowed', 'This programme takes newcomers who are female; your profile says male'],
      ['a volunteer too young', 'host', { ...dutchWoman, birthYear: 1990 }, 'programme.age.too-young', /^This programme takes volunteers aged 55 or over; by your birth year you are \d+$/],
      ['none of its languages', 'migrant', { ...dutchWoman, languages: [{ code: 'ar', level: 'native' }] }, 'programme.language.none', "This programme's pairs speak Dutch; add one of them to your languages first"],
    ])('refuses %s with 409 and the rule in words', async (_label, role, profile, code, message) => {
      const person = await withProfile(t, await signUp(t, { role }), profile);
      const response = await join(person, strengths.id, 409);
      expect(response.body).toMatchObject({ statusCode: 409, code, message });
      const memberships = (await t.http().get('/api/me/programmes').set(bearer(person)).expect(200)).body as Array<{ programme: { id: string } }>;
      expect(memberships.map((m) => m.programme.id)).toEqual([DEFAULT_PROGRAMME_ID]);
    });

    it('refuses someone without a place, and someone too far from the centre', async () => {
      const noProfile = await signUp(t);
      expect((await join(noProfile, strengths.id, 409)).body).toMatchObject({ code: 'programme.region.place-missing' });
      const capeTown = await withProfile(t, await signUp(t), { placeId: CAPE_TOWN, languages: [{ code: 'en', level: 'fluent' }] });
      expect((await join(capeTown, ubuntu.id, 409)).body).toMatchObject({ code: 'programme.region.distance', message: expect.stringMatching(/^This programme runs within 60 km of Johannesburg; your place is \d+ km away$/) });
    });

    it('lets someone who meets the rules join, once; a volunteer waits for the organisation’s vetting', async () => {
      const migrant = await withProfile(t, await signUp(t), dutchWoman);
      const joined = await join(migrant, strengths.id, 201);
      expect(joined.body).toEqual({
        programme: { id: strengths.id, name: '1001 Strengths', organisationId: netherlands.id, organisationName: netherlands.name },
        role: 'migrant',
        status: 'active',
        verification: null,
        joinedAt: expect.any(String),
      });
      expect((await join(migrant, strengths.id, 409)).body).toMatchObject({ code: 'programme.already-member' });
      const host = await withProfile(t, await signUp(t, { role: 'host' }), { ...dutchWoman, birthYear: 1960 });
      expect((await join(host, strengths.id, 201)).body).toMatchObject({ role: 'host', verification: 'pending' });
      expect(await db.query(`SELECT verification FROM volunteer_vettings WHERE organisation_id = $1 AND user_id = $2`, [netherlands.id, host.id])).toEqual([{ verification: 'pending' }]);
      const mine = (await t.http().get('/api/me/programmes').set(bearer(host)).expect(200)).body as Array<{ programme: { id: string } }>;
      expect(mine.map((m) => m.programme.id)).toEqual([DEFAULT_PROGRAMME_ID, strengths.id]);
    });

    it('refuses a programme that is not open, an unknown one, and staff', async () => {
      const closed = await createVia(dutchStaff, { name: 'Closed one', status: 'closed' });
      const draft = await createVia(dutchStaff, { name: 'Draft one' });
      const migrant = await withProfile(t, await signUp(t), dutchWoman);
      expect((await join(migrant, closed.id, 409)).body).toMatchObject({ code: 'programme.not-open' });
      expect((await join(migrant, draft.id, 409)).body).toMatchObject({ code: 'programme.not-open' });
      expect((await join(migrant, '00000000-0000-4000-8000-0000000000ff', 404)).body).toMatchObject({ code: 'programme.not-found' });
      expect((await join(dutchStaff, strengths.id, 403)).body).toMatchObject({ code: 'programme.staff' });
      await join(migrant, strengths.id, 400, { shareHistory: 'yes' });
      await join(migrant, strengths.id, 400, { shareHistory: null });
    });

    it('leaving declines the proposal and ends the active match in that programme, and leaves the others alone', async () => {
      const host = await withProfile(t, await signUp(t, { role: 'host', displayName: 'Hannah' }), { ...dutchWoman, birthYear: 1960 });
      await join(host, strengths.id, 201);
      const [first, second, third] = await Promise.all([1, 2, 3].map(async () => withProfile(t, await signUp(t), dutchWoman)));
      for (const migrant of [first, second]) await join(migrant, strengths.id, 201);
      const proposal = await proposeMatch(t, first, host, { programmeId: strengths.id });
      const active = await proposeMatch(t, second, host, { programmeId: strengths.id });
      const elsewhere = await proposeMatch(t, third, host);
      await db.query(`UPDATE matches SET status = 'active', activated_at = now(), accepted_by_migrant = true, accepted_by_host = true WHERE id = ANY($1::uuid[])`, [[active.id, elsewhere.id]]);

      await t.http().delete(`/api/me/programmes/${strengths.id}`).set(bearer(host)).expect(204);
      const statuses = await db.query<Array<{ id: string; status: string; close_note: string | null }>>(`SELECT id, status, close_note FROM matches WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [[proposal.id, active.id, elsewhere.id]]);
      expect(statuses).toEqual([
        { id: proposal.id, status: 'declined', close_note: 'Left the programme' },
        { id: active.id, status: 'ended', close_note: 'Left the programme' },
        { id: elsewhere.id, status: 'active', close_note: null },
      ]);
      const mine = (await t.http().get('/api/me/programmes').set(bearer(host)).expect(200)).body as Array<{ programme: { id: string }; status: string }>;
      expect(mine.find((m) => m.programme.id === strengths.id)?.status).toBe('left');
      await t.http().delete(`/api/me/programmes/${strengths.id}`).set(bearer(host)).expect(404);
      // Joining again after leaving is allowed.
      await join(host, strengths.id, 201);
    });
  });

  describe('members, the migratory trail, figures and the export', () => {
    let programme: ProgrammeBody;
    let earlier: ProgrammeBody;

    beforeAll(async () => {
      programme = await createVia(dutchStaff, { name: 'Figures, "quoted"', status: 'open', region: { countryCodes: ['NL'] } });
      earlier = await createVia(southAfricanStaff, { name: 'Earlier Ubuntu', status: 'open' });
    });

    it('shows the trail of other organisations only to staff the person shared it with', async () => {
      const sharer = await withProfile(t, await signUp(t, { displayName: 'Sharer' }));
      const private_ = await withProfile(t, await signUp(t, { displayName: 'Private' }));
      const host = await withProfile(t, await signUp(t, { role: 'host' }));
      for (const person of [sharer, private_]) await t.http().post('/api/me/programmes').set(bearer(person)).send({ programmeId: earlier.id }).expect(201);
      // One meetup held in the earlier programme, one that did not happen.
      const match = await proposeMatch(t, sharer, host, { programmeId: earlier.id });
      await db.query(`UPDATE matches SET status = 'active', activated_at = now() - interval '30 days', accepted_by_migrant = true, accepted_by_host = true WHERE id = $1`, [match.id]);
      const [held] = await db.query<Array<{ id: string }>>(
        `INSERT INTO meetups (match_id, status, starts_at, duration_minutes, ends_at, proposed_by, online) VALUES ($1, 'confirmed', now() - interval '3 days', 60, now() - interval '3 days' + interval '60 minutes', $2, true) RETURNING id`,
        [match.id, sharer.id],
      );
      await db.query(`INSERT INTO meetup_feedback (meetup_id, user_id, happened) VALUES ($1, $2, true)`, [held.id, sharer.id]);
      await db.query(`INSERT INTO meetups (match_id, status, starts_at, duration_minutes, ends_at, proposed_by, online) VALUES ($1, 'confirmed', now() + interval '3 days', 60, now() + interval '3 days' + interval '60 minutes', $2, true)`, [match.id, sharer.id]);

      await t.http().post('/api/me/programmes').set(bearer(sharer)).send({ programmeId: programme.id, shareHistory: true }).expect(201);
      await t.http().post('/api/me/programmes').set(bearer(private_)).send({ programmeId: programme.id }).expect(201);

      const page = (await t.http().get(`/api/staff/programmes/${programme.id}/members`).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[] };
      const shared = page.items.find((u) => u.id === sharer.id);
      const notShared = page.items.find((u) => u.id === private_.id);
      expect(shared?.history).toEqual([
        { programmeName: 'Common Ground', organisationName: 'Common Ground', joinedAt: expect.any(String), leftAt: null, meetupsHeld: 0 },
        { programmeName: 'Earlier Ubuntu', organisationName: southAfrica.name, joinedAt: expect.any(String), leftAt: null, meetupsHeld: 1 },
      ]);
      expect(Object.keys(shared?.history?.[0] ?? {}).sort()).toEqual(['joinedAt', 'leftAt', 'meetupsHeld', 'organisationName', 'programmeName']);
      expect(notShared?.history).toEqual([]);
      // Without sharing, other organisations' memberships stay invisible too.
      for (const user of [shared, notShared]) expect(user?.memberships.map((m) => m.programme.organisationId)).toEqual([netherlands.id]);
      // The earlier organisation was not told anything new: the person shared with the new one only.
      const theirView = (await t.http().get(`/api/staff/programmes/${earlier.id}/members`).set(bearer(southAfricanStaff)).expect(200)).body as { items: UserBody[] };
      expect(theirView.items.find((u) => u.id === sharer.id)?.history).toEqual([]);
      // The person's own view has no trail.
      expect(((await t.http().get('/api/me').set(bearer(sharer)).expect(200)).body as UserBody).history).toBeUndefined();
    });

    it('pages the members, the latest to join first or the earliest, by role', async () => {
      const paged = await createVia(dutchStaff, { name: 'Paged', status: 'open' });
      const people = [await signUp(t), await signUp(t), await signUp(t, { role: 'host' })];
      for (const [index, person] of people.entries()) {
        await joinProgramme(t, { userId: person.id, programmeId: paged.id, role: person.role as 'migrant' | 'host' });
        await db.query(`UPDATE programme_memberships SET joined_at = $3 WHERE programme_id = $1 AND user_id = $2`, [paged.id, person.id, new Date(Date.UTC(2026, 0, 1 + index))]);
      }
      const url = `/api/staff/programmes/${paged.id}/members`;
      const first = (await t.http().get(url).query({ limit: 2 }).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[]; nextCursor: string | null };
      expect(first.items.map((u) => u.id)).toEqual([people[2].id, people[1].id]);
      expect(first.nextCursor).not.toBeNull();
      const second = (await t.http().get(url).query({ limit: 2, cursor: first.nextCursor }).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[]; nextCursor: string | null };
      expect(second.items.map((u) => u.id)).toEqual([people[0].id]);
      expect(second.nextCursor).toBeNull();
      const hosts = (await t.http().get(url).query({ role: 'host' }).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[] };
      expect(hosts.items.map((u) => u.id)).toEqual([people[2].id]);
      await t.http().get(url).query({ limit: 0 }).set(bearer(dutchStaff)).expect(400);
      await t.http().get(url).query({ limit: 101 }).set(bearer(dutchStaff)).expect(400);
      await t.http().get(url).query({ role: 'staff' }).set(bearer(dutchStaff)).expect(400);
      await t.http().get(url).query({ cursor: 'garbage' }).set(bearer(dutchStaff)).expect(400);

      // The earliest to join first, a cursor continuing in that order.
      const oldest = (await t.http().get(url).query({ limit: 2, order: 'oldest' }).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[]; nextCursor: string | null };
      expect(oldest.items.map((u) => u.id)).toEqual([people[0].id, people[1].id]);
      const rest = (await t.http().get(url).query({ limit: 2, order: 'oldest', cursor: oldest.nextCursor }).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[]; nextCursor: string | null };
      expect(rest.items.map((u) => u.id)).toEqual([people[2].id]);
      expect(rest.nextCursor).toBeNull();
      const newestAgain = (await t.http().get(url).query({ order: 'newest' }).set(bearer(dutchStaff)).expect(200)).body as { items: UserBody[] };
      expect(newestAgain.items.map((u) => u.id)).toEqual([people[2].id, people[1].id, people[0].id]);
      const refused = await t.http().get(url).query({ order: 'name' }).set(bearer(dutchStaff)).expect(400);
      expect(JSON.stringify(refused.body)).toContain('order');
    });

    it('computes the figures from a known programme', async () => {
      const counted = await createVia(dutchStaff, { name: 'Counted', status: 'open' });
      const [m1, m2, m3] = [await withProfile(t, await signUp(t)), await withProfile(t, await signUp(t)), await withProfile(t, await signUp(t))];
      const [h1, h2] = [await withProfile(t, await signUp(t, { role: 'host' })), await withProfile(t, await signUp(t, { role: 'host' }))];
      for (const person of [m1, m2, m3]) await joinProgramme(t, { userId: person.id, programmeId: counted.id, role: 'migrant' });
      await joinProgramme(t, { userId: h1.id, programmeId: counted.id, role: 'host', verification: 'verified' });
      await joinProgramme(t, { userId: h2.id, programmeId: counted.id, role: 'host', verification: 'pending' });
      const joined = new Date(Date.UTC(2026, 9, 1));
      await db.query(`UPDATE programme_memberships SET joined_at = $2 WHERE programme_id = $1`, [counted.id, joined]);
      const first = await proposeMatch(t, m1, h1, { programmeId: counted.id });
      const second = await proposeMatch(t, m2, h1, { programmeId: counted.id });
      await proposeMatch(t, m3, h2, { programmeId: counted.id });
      // m1 matched after 10 days (October), m2 after 40 days (November).
      await db.query(`UPDATE matches SET status = 'active', activated_at = $2, accepted_by_migrant = true, accepted_by_host = true WHERE id = $1`, [first.id, new Date(Date.UTC(2026, 9, 11))]);
      await db.query(`UPDATE matches SET status = 'ended', activated_at = $2, ended_at = $3, accepted_by_migrant = true, accepted_by_host = true WHERE id = $1`, [second.id, new Date(Date.UTC(2026, 10, 10)), new Date(Date.UTC(2026, 10, 20))]);
      const [meetup] = await db.query<Array<{ id: string }>>(
        `INSERT INTO meetups (match_id, status, starts_at, duration_minutes, ends_at, proposed_by, online) VALUES ($1, 'confirmed', now() - interval '2 days', 60, now() - interval '2 days' + interval '60 minutes', $2, true) RETURNING id`,
        [first.id, m1.id],
      );
      await db.query(`INSERT INTO meetup_feedback (meetup_id, user_id, happened) VALUES ($1, $2, true)`, [meetup.id, h1.id]);
      for (const [match, user, score] of [[first.id, m1.id, 5], [first.id, h1.id, 4], [second.id, m2.id, 1]] as const) {
        await db.query(`INSERT INTO check_ins (match_id, programme_id, user_id, score) VALUES ($1, $2, $3, $4)`, [match, counted.id, user, score]);
      }

      const stats = (await t.http().get(`/api/staff/programmes/${counted.id}/stats`).set(bearer(dutchStaff)).expect(200)).body as Record<string, unknown>;
      expect(stats).toMatchObject({
        participants: { migrants: 3, hosts: 2, staff: 1 },
        hostsPending: 1,
        waitingMigrants: 1, // m2: their match ended; m1 active, m3 proposed
        matches: { proposed: 1, active: 1, declined: 0, expired: 0, ended: 1 },
        meetups: { confirmed: 1, happened: 1 },
        matchesEverActive: 2,
        meetupsPerActiveMatch: 0.5,
        openReports: 0,
        // Members with a first match: m1 and h1 after 10 days, m2 after 40: the median is 10.
        medianDaysToFirstMatch: 10,
        meanCheckInScore: 3.33,
        checkIns: { count: 3, byScore: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 1 } },
        firstMatchesByMonth: [{ month: '2026-10', count: 1 }, { month: '2026-11', count: 1 }],
      });
    });

    it('exports the members as CSV that reads back, and audits the export', async () => {
      const exported = await createVia(dutchStaff, { name: 'Export, "me"', status: 'open' });
      const tricky = await withProfile(t, await signUp(t, { displayName: 'Doe, "Jo"' }));
      const formula = await signUp(t, { role: 'host', displayName: '=HYPERLINK("x")' });
      await joinProgramme(t, { userId: tricky.id, programmeId: exported.id, role: 'migrant' });
      await joinProgramme(t, { userId: formula.id, programmeId: exported.id, role: 'host', verification: 'verified' });
      await db.query(`UPDATE programme_memberships SET joined_at = $3 WHERE programme_id = $1 AND user_id = $2`, [exported.id, formula.id, new Date(Date.now() + 1000)]);
      const match = await proposeMatch(t, tricky, formula, { programmeId: exported.id });
      await db.query(`UPDATE matches SET status = 'active', activated_at = now(), accepted_by_migrant = true, accepted_by_host = true WHERE id = $1`, [match.id]);

      const response = await t.http().get(`/api/staff/programmes/${exported.id}/export.csv`).set(bearer(dutchStaff)).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="members-export-me-\d{4}-\d{2}-\d{2}\.csv"$/);
      const rows = parseCsv(response.text);
      expect(rows[0]).toEqual(['id', 'role', 'displayName', 'place', 'joinedAt', 'verification', 'matches', 'meetupsHeld']);
      expect(rows.slice(1)).toEqual([
        [tricky.id, 'migrant', 'Doe, "Jo"', 'Amsterdam', expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), '', '1', '0'],
        [formula.id, 'host', `'=HYPERLINK("x")`, '', expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), 'verified', '1', '0'],
      ]);
      expect(await auditOf('programme.export', exported.id)).toEqual([{ actor_id: dutchStaff.id, note: '2 members' }]);
    });

    it('answers staff of another organisation 404 on every programme route, changing nothing', async () => {
      const before = await programmeRow(programme.id);
      const other = bearer(southAfricanStaff);
      const patch = await t.http().patch(`/api/staff/programmes/${programme.id}`).set(other).send({ name: 'Taken over' }).expect(404);
      expect(patch.body).toMatchObject({ code: 'programme.not-found' });
      await t.http().get(`/api/staff/programmes/${programme.id}/members`).set(other).expect(404);
      await t.http().get(`/api/staff/programmes/${programme.id}/stats`).set(other).expect(404);
      await t.http().get(`/api/staff/programmes/${programme.id}/export.csv`).set(other).expect(404);
      expect(await programmeRow(programme.id)).toEqual(before);
      expect(await auditOf('programme.export', programme.id)).toEqual([]);
      // Participants are not staff at all.
      await t.http().get(`/api/staff/programmes/${programme.id}/stats`).set(bearer(await signUp(t))).expect(403);
    });
  });

  describe('personal data', () => {
    it('exports memberships and vetting states without notes, and erasure leaves every programme', async () => {
      const programme = await createVia(dutchStaff, { name: 'Private data', status: 'open' });
      const host = await withProfile(t, await signUp(t, { role: 'host' }));
      await t.http().post('/api/me/programmes').set(bearer(host)).send({ programmeId: programme.id, shareHistory: true }).expect(201);
      await t.http().post(`/api/staff/volunteers/${host.id}/verify`).set(bearer(dutchStaff)).send({ note: 'Met in person; references fine' }).expect(200);

      const exported = (await t.http().get('/api/me/export').set(bearer(host)).expect(200)).body as { programmes: { memberships: Array<Record<string, unknown>>; vettings: Array<Record<string, unknown>> } };
      expect(exported.programmes.memberships).toEqual(
        expect.arrayContaining([expect.objectContaining({ programmeId: programme.id, programmeName: 'Private data', role: 'host', status: 'active', shareHistory: true, leftAt: null })]),
      );
      expect(exported.programmes.vettings).toEqual(expect.arrayContaining([expect.objectContaining({ organisationId: netherlands.id, verification: 'verified' })]));
      expect(JSON.stringify(exported.programmes)).not.toContain('references fine');

      await t.http().delete('/api/me').set(bearer(host)).send({ password: host.password }).expect(204);
      const rows = await db.query<Array<{ status: string; left_at: Date | null }>>(`SELECT status, left_at FROM programme_memberships WHERE user_id = $1`, [host.id]);
      expect(rows.length).toBe(2);
      expect(rows.every((r) => r.status === 'left' && r.left_at !== null)).toBe(true);
      expect(await db.query(`SELECT note FROM volunteer_vettings WHERE user_id = $1 AND note IS NOT NULL`, [host.id])).toEqual([]);
    });
  });
});
