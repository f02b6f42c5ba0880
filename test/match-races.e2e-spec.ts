import { DataSource } from 'typeorm';
import { DEFAULT_PROGRAMME_ID } from '../src/organisations/domain/programme.js';
import { isUniqueViolation } from '../src/common/postgres-errors.js';
import { MatchesRepository } from '../src/matches/matches.repository.js';
import { bearer, pairOfPeople, proposeMatch, signUp, SignedUpUser, withProfile } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

/**
 * The invariants under parallel requests. Against real PostgreSQL (TEST_DATABASE_URL) the requests
 * truly overlap; on the embedded database they are serialised and the same assertions must hold.
 */
describe('Matches under concurrency', () => {
  let t: TestApp;
  const ROUNDS = 4;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const accept = (matchId: string, user: SignedUpUser) => t.http().post(`/api/matches/${matchId}/accept`).set(bearer(user));
  const activeCountOf = async (hostId: string): Promise<number> => {
    const [row] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM matches WHERE host_id = $1 AND status = 'active'`, [hostId]);
    return (row as { n: number }).n;
  };

  it('never lets two proposals for one migrant exist, however many are inserted at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const migrant = await signUp(t);
      const hosts = await Promise.all([1, 2, 3].map(() => signUp(t, { role: 'host' })));
      const repository = t.app.get(MatchesRepository);
      const results = await Promise.allSettled(
        hosts.map((host) =>
          repository.insertProposal({ programmeId: DEFAULT_PROGRAMME_ID, matchWeeks: null, checkInWeeks: null, migrantId: migrant.id, hostId: host.id, score: 50, reasons: [], proposedBy: null, runId: null, acceptedByMigrant: false, acceptedByHost: false }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(2);
      for (const failure of rejected) expect(isUniqueViolation(failure.reason)).toBe(true);
      const open = await t.app.get(DataSource).query(`SELECT 1 FROM matches WHERE migrant_id = $1 AND status IN ('proposed', 'active')`, [migrant.id]);
      expect(open).toHaveLength(1);
    }
  });

  it('activates exactly one of two matches when a host with one place accepts both at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { migrant, host } = await pairOfPeople(t, { capacity: 1 });
      const secondMigrant = await withProfile(t, await signUp(t));
      const first = await proposeMatch(t, migrant, host, { acceptedByMigrant: true });
      const second = await proposeMatch(t, secondMigrant, host, { acceptedByMigrant: true });
      const responses = await Promise.all([accept(first.id, host), accept(second.id, host)]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const refused = responses.find((r) => r.status === 409);
      expect(refused?.body).toMatchObject({ code: 'match.host-full', message: 'This volunteer has no free place right now' });
      expect(responses.find((r) => r.status === 200)?.body.status).toBe('active');
      expect(await activeCountOf(host.id)).toBe(1);
    }
  });

  it('activates exactly one when two migrants accept a full-accepted host\'s proposals at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { migrant, host } = await pairOfPeople(t, { capacity: 1 });
      const secondMigrant = await withProfile(t, await signUp(t));
      const first = await proposeMatch(t, migrant, host, { acceptedByHost: true });
      const second = await proposeMatch(t, secondMigrant, host, { acceptedByHost: true });
      const responses = await Promise.all([accept(first.id, migrant), accept(second.id, secondMigrant)]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await activeCountOf(host.id)).toBe(1);
    }
  });

  it('keeps a host with two places at two active matches when five activations race', async () => {
    const host = await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 2 });
    const migrants = await Promise.all([1, 2, 3, 4, 5].map(async () => withProfile(t, await signUp(t))));
    const proposals = [];
    for (const migrant of migrants) proposals.push(await proposeMatch(t, migrant, host, { acceptedByHost: true }));
    const responses = await Promise.all(proposals.map((proposal, i) => accept(proposal.id, migrants[i])));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(2);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(3);
    expect(responses.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(await activeCountOf(host.id)).toBe(2);
  });

  it('accepts a double click by the same side once and refuses the other with 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { migrant, host } = await pairOfPeople(t);
      const match = await proposeMatch(t, migrant, host);
      const responses = await Promise.all([accept(match.id, migrant), accept(match.id, migrant)]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(responses.find((r) => r.status === 409)?.body.code).toBe('match.already-accepted');
    }
  });

  it('activates a match when both sides accept at the same moment', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { migrant, host } = await pairOfPeople(t);
      const match = await proposeMatch(t, migrant, host);
      const responses = await Promise.all([accept(match.id, migrant), accept(match.id, host)]);
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      // Whichever came second saw both acceptances and activated it.
      expect(responses.map((r) => String(r.body.status)).sort()).toEqual(['active', 'proposed']);
      const final = await t.http().get(`/api/matches/${match.id}`).set(bearer(host)).expect(200);
      expect(final.body).toMatchObject({ status: 'active', acceptedByMigrant: true, acceptedByHost: true });
    }
  });

  it('lets only one of a simultaneous decline and accept win', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { migrant, host } = await pairOfPeople(t);
      const match = await proposeMatch(t, migrant, host, { acceptedByMigrant: true });
      const [accepted, declined] = await Promise.all([accept(match.id, host), t.http().post(`/api/matches/${match.id}/decline`).set(bearer(migrant)).send({})]);
      expect([accepted.status, declined.status].sort()).toEqual([200, 409]);
      const final = await t.http().get(`/api/matches/${match.id}`).set(bearer(host)).expect(200);
      expect(final.body.status).toBe(accepted.status === 200 ? 'active' : 'declined');
    }
  });
});
