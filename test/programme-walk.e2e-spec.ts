import { DataSource } from 'typeorm';
import { CandidatesRepository } from '../src/matching/candidates.repository.js';
import { DEFAULT_PROGRAMME_ID } from '../src/organisations/domain/programme.js';
import { bearer, signUp, SignedUpUser, withProfile } from './support/factories.js';
import { PLACES } from './support/matching-factories.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** The profile fields every membership carries a copy of, for the suggestion walks. */
const COPIED = ['complete', 'completed_at', 'lat', 'lon', 'max_distance_km', 'meet_online', 'language_codes', 'capacity'];
const copiedOf = (alias: string) => `jsonb_build_object(${COPIED.map((column) => `'${column}', ${alias}.${column}`).join(', ')})`;

describe('Suggestion walks per programme', () => {
  let t: TestApp;
  let db: DataSource;
  let organisation: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    organisation = await createOrganisation(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Each of the person's memberships with its copies, next to the profile's own values. */
  async function copies(userId: string): Promise<Array<{ programmeId: string; status: string; copy: unknown; profile: unknown }>> {
    const memberships: Array<{ programmeId: string; status: string; copy: unknown }> = await db.query(
      `SELECT programme_id AS "programmeId", status, ${copiedOf('pm')} AS copy FROM programme_memberships pm WHERE pm.user_id = $1 ORDER BY joined_at, programme_id`,
      [userId],
    );
    const profiles: Array<{ profile: unknown }> = await db.query(`SELECT ${copiedOf('p')} AS profile FROM profiles p WHERE p.user_id = $1`, [userId]);
    return memberships.map((membership) => ({ ...membership, profile: profiles[0]?.profile ?? null }));
  }

  function expectInStep(rows: Awaited<ReturnType<typeof copies>>, count: number): void {
    expect(rows).toHaveLength(count);
    for (const row of rows) expect(row.copy).toEqual(row.profile);
  }

  it("keeps every membership's copy of the profile in step when a person completes, moves, changes and joins or leaves", async () => {
    const programme = await createProgramme(t, { organisationId: organisation.id });
    const host = await signUp(t, { role: 'host', displayName: 'Walker' });
    // Signed up: a membership of the default programme, before any profile.
    const [atSignUp] = await copies(host.id);
    expect(atSignUp).toMatchObject({ programmeId: DEFAULT_PROGRAMME_ID, copy: { complete: false, lat: null, language_codes: [] } });

    await withProfile(t, host, { placeId: PLACES.amsterdam, maxDistanceKm: 10, capacity: 2 });
    const completed = await copies(host.id);
    expectInStep(completed, 1);
    expect(completed[0].copy).toMatchObject({ complete: true, max_distance_km: 10, capacity: 2, language_codes: ['ar', 'en'] });

    await t.http().post('/api/me/programmes').set(bearer(host)).send({ programmeId: programme.id }).expect(201);
    expectInStep(await copies(host.id), 2);

    const before = (await copies(host.id))[0].copy as { lat: number; lon: number };
    await withProfile(t, host, { placeId: PLACES.utrecht, maxDistanceKm: 40, meetOnline: true, capacity: 3, languages: [{ code: 'nl', level: 'native' }] });
    const moved = await copies(host.id);
    expectInStep(moved, 2);
    expect(moved[0].copy).toMatchObject({ max_distance_km: 40, meet_online: true, capacity: 3, language_codes: ['nl'] });
    expect(moved[0].copy).not.toMatchObject({ lat: before.lat, lon: before.lon });

    await t.http().delete(`/api/me/programmes/${programme.id}`).set(bearer(host)).expect(204);
    await withProfile(t, host, { placeId: PLACES.haarlem });
    const afterLeaving = await copies(host.id);
    expectInStep(afterLeaving, 2);
    expect(afterLeaving.find((row) => row.programmeId === programme.id)?.status).toBe('left');

    await t.http().post('/api/me/programmes').set(bearer(host)).send({ programmeId: programme.id }).expect(201);
    expectInStep(await copies(host.id), 2);

    // Whatever writes the profile: an incomplete one drops out of every walk's index.
    await db.query(`UPDATE profiles SET complete = false, completed_at = NULL WHERE user_id = $1`, [host.id]);
    const incomplete = await copies(host.id);
    expectInStep(incomplete, 2);
    expect(incomplete[0].copy).toMatchObject({ complete: false, completed_at: null });
    await db.query(`DELETE FROM profiles WHERE user_id = $1`, [host.id]);
    const withoutProfile: Array<{ complete: boolean; lat: number | null }> = await db.query(`SELECT complete, lat FROM programme_memberships WHERE user_id = $1`, [host.id]);
    expect(withoutProfile).toEqual([
      { complete: false, lat: null },
      { complete: false, lat: null },
    ]);
  });

  it('walks several programmes into the nearest candidates of all of them, each once, cut at the limit', async () => {
    const first = await createProgramme(t, { organisationId: organisation.id });
    const otherOrganisation = await createOrganisation(t);
    const second = await createProgramme(t, { organisationId: otherOrganisation.id });
    const language = 'mt';
    const person = async (role: 'migrant' | 'host', placeId: string, name: string): Promise<SignedUpUser> =>
      withProfile(t, await signUp(t, { role, displayName: name }), { placeId, maxDistanceKm: 100, languages: [{ code: language, level: 'native' }], learning: [], ...(role === 'host' ? { capacity: 1 } : {}) });
    const subject = await person('migrant', PLACES.amsterdam, 'Subject');
    const nearest = await person('host', PLACES.amstelveen, 'Nearest');
    const inBoth = await person('host', PLACES.amstelveen, 'InBoth');
    const unvettedFirst = await person('host', PLACES.haarlem, 'VettedInSecondOnly');
    const far = await person('host', PLACES.utrecht, 'Far');
    const outside = await person('host', PLACES.amsterdam, 'Outside');
    for (const programme of [first, second]) await joinProgramme(t, { userId: subject.id, programmeId: programme.id, role: 'migrant' });
    await joinProgramme(t, { userId: nearest.id, programmeId: first.id, role: 'host' });
    await joinProgramme(t, { userId: inBoth.id, programmeId: first.id, role: 'host' });
    await joinProgramme(t, { userId: inBoth.id, programmeId: second.id, role: 'host' });
    // A member of both, but only the second organisation has vetted them: counted in the second walk.
    await joinProgramme(t, { userId: unvettedFirst.id, programmeId: first.id, role: 'host', verification: 'pending' });
    await joinProgramme(t, { userId: unvettedFirst.id, programmeId: second.id, role: 'host' });
    await joinProgramme(t, { userId: far.id, programmeId: second.id, role: 'host' });
    // Nearest of all, a member of the first programme, but refused by its organisation.
    await joinProgramme(t, { userId: outside.id, programmeId: first.id, role: 'host', verification: 'rejected' });

    const candidates = t.app.get(CandidatesRepository);
    const subjectRow = await candidates.findPerson(subject.id, new Date());
    if (subjectRow === null) throw new Error('no subject');
    const walk = async (limit: number, programmeIds = [first.id, second.id], maxDistanceKm = subjectRow.maxDistanceKm) =>
      (await candidates.findSuggestionCandidates({ ...subjectRow, maxDistanceKm }, 'host', programmeIds, new Date(), limit)).map((row) => row.displayName);

    const all = await walk(10);
    expect([...all].sort()).toEqual(['Far', 'InBoth', 'Nearest', 'VettedInSecondOnly']);
    expect(all.at(-1)).toBe('Far');
    expect(await walk(10, [second.id, first.id])).toEqual(all);
    expect([...(await walk(3))].sort()).toEqual(['InBoth', 'Nearest', 'VettedInSecondOnly']);
    expect([...(await walk(2))].sort()).toEqual(['InBoth', 'Nearest']);
    expect(await walk(10, [first.id])).toEqual(expect.arrayContaining(['InBoth', 'Nearest']));
    expect(await walk(10, [first.id])).toHaveLength(2);
    // The subject's own radius ends every walk: Amstelveen is 8 km away, Haarlem 17, Utrecht 35.
    expect([...(await walk(10, [first.id, second.id], 10))].sort()).toEqual(['InBoth', 'Nearest']);
    expect([...(await walk(10, [second.id, first.id], 20))].sort()).toEqual(['InBoth', 'Nearest', 'VettedInSecondOnly']);

    // When the subject meets online, those out of reach who do too come from their own walk, with its own limit.
    await db.query(`UPDATE profiles SET meet_online = true WHERE user_id = ANY($1)`, [[subject.id, unvettedFirst.id, far.id]]);
    const onlineSubject = await candidates.findPerson(subject.id, new Date());
    if (onlineSubject === null) throw new Error('no subject');
    const walkBoth = async (limit: number, onlineLimit: number) =>
      (await candidates.findSuggestionCandidates({ ...onlineSubject, maxDistanceKm: 10 }, 'host', [first.id, second.id], new Date(), limit, onlineLimit)).map((row) => row.displayName);
    const oneNearby = await walkBoth(1, 2);
    expect(oneNearby).toHaveLength(3);
    expect(['InBoth', 'Nearest']).toContain(oneNearby[0]);
    expect(oneNearby.slice(1).sort()).toEqual(['Far', 'VettedInSecondOnly']);
    const oneOnline = await walkBoth(2, 1);
    expect(oneOnline.slice(0, 2).sort()).toEqual(['InBoth', 'Nearest']);
    expect(oneOnline).toHaveLength(3);
    expect(['Far', 'VettedInSecondOnly']).toContain(oneOnline[2]);
  });
});
