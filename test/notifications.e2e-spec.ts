import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { Outbox } from '../src/outbox/outbox.js';
import { bearer, createStaff, eventually, pairOfPeople, proposeMatch, signUp, SignedUpUser, STRONG_PASSWORD, verifyHost } from './support/factories.js';
import { connectSocket, nextEvent } from './support/sockets.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface NotificationEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: string;
}

describe('Notifications', () => {
  let t: TestApp;
  let staff: SignedUpUser;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await createStaff(t);
  });
  afterAll(async () => {
    await t.close();
  });

  type NotificationPage = { items: Array<NotificationEvent & { readAt: string | null }>; nextCursor: string | null };
  async function listOf(user: SignedUpUser, query = ''): Promise<NotificationPage> {
    const response = await t.http().get(`/api/notifications${query}`).set(bearer(user)).expect(200);
    return response.body as NotificationPage;
  }

  /** Waits until the user's notifications have exactly these types, newest first. */
  async function typesOf(user: SignedUpUser, expected: string[]): Promise<void> {
    await eventually(async () => expect((await listOf(user)).items.map((n) => n.type)).toEqual(expected));
  }

  it('pushes match.proposed and match.active live to the sockets of both people', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const migrantSocket = await connectSocket(t, migrant.accessToken);
    const hostSocket = await connectSocket(t, host.accessToken);
    try {
      const proposedToMigrant = nextEvent<NotificationEvent>(migrantSocket, 'notification');
      const proposedToHost = nextEvent<NotificationEvent>(hostSocket, 'notification');
      const match = await proposeMatch(t, migrant, host);
      const live = await proposedToMigrant;
      expect(Object.keys(live).sort()).toEqual(['createdAt', 'data', 'id', 'type']);
      expect(live).toMatchObject({ type: 'match.proposed', data: { matchId: match.id } });
      expect(Date.parse(live.createdAt)).not.toBeNaN();
      await expect(proposedToHost).resolves.toMatchObject({ type: 'match.proposed', data: { matchId: match.id } });

      const acceptedToHost = nextEvent<NotificationEvent>(hostSocket, 'notification');
      await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
      await expect(acceptedToHost).resolves.toMatchObject({ type: 'match.accepted', data: { matchId: match.id } });

      const activeToMigrant = nextEvent<NotificationEvent>(migrantSocket, 'notification');
      const activeToHost = nextEvent<NotificationEvent>(hostSocket, 'notification');
      await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
      await expect(activeToMigrant).resolves.toMatchObject({ type: 'match.active', data: { matchId: match.id } });
      await expect(activeToHost).resolves.toMatchObject({ type: 'match.active', data: { matchId: match.id } });

      // The same items are kept: the live one is the listed one.
      const listed = await listOf(migrant);
      expect(listed.items.map((n) => n.type)).toEqual(['match.active', 'match.proposed']);
      expect(listed.items[1]).toEqual({ ...live, readAt: null });
    } finally {
      migrantSocket.close();
      hostSocket.close();
    }
  });

  it('tells only the other person of a proposal one of them asked for, and of a decline', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const match = await proposeMatch(t, migrant, host, { proposedBy: migrant.id, acceptedByMigrant: true });
    await typesOf(host, ['match.proposed']);
    await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(host)).send({ reason: 'no-time' }).expect(200);
    await typesOf(migrant, ['match.declined']);
    expect((await listOf(migrant)).items[0]?.data).toEqual({ matchId: match.id });
    expect((await listOf(host)).items.map((n) => n.type)).toEqual(['match.proposed']);
  });

  it('tells the other participant when one ends a match, and both when staff end it', async () => {
    const first = await pairOfPeople(t);
    const byHost = await proposeMatch(t, first.migrant, first.host, { acceptedByMigrant: true, proposedBy: first.migrant.id });
    await t.http().post(`/api/matches/${byHost.id}/accept`).set(bearer(first.host)).expect(200);
    await t.http().post(`/api/matches/${byHost.id}/end`).set(bearer(first.host)).send({}).expect(200);
    await typesOf(first.migrant, ['match.ended', 'match.active']);
    await typesOf(first.host, ['match.active', 'match.proposed']);

    const second = await pairOfPeople(t);
    const byStaff = await proposeMatch(t, second.migrant, second.host, { acceptedByMigrant: true, proposedBy: second.migrant.id });
    await t.http().post(`/api/matches/${byStaff.id}/accept`).set(bearer(second.host)).expect(200);
    await t.http().post(`/api/matches/${byStaff.id}/end`).set(bearer(staff)).send({ reason: 'Safety' }).expect(200);
    await typesOf(second.migrant, ['match.ended', 'match.active']);
    await typesOf(second.host, ['match.ended', 'match.active', 'match.proposed']);
  });

  it('tells the blocked person that their match ended', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const match = await proposeMatch(t, migrant, host, { acceptedByMigrant: true, proposedBy: migrant.id });
    await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
    await t.http().post(`/api/users/${migrant.id}/block`).set(bearer(host)).send({}).expect(204);
    await typesOf(migrant, ['match.ended', 'match.active']);
  });

  it('tells the partner when a person erases their account, and deletes the erased person\'s notifications', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const match = await proposeMatch(t, migrant, host, { acceptedByMigrant: true, proposedBy: migrant.id });
    await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
    await typesOf(host, ['match.active', 'match.proposed']);
    await t.http().delete('/api/me').set(bearer(host)).send({ password: STRONG_PASSWORD }).expect(204);
    await typesOf(migrant, ['match.ended', 'match.active']);
    expect(await t.app.get(DataSource).query(`SELECT 1 FROM notifications WHERE user_id = $1`, [host.id])).toEqual([]);
  });

  it('tells a volunteer they were verified', async () => {
    const host = await signUp(t, { role: 'host' });
    await verifyHost(t, staff, host);
    await typesOf(host, ['account.verified']);
    expect((await listOf(host)).items[0]?.data).toEqual({});
  });

  it('tells a warned person, with the note, and meetup participants what the other did', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const events = t.app.get(Outbox);
    await events.record('user.warned', { userId: migrant.id, by: staff.id, note: 'Please keep the conversation respectful' });
    await eventually(async () => expect((await listOf(migrant)).items[0]).toMatchObject({ type: 'account.warned', data: { note: 'Please keep the conversation respectful' } }));

    const meetup = { meetupId: '11111111-1111-4111-8111-111111111111', matchId: '22222222-2222-4222-8222-222222222222', participantIds: [migrant.id, host.id] as [string, string] };
    await events.record('meetup.proposed', { ...meetup, by: migrant.id });
    await typesOf(host, ['meetup.proposed']);
    await events.record('meetup.confirmed', { ...meetup, by: host.id });
    await typesOf(migrant, ['meetup.confirmed', 'account.warned']);
    await events.record('meetup.cancelled', { ...meetup, by: migrant.id });
    await typesOf(host, ['meetup.cancelled', 'meetup.proposed']);
    await events.record('meetup.reminder', { ...meetup, startsAt: '2026-12-01T17:00:00.000Z', hoursBefore: 24 });
    await typesOf(migrant, ['meetup.reminder', 'meetup.confirmed', 'account.warned']);
    await typesOf(host, ['meetup.reminder', 'meetup.cancelled', 'meetup.proposed']);
    expect((await listOf(host)).items[0]?.data).toEqual({ ...{ meetupId: meetup.meetupId, matchId: meetup.matchId }, startsAt: '2026-12-01T17:00:00.000Z', hoursBefore: 24 });
    await events.record('meetup.declined', { ...meetup, by: host.id });
    await eventually(async () => expect((await listOf(migrant)).items[0]).toMatchObject({ type: 'meetup.cancelled', data: { meetupId: meetup.meetupId, declined: true } }));
  });

  describe('GET /api/notifications', () => {
    async function userWithNotifications(count: number): Promise<SignedUpUser> {
      const user = await signUp(t);
      const events = t.app.get(Outbox);
      for (let i = 0; i < count; i++) {
        await events.record('user.warned', { userId: user.id, by: staff.id, note: `note ${i}` });
        await eventually(async () => expect((await listOf(user)).items).toHaveLength(i + 1));
      }
      return user;
    }

    it('pages newest first with a cursor, and never shows other people\'s', async () => {
      const user = await userWithNotifications(5);
      await userWithNotifications(1);
      const first = await listOf(user, '?limit=2');
      expect(first.items.map((n) => n.data.note)).toEqual(['note 4', 'note 3']);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await listOf(user, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((n) => n.data.note)).toEqual(['note 2', 'note 1']);
      const third = await listOf(user, `?limit=2&cursor=${second.nextCursor}`);
      expect(third.items.map((n) => n.data.note)).toEqual(['note 0']);
      expect(third.nextCursor).toBeNull();
      expect((await listOf(user)).items).toHaveLength(5);
    });

    it('stamps notifications with the clock and pages through ones made in the same millisecond', async () => {
      const user = await signUp(t);
      const at = new Date('2026-12-24T18:00:00.123Z');
      const spy = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
      try {
        for (let i = 0; i < 3; i++) await t.app.get(Outbox).record('user.warned', { userId: user.id, by: staff.id, note: `same ${i}` });
        await eventually(async () => expect((await listOf(user)).items).toHaveLength(3));
      } finally {
        spy.mockRestore();
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await listOf(user, `?limit=1${cursor === null ? '' : `&cursor=${cursor}`}`);
        expect(page.items).toHaveLength(1);
        expect(page.items[0]?.createdAt).toBe(at.toISOString());
        seen.push(String(page.items[0]?.data.note));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen.sort()).toEqual(['same 0', 'same 1', 'same 2']);
    });

    it('refuses a limit outside 1..100, a foreign cursor and unknown parameters with 400; needs a token', async () => {
      const user = await signUp(t);
      for (const query of ['?limit=0', '?limit=101', '?limit=abc', '?cursor=nonsense', '?unread=maybe', '?other=1']) {
        await t.http().get(`/api/notifications${query}`).set(bearer(user)).expect(400);
      }
      await t.http().get('/api/notifications').expect(401);
    });

    it('marks the caller\'s notifications read, filters unread ones, and ignores other people\'s ids', async () => {
      const user = await userWithNotifications(3);
      const other = await userWithNotifications(1);
      const [newest, middle] = (await listOf(user)).items;
      const [othersOnly] = (await listOf(other)).items;
      await t.http().post('/api/notifications/read').set(bearer(user)).send({ ids: [newest?.id, middle?.id, othersOnly?.id] }).expect(204);

      const all = await listOf(user);
      expect(all.items.map((n) => n.readAt === null)).toEqual([false, false, true]);
      const unread = await listOf(user, '?unread=true');
      expect(unread.items.map((n) => n.data.note)).toEqual(['note 0']);
      expect((await listOf(other)).items[0]?.readAt).toBeNull();

      // Marking again keeps the first read time.
      const firstReadAt = all.items[0]?.readAt;
      await t.http().post('/api/notifications/read').set(bearer(user)).send({ ids: [newest?.id] }).expect(204);
      expect((await listOf(user)).items[0]?.readAt).toBe(firstReadAt);
    });

    it('validates the ids to mark', async () => {
      const user = await signUp(t);
      const tooMany = Array.from({ length: 101 }, () => '11111111-1111-4111-8111-111111111111');
      for (const body of [{}, { ids: [] }, { ids: ['nope'] }, { ids: 'x' }, { ids: tooMany }]) {
        await t.http().post('/api/notifications/read').set(bearer(user)).send(body).expect(400);
      }
    });
  });
});
