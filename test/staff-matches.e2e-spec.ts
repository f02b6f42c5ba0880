import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { bearer, createStaff, signUp, withProfile, type SignedUpUser } from './support/factories.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Row {
  id: string;
  status: string;
  programme: { id: string; name: string };
  migrant: { id: string; displayName: string };
  host: { id: string; displayName: string };
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  waitingDays: number | null;
}

interface MatchesPage {
  items: Row[];
  total: number;
  page: number;
  limit: number;
}

interface Waiting {
  programme: { id: string; name: string };
  migrants: { count: number; medianDays: number | null; p90Days: number | null };
  proposals: { count: number; medianDays: number | null; oldestDays: number | null };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2030-01-15T12:00:00.000Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * DAY_MS);

describe('staff matches: the overview and waiting times per programme', () => {
  let t: TestApp;
  let db: DataSource;
  let coordinator: SignedUpUser;
  let otherCoordinator: SignedUpUser;
  let admin: SignedUpUser;
  let organisationId: string;
  let otherOrganisationId: string;
  let alpha: { id: string; name: string };
  let beta: { id: string; name: string };
  let other: { id: string; name: string };
  const m: Record<string, SignedUpUser> = {};
  const x: Record<string, string> = {};

  const matches = (who: SignedUpUser, query: Record<string, string | number> = {}) => t.http().get('/api/staff/matches').query(query).set(bearer(who));
  const waiting = (who: SignedUpUser, query: Record<string, string> = {}) => t.http().get('/api/staff/matches/waiting').query(query).set(bearer(who));
  const ids = (page: MatchesPage): string[] => page.items.map((row) => row.id);

  async function insertMatch(programmeId: string, migrant: SignedUpUser, host: SignedUpUser, status: string, createdAt: Date, activatedAt: Date | null, endedAt: Date | null): Promise<string> {
    const [row] = await db.query<Array<{ id: string }>>(
      `INSERT INTO matches (programme_id, migrant_id, host_id, status, accepted_by_migrant, accepted_by_host, score, created_at, activated_at, ended_at)
       VALUES ($1, $2, $3, $4, $5, $5, 60, $6, $7, $8) RETURNING id`,
      [programmeId, migrant.id, host.id, status, activatedAt !== null, createdAt, activatedAt, endedAt],
    );
    return row.id;
  }

  async function joinedAgo(user: SignedUpUser, programmeId: string, days: number): Promise<void> {
    await joinProgramme(t, { userId: user.id, programmeId, role: user.role === 'host' ? 'host' : 'migrant' });
    await db.query(`UPDATE programme_memberships SET joined_at = $3 WHERE user_id = $1 AND programme_id = $2`, [user.id, programmeId, daysAgo(days)]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(NOW));
    organisationId = (await createOrganisation(t)).id;
    otherOrganisationId = (await createOrganisation(t)).id;
    alpha = await createProgramme(t, { organisationId, name: 'Alpha koffie' });
    beta = await createProgramme(t, { organisationId, name: 'Beta wandelen' });
    other = await createProgramme(t, { organisationId: otherOrganisationId });
    coordinator = await createStaff(t, { organisationId });
    otherCoordinator = await createStaff(t, { organisationId: otherOrganisationId });
    admin = await createStaff(t, { role: 'admin', organisationId: null });
    for (const name of ['Amira', 'Bashir', 'Carmen', 'Dalia', 'Esra', 'Farah']) m[name] = await withProfile(t, await signUp(t, { displayName: name }));
    m.Incomplete = await signUp(t, { displayName: 'Incomplete' });
    for (const name of ['Hanneke', 'Joop', 'Kees']) m[name] = await withProfile(t, await signUp(t, { role: 'host', displayName: name }));
    // Alpha: Amira, Bashir and Carmen wait 10, 20 and 30 days; Dalia and Esra have proposals; Incomplete cannot be matched yet.
    await joinedAgo(m.Amira, alpha.id, 10);
    await joinedAgo(m.Bashir, alpha.id, 20);
    await joinedAgo(m.Carmen, alpha.id, 30);
    await joinedAgo(m.Dalia, alpha.id, 40);
    await joinedAgo(m.Esra, alpha.id, 5);
    await joinedAgo(m.Incomplete, alpha.id, 60);
    await joinedAgo(m.Bashir, beta.id, 25);
    await joinedAgo(m.Farah, other.id, 100);
    for (const host of [m.Hanneke, m.Joop]) {
      await joinedAgo(host, alpha.id, 50);
      await joinedAgo(host, beta.id, 50);
    }
    await joinedAgo(m.Kees, other.id, 100);
    x.declined = await insertMatch(alpha.id, m.Amira, m.Hanneke, 'declined', daysAgo(50), null, daysAgo(45));
    x.active = await insertMatch(beta.id, m.Bashir, m.Joop, 'active', daysAgo(20), daysAgo(18), null);
    x.dalia = await insertMatch(alpha.id, m.Dalia, m.Hanneke, 'proposed', daysAgo(8), null, null);
    x.esra = await insertMatch(alpha.id, m.Esra, m.Joop, 'proposed', daysAgo(2), null, null);
    x.other = await insertMatch(other.id, m.Farah, m.Kees, 'proposed', daysAgo(100), null, null);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it("lists the organisation's matches newest first, each with its programme, both people and a proposal's waiting days", async () => {
    const page = (await matches(coordinator).expect(200)).body as MatchesPage;
    expect(page).toMatchObject({ total: 4, page: 1, limit: 20 });
    expect(ids(page)).toEqual([x.esra, x.dalia, x.active, x.declined]);
    expect(page.items[1]).toEqual({
      id: x.dalia,
      status: 'proposed',
      programme: alpha,
      migrant: { id: m.Dalia.id, displayName: 'Dalia' },
      host: { id: m.Hanneke.id, displayName: 'Hanneke' },
      createdAt: daysAgo(8).toISOString(),
      activatedAt: null,
      endedAt: null,
      waitingDays: 8,
    });
    expect(page.items[2]).toMatchObject({ status: 'active', programme: beta, activatedAt: daysAgo(18).toISOString(), waitingDays: null });
    expect(page.items[3]).toMatchObject({ status: 'declined', endedAt: daysAgo(45).toISOString(), waitingDays: null });
  });

  it('filters by programme, status and waiting time', async () => {
    expect(ids((await matches(coordinator, { programmeId: beta.id }).expect(200)).body as MatchesPage)).toEqual([x.active]);
    expect(ids((await matches(coordinator, { status: 'proposed' }).expect(200)).body as MatchesPage)).toEqual([x.esra, x.dalia]);
    expect(ids((await matches(coordinator, { status: 'declined', programmeId: alpha.id }).expect(200)).body as MatchesPage)).toEqual([x.declined]);
    expect(ids((await matches(coordinator, { waitingMoreThanDays: 1 }).expect(200)).body as MatchesPage)).toEqual([x.esra, x.dalia]);
    expect(ids((await matches(coordinator, { waitingMoreThanDays: 7 }).expect(200)).body as MatchesPage)).toEqual([x.dalia]);
    expect((await matches(coordinator, { waitingMoreThanDays: 8 }).expect(200)).body).toEqual({ items: [], total: 0, page: 1, limit: 20 });
    expect(ids((await matches(coordinator, { waitingMoreThanDays: 0, status: 'active' }).expect(200)).body as MatchesPage)).toEqual([]);
  });

  it('sorts by date either way or by waiting, and pages', async () => {
    expect(ids((await matches(coordinator, { sort: 'createdAt' }).expect(200)).body as MatchesPage)).toEqual([x.declined, x.active, x.dalia, x.esra]);
    expect(ids((await matches(coordinator, { sort: 'waiting' }).expect(200)).body as MatchesPage)).toEqual([x.dalia, x.esra, x.active, x.declined]);
    const second = (await matches(coordinator, { limit: 1, page: 2 }).expect(200)).body as MatchesPage;
    expect(second).toMatchObject({ total: 4, page: 2, limit: 1 });
    expect(ids(second)).toEqual([x.dalia]);
    expect(ids((await matches(coordinator, { limit: 3, page: 2 }).expect(200)).body as MatchesPage)).toEqual([x.declined]);
    expect((await matches(coordinator, { limit: 2, page: 5 }).expect(200)).body).toEqual({ items: [], total: 4, page: 5, limit: 2 });
  });

  it("shows a coordinator their organisation's matches only; another organisation or its programme answers 404", async () => {
    expect(ids((await matches(otherCoordinator).expect(200)).body as MatchesPage)).toEqual([x.other]);
    const organisation = await matches(coordinator, { organisationId: otherOrganisationId }).expect(404);
    expect((organisation.body as { code: string }).code).toBe('organisation.not-found');
    const programme = await matches(coordinator, { programmeId: other.id }).expect(404);
    expect((programme.body as { code: string }).code).toBe('programme.not-found');
    expect(ids((await matches(admin, { organisationId: otherOrganisationId }).expect(200)).body as MatchesPage)).toEqual([x.other]);
    expect(ids((await matches(admin, { programmeId: other.id }).expect(200)).body as MatchesPage)).toEqual([x.other]);
    await matches(m.Amira).expect(403);
    await waiting(m.Amira).expect(403);
  });

  it('refuses bad filters, sorts and paging with 400', async () => {
    const bad: Array<Record<string, string | number>> = [
      { status: 'open' },
      { sort: 'name' },
      { sort: '-waiting' },
      { waitingMoreThanDays: -1 },
      { waitingMoreThanDays: 3651 },
      { waitingMoreThanDays: 'many' },
      { limit: 0 },
      { limit: 101 },
      { page: 0 },
      { programmeId: 'nope' },
      { organisationId: 'nope' },
    ];
    for (const query of bad) {
      const response = await matches(coordinator, query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
    }
    await waiting(coordinator, { organisationId: 'nope' }).expect(400);
  });

  it('says per programme how long migrants without a match and proposals have waited, by the clock', async () => {
    const figures = (await waiting(coordinator).expect(200)).body as Waiting[];
    expect(figures).toEqual([
      // Amira (10), Bashir (20: his match is in Beta) and Carmen (30); the 90th percentile lies between 20 and 30.
      { programme: alpha, migrants: { count: 3, medianDays: 20, p90Days: 28 }, proposals: { count: 2, medianDays: 5, oldestDays: 8 } },
      { programme: beta, migrants: { count: 0, medianDays: null, p90Days: null }, proposals: { count: 0, medianDays: null, oldestDays: null } },
    ]);
    const theirs = (await waiting(admin, { organisationId: otherOrganisationId }).expect(200)).body as Waiting[];
    expect(theirs).toEqual([{ programme: other, migrants: { count: 0, medianDays: null, p90Days: null }, proposals: { count: 1, medianDays: 100, oldestDays: 100 } }]);
    expect(((await waiting(otherCoordinator).expect(200)).body as Waiting[]).map((w) => w.programme.id)).toEqual([other.id]);
    const refused = await waiting(coordinator, { organisationId: otherOrganisationId }).expect(404);
    expect((refused.body as { code: string }).code).toBe('organisation.not-found');
  });
});
