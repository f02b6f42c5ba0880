import { jest } from '@jest/globals';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Clock } from '../src/common/clock.js';
import { MeetupRemindersJob } from '../src/meetups/meetup-reminders.job.js';
import type { DomainEventMap } from '../src/shared-domain/domain-event-map.js';
import { activeMatch, bearer, SignedUpUser, signUp, withProfile } from './support/factories.js';
import { createTestDatabase, TestDatabase } from './support/test-database.js';
import { startTestApp, TestApp } from './support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Reminder = DomainEventMap['meetup.reminder'];

describe('meetup reminders with two app processes on one database', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  const received: Reminder[] = [];
  const collect = (payload: Reminder): void => {
    received.push(payload);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    // No schedule: the test drives runOnce itself.
    first = await startTestApp({ SCHEDULED_JOBS: 'off' }, database);
    second = await startTestApp({ SCHEDULED_JOBS: 'off' }, database);
    for (const app of [first, second]) app.app.get(EventEmitter2).on('meetup.reminder', collect);
  });
  afterAll(async () => {
    for (const app of [first, second]) app.app.get(EventEmitter2).off('meetup.reminder', collect);
    await first.close();
    await second.close();
    await database.drop();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function meetup(migrant: SignedUpUser, host: SignedUpUser, matchId: string, startsAt: Date, confirm: boolean): Promise<string> {
    const created = await first
      .http()
      .post(`/api/matches/${matchId}/meetups`)
      .set(bearer(migrant))
      .send({ startsAt: startsAt.toISOString(), durationMinutes: 30, online: true })
      .expect(201);
    const id = (created.body as { id: string }).id;
    if (confirm) await second.http().post(`/api/meetups/${id}/accept`).set(bearer(host)).expect(200);
    return id;
  }

  /** Both processes run the job at the same moment, a few times over. */
  async function runBothConcurrently(times = 3): Promise<void> {
    const jobs = [first, second].map((app) => app.app.get(MeetupRemindersJob));
    for (let i = 0; i < times; i += 1) await Promise.all(jobs.map((job) => job.runOnce()));
  }

  function setClocks(at: Date): void {
    for (const app of [first, second]) jest.spyOn(app.app.get(Clock), 'now').mockReturnValue(at);
  }

  it('sends each reminder exactly once per meetup and kind, 24 h and 1 h before', async () => {
    const migrant = await withProfile(first, await signUp(first, { role: 'migrant' }));
    const host = await withProfile(first, await signUp(first, { role: 'host' }));
    const { id: matchId } = await activeMatch(first, migrant, host);
    const now = new Date(Math.ceil(Date.now() / MINUTE) * MINUTE);
    const tomorrow = await meetup(migrant, host, matchId, new Date(now.getTime() + 20 * HOUR), true);
    const soon = await meetup(migrant, host, matchId, new Date(now.getTime() + 40 * MINUTE), true);
    const unconfirmed = await meetup(migrant, host, matchId, new Date(now.getTime() + 5 * HOUR), false);
    const later = await meetup(migrant, host, matchId, new Date(now.getTime() + 72 * HOUR), true);

    setClocks(now);
    await runBothConcurrently();
    const kinds = (): string[] => received.map((r) => `${r.meetupId}/${r.hoursBefore}`).sort();
    // Confirmed within 24 h: the 24 h reminder; within the hour: only the 1 h one.
    expect(kinds()).toEqual([`${tomorrow}/24`, `${soon}/1`].sort());
    expect(received.find((r) => r.meetupId === tomorrow)).toEqual({
      meetupId: tomorrow,
      matchId,
      participantIds: [migrant.id, host.id],
      startsAt: new Date(now.getTime() + 20 * HOUR).toISOString(),
      hoursBefore: 24,
    });

    setClocks(new Date(now.getTime() + 19.5 * HOUR));
    await runBothConcurrently();
    expect(kinds()).toEqual([`${tomorrow}/24`, `${tomorrow}/1`, `${soon}/1`].sort());
    expect(received.some((r) => r.meetupId === unconfirmed || r.meetupId === later)).toBe(false);
  });
});
