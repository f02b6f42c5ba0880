import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, createStaff, signUp, type SignedUpUser } from './support/factories.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Row {
  id: string;
  displayName: string;
  email: string;
  role: string;
  status: string;
  createdAt: string;
}

interface PeoplePage {
  items: Row[];
  total: number;
  page: number;
  limit: number;
}

interface PersonPage {
  user: { id: string; displayName: string; memberships: Array<{ programme: { id: string } }> };
  matches: Array<{ id: string; status: string; programmeId: string; programmeName: string; partner: { id: string; displayName: string; role: string } }>;
  reports: Array<{ id: string; direction: string; reason: string; status: string }>;
  checkIns: Array<{ id: string; score: number; comment: string | null; wantsContact: boolean; programmeName: string }>;
}

describe('staff people: search and the person page', () => {
  let t: TestApp;
  let db: DataSource;
  let coordinator: SignedUpUser;
  let otherCoordinator: SignedUpUser;
  let admin: SignedUpUser;
  let organisationId: string;
  let otherOrganisationId: string;
  let programme: { id: string; name: string };
  let emilie: SignedUpUser;
  let emile: SignedUpUser;
  let zara: SignedUpUser;
  // A word no other person in the database has, so that searches count exactly.
  const word = `Zand${randomUUID().slice(0, 6)}`;

  const people = (who: SignedUpUser, query: Record<string, string | number>) => t.http().get('/api/staff/people').query(query).set(bearer(who));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    organisationId = (await createOrganisation(t)).id;
    otherOrganisationId = (await createOrganisation(t)).id;
    programme = await createProgramme(t, { organisationId, name: 'Koffie en taal' });
    const otherProgramme = await createProgramme(t, { organisationId: otherOrganisationId });
    coordinator = await createStaff(t, { organisationId });
    otherCoordinator = await createStaff(t, { organisationId: otherOrganisationId });
    admin = await createStaff(t, { role: 'admin', organisationId: null });
    emilie = await signUp(t, { displayName: `Émilie ${word}voort` });
    emile = await signUp(t, { role: 'host', displayName: `emile ${word}berg`, email: `${word.toLowerCase()}-mail@example.org` });
    zara = await signUp(t, { displayName: `Zara ${word}loper` });
    await joinProgramme(t, { userId: emilie.id, programmeId: programme.id, role: 'migrant' });
    await joinProgramme(t, { userId: emile.id, programmeId: programme.id, role: 'host' });
    await joinProgramme(t, { userId: zara.id, programmeId: otherProgramme.id, role: 'migrant' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds people by part of a name, ignoring case and accents, and by part of an email address', async () => {
    // "ÉMIL" folds to "emil": both Émilie and emile (and nobody else in the organisation).
    const byName = (await people(coordinator, { q: 'ÉMIL' }).expect(200)).body as PeoplePage;
    expect(byName.items.map((p) => p.id).sort()).toEqual([emilie.id, emile.id].sort());

    const accentless = (await people(coordinator, { q: `EMILIE ${word}` }).expect(200)).body as PeoplePage;
    expect(accentless.items).toEqual([{ id: emilie.id, displayName: `Émilie ${word}voort`, email: emilie.email, role: 'migrant', status: 'active', createdAt: expect.any(String) as string }]);

    const byEmail = (await people(coordinator, { q: `${word.toUpperCase()}-MAIL@` }).expect(200)).body as PeoplePage;
    expect(byEmail.items.map((p) => p.id)).toEqual([emile.id]);

    const byRole = (await people(coordinator, { q: word, role: 'host' }).expect(200)).body as PeoplePage;
    expect(byRole.items.map((p) => p.id)).toEqual([emile.id]);

    // LIKE's wildcards are taken literally.
    expect(((await people(coordinator, { q: '%' }).expect(200)).body as PeoplePage).total).toBe(0);
  });

  it('pages and sorts by name or sign-up date', async () => {
    const first = (await people(coordinator, { q: word, limit: 1 }).expect(200)).body as PeoplePage;
    expect(first).toMatchObject({ total: 2, page: 1, limit: 1 });
    expect(first.items.map((p) => p.id)).toEqual([emile.id]);
    const second = (await people(coordinator, { q: word, limit: 1, page: 2 }).expect(200)).body as PeoplePage;
    expect(second.items.map((p) => p.id)).toEqual([emilie.id]);
    const past = (await people(coordinator, { q: word, limit: 1, page: 3 }).expect(200)).body as PeoplePage;
    expect(past).toEqual({ items: [], total: 2, page: 3, limit: 1 });

    const reversed = (await people(coordinator, { q: word, sort: '-name' }).expect(200)).body as PeoplePage;
    expect(reversed.items.map((p) => p.id)).toEqual([emilie.id, emile.id]);
    const oldest = (await people(coordinator, { q: word, sort: 'createdAt' }).expect(200)).body as PeoplePage;
    expect(oldest.items.map((p) => p.id)).toEqual([emilie.id, emile.id]);
    const newest = (await people(coordinator, { q: word, sort: '-createdAt' }).expect(200)).body as PeoplePage;
    expect(newest.items.map((p) => p.id)).toEqual([emile.id, emilie.id]);
  });

  it("shows a coordinator only their organisation's people; admins everyone, or one organisation's", async () => {
    const own = (await people(coordinator, { q: word }).expect(200)).body as PeoplePage;
    expect(own.items.map((p) => p.id)).not.toContain(zara.id);
    const theirs = (await people(otherCoordinator, { q: word }).expect(200)).body as PeoplePage;
    expect(theirs.items.map((p) => p.id)).toEqual([zara.id]);
    // The organisation's coordinator is one of its people.
    const staffOnly = (await people(coordinator, { role: 'staff' }).expect(200)).body as PeoplePage;
    expect(staffOnly.items.map((p) => p.id)).toEqual([coordinator.id]);

    const everyone = (await people(admin, { q: word }).expect(200)).body as PeoplePage;
    expect(everyone.total).toBe(3);
    const one = (await people(admin, { q: word, organisationId: otherOrganisationId }).expect(200)).body as PeoplePage;
    expect(one.items.map((p) => p.id)).toEqual([zara.id]);

    const refused = await people(coordinator, { organisationId: otherOrganisationId }).expect(404);
    expect((refused.body as { code: string }).code).toBe('organisation.not-found');
    await people(emilie, { q: word }).expect(403);
  });

  it('refuses a bad limit, page, sort or role with 400', async () => {
    const bad: Array<Record<string, string | number>> = [{ limit: 0 }, { limit: 101 }, { limit: 'ten' }, { page: 0 }, { sort: 'email' }, { role: 'ghost' }, { q: 'x'.repeat(201) }, { organisationId: 'nope' }];
    for (const query of bad) {
      await people(coordinator, query).expect(400);
    }
  });

  it("answers a person page with the account, and the matches, reports and check-ins of the caller's organisation", async () => {
    const [match] = await db.query<Array<{ id: string }>>(
      `INSERT INTO matches (programme_id, migrant_id, host_id, status, accepted_by_migrant, accepted_by_host, score, activated_at)
       VALUES ($1, $2, $3, 'active', true, true, 60, now()) RETURNING id`,
      [programme.id, emilie.id, emile.id],
    );
    const [checkIn] = await db.query<Array<{ id: string }>>(
      `INSERT INTO check_ins (match_id, programme_id, user_id, score, comment, wants_contact) VALUES ($1, $2, $3, 2, 'Hard to find a time', true) RETURNING id`,
      [match.id, programme.id, emilie.id],
    );
    const [about] = await db.query<Array<{ id: string }>>(
      `INSERT INTO reports (source, reason, user_id, reporter_id, match_id, organisation_id) VALUES ('user', 'harassment', $1, $2, $3, $4) RETURNING id`,
      [emilie.id, emile.id, match.id, organisationId],
    );
    // Another organisation's report about her stays out of this page.
    await db.query(`INSERT INTO reports (source, reason, user_id, reporter_id, organisation_id) VALUES ('user', 'spam', $1, $2, $3)`, [emilie.id, zara.id, otherOrganisationId]);

    const page = (await t.http().get(`/api/staff/people/${emilie.id}`).set(bearer(coordinator)).expect(200)).body as PersonPage;
    expect(page.user).toMatchObject({ id: emilie.id, displayName: `Émilie ${word}voort` });
    expect(page.user.memberships.map((m) => m.programme.id)).toEqual([programme.id]);
    expect(page.matches).toEqual([
      expect.objectContaining({ id: match.id, status: 'active', programmeId: programme.id, programmeName: 'Koffie en taal', partner: { id: emile.id, displayName: `emile ${word}berg`, role: 'host' } }),
    ]);
    expect(page.reports).toEqual([expect.objectContaining({ id: about.id, direction: 'about', reason: 'harassment', status: 'open' })]);
    expect(page.checkIns).toEqual([expect.objectContaining({ id: checkIn.id, score: 2, comment: 'Hard to find a time', wantsContact: true, programmeName: 'Koffie en taal' })]);

    const reporter = (await t.http().get(`/api/staff/people/${emile.id}`).set(bearer(coordinator)).expect(200)).body as PersonPage;
    expect(reporter.reports.map((r) => [r.id, r.direction])).toEqual([[about.id, 'by']]);
    expect(reporter.matches.map((m) => m.partner.id)).toEqual([emilie.id]);
  });

  it("answers 404 for another organisation's person, an unknown one, and 400 for a malformed id", async () => {
    const hidden = await t.http().get(`/api/staff/people/${zara.id}`).set(bearer(coordinator)).expect(404);
    expect((hidden.body as { code: string }).code).toBe('user.not-found');
    await t.http().get(`/api/staff/people/${randomUUID()}`).set(bearer(coordinator)).expect(404);
    await t.http().get('/api/staff/people/not-an-id').set(bearer(coordinator)).expect(400);
    await t.http().get(`/api/staff/people/${zara.id}`).set(bearer(otherCoordinator)).expect(200);
    await t.http().get(`/api/staff/people/${zara.id}`).set(bearer(admin)).expect(200);
  });
});
