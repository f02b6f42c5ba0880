import { jest } from '@jest/globals';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { JobQueue } from '../src/jobs/job-queue.js';
import { ProposalExpiryJob } from '../src/matches/proposal-expiry.job.js';
import type { DomainEventMap } from '../src/shared-domain/domain-event-map.js';
import { bearer, eventually, pairOfPeople, proposeMatch, signUp, withProfile } from './support/factories.js';
import { createTestDatabase, TestDatabase } from './support/test-database.js';
import { startTestApp, TestApp } from './support/test-app.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Moves the app's clock `days` ahead of the real time (and keeps it there until restored). */
function clockAhead(t: TestApp, days: number, extraMs = 0): void {
  const clock = t.app.get(Clock);
  const at = new Date(Date.now() + days * DAY_MS + extraMs);
  jest.spyOn(clock, 'now').mockReturnValue(at);
}

async function statusOf(t: TestApp, matchId: string): Promise<string> {
  const [row] = await t.app.get(DataSource).query(`SELECT status FROM matches WHERE id = $1`, [matchId]);
  return (row as { status: string }).status;
}

describe('Proposal expiry (MATCH_PROPOSAL_TTL_DAYS=3)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ MATCH_PROPOSAL_TTL_DAYS: '3' });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  it('expires a proposal once the TTL has passed, not before, and frees both people', async () => {
    const { migrant, host } = await pairOfPeople(t, { capacity: 1 });
    const match = await proposeMatch(t, migrant, host, { acceptedByHost: true });
    const job = t.app.get(ProposalExpiryJob);
    const expiredEvents: Array<DomainEventMap['match.expired']> = [];
    const listener = (event: DomainEventMap['match.expired']): void => {
      expiredEvents.push(event);
    };
    t.app.get(EventEmitter2).on('match.expired', listener);
    try {
      clockAhead(t, 3, -60_000);
      expect(await job.runOnce()).not.toContain(match.id);
      expect(await statusOf(t, match.id)).toBe('proposed');

      clockAhead(t, 3, 1000);
      expect(await job.runOnce()).toContain(match.id);
      expect(await statusOf(t, match.id)).toBe('expired');
      expect(expiredEvents).toContainEqual({ matchId: match.id, migrantId: migrant.id, hostId: host.id });
    } finally {
      t.app.get(EventEmitter2).off('match.expired', listener);
    }

    const seen = await t.http().get(`/api/matches/${match.id}`).set(bearer(migrant)).expect(200);
    expect(seen.body.status).toBe('expired');
    expect(seen.body.endedAt).not.toBeNull();
    const [row] = await t.app.get(DataSource).query(`SELECT closed_by, close_reason FROM matches WHERE id = $1`, [match.id]);
    expect(row).toEqual({ closed_by: null, close_reason: null });

    // Matchable again: a new proposal for the migrant, and the host's place is free.
    const otherHost = await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 1 });
    await expect(proposeMatch(t, migrant, otherHost)).resolves.toMatchObject({ migrantId: migrant.id });
    const otherMigrant = await withProfile(t, await signUp(t));
    const next = await proposeMatch(t, otherMigrant, host, { acceptedByMigrant: true });
    jest.restoreAllMocks();
    await t.http().post(`/api/matches/${next.id}/accept`).set(bearer(host)).expect(200);

    // An expired proposal cannot be answered any more.
    await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(409);
  });

  it('leaves active and declined matches alone', async () => {
    const active = await pairOfPeople(t);
    const activeMatch = await proposeMatch(t, active.migrant, active.host, { acceptedByMigrant: true });
    await t.http().post(`/api/matches/${activeMatch.id}/accept`).set(bearer(active.host)).expect(200);
    const declined = await pairOfPeople(t);
    const declinedMatch = await proposeMatch(t, declined.migrant, declined.host);
    await t.http().post(`/api/matches/${declinedMatch.id}/decline`).set(bearer(declined.migrant)).send({}).expect(200);

    clockAhead(t, 30);
    const expired = await t.app.get(ProposalExpiryJob).runOnce();
    expect(expired).not.toContain(activeMatch.id);
    expect(expired).not.toContain(declinedMatch.id);
    expect(await statusOf(t, activeMatch.id)).toBe('active');
    expect(await statusOf(t, declinedMatch.id)).toBe('declined');
  });

  it('tells nobody through a notification (the contract has no type for it)', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const match = await proposeMatch(t, migrant, host);
    await eventually(async () => {
      const list = await t.http().get('/api/notifications').set(bearer(migrant)).expect(200);
      expect(list.body.items).toHaveLength(1);
    });
    clockAhead(t, 4);
    expect(await t.app.get(ProposalExpiryJob).runOnce()).toContain(match.id);
    jest.restoreAllMocks();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const list = await t.http().get('/api/notifications').set(bearer(migrant)).expect(200);
    expect(list.body.items.map((n: { type: string }) => n.type)).toEqual(['match.proposed']);
  });
});

describe('Proposal expiry across several processes', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await startTestApp({}, database);
    second = await startTestApp({}, database);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  it('expires each proposal exactly once when two processes sweep at the same moment', async () => {
    const proposals = [];
    for (let i = 0; i < 6; i++) {
      const { migrant, host } = await pairOfPeople(first);
      proposals.push(await proposeMatch(first, migrant, host));
    }
    const events: string[] = [];
    for (const app of [first, second]) {
      app.app.get(EventEmitter2).on('match.expired', (event: DomainEventMap['match.expired']) => events.push(event.matchId));
      clockAhead(app, 8);
    }
    const [a, b] = await Promise.all([first.app.get(ProposalExpiryJob).runOnce(), second.app.get(ProposalExpiryJob).runOnce()]);
    const ids = proposals.map((p) => p.id).sort();
    expect([...a, ...b].sort()).toEqual(ids);
    expect(events.sort()).toEqual(ids);
    for (const proposal of proposals) expect(await statusOf(first, proposal.id)).toBe('expired');
  });
});

describe('Proposal expiry through the job queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ JOB_POLLING_INTERVAL_SECONDS: '1' });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('is scheduled every five minutes, and a queued run expires the proposal', async () => {
    const schedules: Array<{ name: string; cron: string }> = await t.app.get(DataSource).query(`SELECT name, cron FROM pgboss.schedule WHERE name = 'matches.expire-proposals'`);
    expect(schedules).toEqual([{ name: 'matches.expire-proposals', cron: '*/5 * * * *' }]);
    const { migrant, host } = await pairOfPeople(t);
    const match = await proposeMatch(t, migrant, host);
    clockAhead(t, 8);
    await t.app.get(JobQueue).send('matches.expire-proposals');
    await eventually(async () => expect(await statusOf(t, match.id)).toBe('expired'), 5000);
  });
});
