import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock.js';
import { DomainEvents } from '../src/common/domain-events.js';
import { Outbox } from '../src/outbox/outbox.js';
import { MatchesRepository } from '../src/matches/matches.repository.js';
import { SuspensionSweep } from '../src/moderation/suspension-sweep.js';
import { RealtimeGateway } from '../src/realtime/realtime.gateway.js';
import { matchRoom, userRoom } from '../src/realtime/rooms.js';
import type { DomainEventMap, DomainEventName } from '../src/shared-domain/domain-event-map.js';
import { bearer, createStaff, signUp, SignedUpUser, STRONG_PASSWORD, verifyHost, withProfile } from './support/factories.js';
import { activePair, eventually, insertMessage, Pair } from './support/moderation-fixtures.js';
import { connectSocket, disconnected, eventsUntilQuiet } from './support/sockets.js';
import { startTestApp, TestApp } from './support/test-app.js';
import { describeWithRedis, twoAppsSharingRedis } from './support/redis.js';

interface Report {
  id: string;
  source: string;
  reason: string;
  urgent: boolean;
  details: string | null;
  status: string;
  messageId: string | null;
  matchId: string | null;
  userId: string | null;
  reporterId: string | null;
  flags: Array<{ kind: string; match: string; language?: string }>;
  createdAt: string;
  resolvedAt: string | null;
  resolution: { action: string; note: string; suspendDays: number | null } | null;
}
interface StaffMessage {
  id: string;
  seq: number;
  body: string;
  hiddenAt: string | null;
  hiddenBy: string | null;
}
interface QueuedReport extends Report {
  context: {
    message: StaffMessage | null;
    neighbours: StaffMessage[];
    match: { id: string; status: string; migrantId: string; hostId: string } | null;
    people: Array<{ userId: string; role: string; reportCount: number; recentReports: Report[] }>;
  };
}
interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  note: string | null;
  createdAt: string;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('Moderation and safety', () => {
  let t: TestApp;
  let staff: SignedUpUser;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await createStaff(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const report = async (who: SignedUpUser, body: Record<string, unknown>, status = 201): Promise<Report> =>
    (await t.http().post('/api/reports').set(bearer(who)).send(body).expect(status)).body as Report;

  const resolve = (actor: SignedUpUser, reportId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/staff/reports/${reportId}/resolve`).set(bearer(actor)).send(body);

  /** Every staff list page until the end: the whole queue, oldest first. */
  async function wholeQueue(status?: string): Promise<QueuedReport[]> {
    const items: QueuedReport[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit: 100, ...(status === undefined ? {} : { status }), ...(cursor === null ? {} : { cursor }) };
      const page = (await t.http().get('/api/staff/reports').query(query).set(bearer(staff)).expect(200)).body as Page<QueuedReport>;
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  }

  async function auditOf(actor: SignedUpUser, extra: Record<string, string> = {}): Promise<AuditEntry[]> {
    const response = await t.http().get('/api/staff/audit-log').query({ actorId: actor.id, limit: 100, ...extra }).set(bearer(staff)).expect(200);
    return (response.body as Page<AuditEntry>).items;
  }

  function nextDomainEvent<K extends DomainEventName>(name: K): Promise<DomainEventMap[K]> {
    return new Promise((resolvePromise) => t.app.get(EventEmitter2).once(name, (payload: DomainEventMap[K]) => resolvePromise(payload)));
  }

  async function readConversation(matchId: string): Promise<StaffMessage[]> {
    const response = await t.http().get(`/api/staff/matches/${matchId}/messages`).query({ limit: 100 }).set(bearer(staff)).expect(200);
    return (response.body as Page<StaffMessage>).items;
  }

  describe('POST /api/reports', () => {
    let pair: Pair;
    let message: { id: string; seq: number };

    beforeAll(async () => {
      pair = await activePair(t);
      message = await insertMessage(t, pair.matchId, pair.host.id, 'Why did you not answer me?');
    });

    it('reports a message: its match and sender come with it', async () => {
      const filed = await report(pair.migrant, { messageId: message.id, reason: 'harassment', details: '  He keeps writing at night  ' });
      expect(filed).toEqual({
        id: expect.any(String),
        source: 'user',
        reason: 'harassment',
        details: 'He keeps writing at night',
        status: 'open',
        messageId: message.id,
        matchId: pair.matchId,
        userId: pair.host.id,
        reporterId: pair.migrant.id,
        flags: [],
        urgent: false,
        createdAt: expect.any(String),
        resolvedAt: null,
        resolution: null,
      });
    });

    it('does not duplicate a report of the same thing by the same person while it is open', async () => {
      const other = await insertMessage(t, pair.matchId, pair.host.id, 'Hello?');
      const first = await report(pair.migrant, { messageId: other.id, reason: 'spam' });
      const second = await report(pair.migrant, { messageId: other.id, matchId: pair.matchId, reason: 'harassment' });
      expect(second.id).toBe(first.id);
      const onThatMessage = (await wholeQueue('open')).filter((r) => r.messageId === other.id);
      expect(onThatMessage.map((r) => r.id)).toEqual([first.id]);

      await resolve(staff, first.id, { action: 'dismiss', note: 'Nothing wrong' }).expect(200);
      const afterResolution = await report(pair.migrant, { messageId: other.id, reason: 'spam' });
      expect(afterResolution.id).not.toBe(first.id);
    });

    it('reports a match (naming the other participant) and a person one shares a match with', async () => {
      const onMatch = await report(pair.host, { matchId: pair.matchId, reason: 'safety' });
      expect(onMatch).toMatchObject({ messageId: null, matchId: pair.matchId, userId: pair.migrant.id, reporterId: pair.host.id });
      const onPerson = await report(pair.host, { userId: pair.migrant.id, reason: 'other' });
      expect(onPerson).toMatchObject({ messageId: null, matchId: null, userId: pair.migrant.id });
      expect(onPerson.id).not.toBe(onMatch.id);
    });

    it('answers 404 to anyone who is not a participant of what they report', async () => {
      const stranger = await signUp(t);
      await report(stranger, { messageId: message.id, reason: 'spam' }, 404);
      await report(stranger, { matchId: pair.matchId, reason: 'spam' }, 404);
      await report(stranger, { userId: pair.host.id, reason: 'spam' }, 404);
      await report(stranger, { messageId: randomUUID(), reason: 'spam' }, 404);
      await report(staff, { matchId: pair.matchId, reason: 'spam' }, 404);
    });

    it.each([
      ['nothing named', { reason: 'spam' }],
      ['an unknown reason', { matchId: 'MATCH', reason: 'rude' }],
      ['details over 2000 characters', { matchId: 'MATCH', reason: 'other', details: 'x'.repeat(2001) }],
      ['a malformed id', { messageId: 'nope', reason: 'spam' }],
      ['an unknown field', { matchId: 'MATCH', reason: 'spam', urgent: true }],
      ['a match that is not the message\'s', { messageId: 'MESSAGE', matchId: randomUUID(), reason: 'spam' }],
      ['a person who is not the other participant', { matchId: 'MATCH', userId: randomUUID(), reason: 'spam' }],
      ['oneself', { userId: 'SELF', reason: 'spam' }],
    ])('answers 400 to %s', async (_case, body) => {
      const filled = JSON.parse(JSON.stringify(body).replace('MATCH', pair.matchId).replace('MESSAGE', message.id).replace('SELF', pair.migrant.id)) as Record<string, unknown>;
      await report(pair.migrant, filled, 400);
    });

    it('shows the reports a person filed in their export', async () => {
      const reporter = await activePair(t);
      const filed = await report(reporter.migrant, { matchId: reporter.matchId, reason: 'other', details: 'Late twice' });
      const exported = await t.http().get('/api/me/export').set(bearer(reporter.migrant)).expect(200);
      expect((exported.body as { reportsFiled: unknown[] }).reportsFiled).toEqual([expect.objectContaining({ id: filed.id, details: 'Late twice' })]);
      const reported = await t.http().get('/api/me/export').set(bearer(reporter.host)).expect(200);
      expect((reported.body as { reportsFiled: unknown[] }).reportsFiled).toEqual([]);
    });

    it('refuses a report of one\'s own message', async () => {
      const own = await insertMessage(t, pair.matchId, pair.migrant.id, 'My own words');
      await report(pair.migrant, { messageId: own.id, reason: 'spam' }, 400);
    });

    it('opens one report when meetup feedback raises a concern', async () => {
      const concerned = await activePair(t);
      const event = { meetupId: randomUUID(), matchId: concerned.matchId, participantIds: [concerned.migrant.id, concerned.host.id] as [string, string], reporterId: concerned.migrant.id, comment: 'He was drunk' };
      await t.app.get(Outbox).record('meetup.concern', event);
      const opened = await eventually(async () => (await wholeQueue('open')).find((r) => r.matchId === concerned.matchId));
      expect(opened).toMatchObject({ source: 'user', reason: 'safety', reporterId: concerned.migrant.id, userId: concerned.host.id, messageId: null });
      expect(opened.details).toContain('He was drunk');
      await t.app.get(Outbox).record('meetup.concern', { ...event, comment: 'Again' });
      await new Promise((r) => setTimeout(r, 300));
      expect((await wholeQueue('open')).filter((r) => r.matchId === concerned.matchId)).toHaveLength(1);
    });
  });

  describe('automatic flags', () => {
    const created = (pair: Pair, m: { id: string; seq: number }, body: string): void => {
      const message = { id: m.id, matchId: pair.matchId, seq: m.seq, senderId: pair.host.id, clientId: randomUUID(), body, createdAt: new Date().toISOString() };
      t.app.get(DomainEvents).emit('message.created', { message, body });
    };
    const autoReportOn = async (messageId: string): Promise<QueuedReport | undefined> => (await wholeQueue()).find((r) => r.source === 'auto' && r.messageId === messageId);

    it('opens an auto report naming the contact detail, and leaves the message as it was', async () => {
      const pair = await activePair(t);
      const harmless = await insertMessage(t, pair.matchId, pair.host.id, 'see you at 18:30');
      const body = 'Text me on +31 6 12345678 instead';
      const flagged = await insertMessage(t, pair.matchId, pair.host.id, body);
      created(pair, harmless, 'see you at 18:30');
      created(pair, flagged, body);

      const opened = await eventually(() => autoReportOn(flagged.id));
      expect(opened).toMatchObject({ source: 'auto', reason: 'safety', reporterId: null, userId: pair.host.id, matchId: pair.matchId, status: 'open' });
      expect(opened.flags).toEqual([expect.objectContaining({ kind: 'phone' })]);
      expect(opened.flags[0]?.match).not.toContain('12345678');
      expect(opened.details).toMatch(/phone number/);
      expect(await autoReportOn(harmless.id)).toBeUndefined();

      const stored = (await readConversation(pair.matchId)).find((m) => m.id === flagged.id);
      expect(stored).toMatchObject({ body, hiddenAt: null });
    });

    it('files abusive language under inappropriate, and a repeated event opens no second report', async () => {
      const pair = await activePair(t);
      const body = 'you are a fucking idiot';
      const flagged = await insertMessage(t, pair.matchId, pair.host.id, body);
      created(pair, flagged, body);
      created(pair, flagged, body);
      const opened = await eventually(() => autoReportOn(flagged.id));
      expect(opened.reason).toBe('inappropriate');
      expect(opened.flags[0]).toMatchObject({ kind: 'abusive', language: 'en' });
      await new Promise((r) => setTimeout(r, 300));
      expect((await wholeQueue()).filter((r) => r.messageId === flagged.id)).toHaveLength(1);
    });
  });

  describe('the staff queue', () => {
    it('lists open reports urgent first, then oldest first, with the message, its neighbours, the match and both people\'s history', async () => {
      const pair = await activePair(t);
      const messages = [];
      for (const [i, sender] of [pair.host, pair.migrant, pair.host, pair.migrant, pair.host].entries()) messages.push(await insertMessage(t, pair.matchId, sender.id, `message ${i + 1}`));
      const earlier = await report(pair.migrant, { userId: pair.host.id, reason: 'other' });
      const filed = await report(pair.migrant, { messageId: messages[2].id, reason: 'harassment' });

      const queue = await wholeQueue('open');
      expect(queue.every((r) => r.status === 'open')).toBe(true);
      const urgentFirst = queue.map((r) => (r.urgent ? 0 : 1));
      expect(urgentFirst).toEqual([...urgentFirst].sort((a, b) => a - b));
      for (const urgent of [true, false]) {
        const times = queue.filter((r) => r.urgent === urgent).map((r) => Date.parse(r.createdAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
      const item = queue.find((r) => r.id === filed.id);
      expect(item?.context.message).toMatchObject({ id: messages[2].id, body: 'message 3', seq: 3 });
      expect(item?.context.neighbours.map((m) => m.body)).toEqual(['message 1', 'message 2', 'message 4', 'message 5']);
      expect(item?.context.match).toMatchObject({ id: pair.matchId, status: 'active', migrantId: pair.migrant.id, hostId: pair.host.id });
      const host = item?.context.people.find((p) => p.userId === pair.host.id);
      expect(host).toMatchObject({ role: 'host', reportCount: 2 });
      expect(host?.recentReports.map((r) => r.id)).toEqual([earlier.id]);
      expect(item?.context.people.find((p) => p.userId === pair.migrant.id)).toMatchObject({ role: 'migrant', reportCount: 0, recentReports: [] });
    });

    it('pages with limit and cursor without losing or repeating a report', async () => {
      const all = await wholeQueue();
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string | number> = cursor === null ? { limit: 2 } : { limit: 2, cursor };
        const page = (await t.http().get('/api/staff/reports').query(query).set(bearer(staff)).expect(200)).body as Page<QueuedReport>;
        expect(page.items.length).toBeLessThanOrEqual(2);
        paged.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(paged).toEqual(all.map((r) => r.id));
      expect(all.length).toBeGreaterThan(4);
    });

    it.each([{ limit: 0 }, { limit: 101 }, { cursor: 'forged' }, { status: 'pending' }])('answers 400 to %p', async (query) => {
      await t.http().get('/api/staff/reports').query(query).set(bearer(staff)).expect(400);
    });
  });

  describe('GET /api/staff/matches/:id/messages', () => {
    it('shows hidden bodies and writes one audit entry per call', async () => {
      const reader = await createStaff(t);
      const pair = await activePair(t);
      const first = await insertMessage(t, pair.matchId, pair.host.id, 'first');
      await insertMessage(t, pair.matchId, pair.migrant.id, 'second');
      await t.http().post(`/api/staff/messages/${first.id}/hide`).set(bearer(staff)).send({ note: 'Rude' }).expect(200);

      const read = async (query: Record<string, string | number>) =>
        (await t.http().get(`/api/staff/matches/${pair.matchId}/messages`).query(query).set(bearer(reader)).expect(200)).body as Page<StaffMessage>;
      const firstPage = await read({ limit: 1 });
      expect(firstPage.items).toEqual([expect.objectContaining({ seq: 1, body: 'first', hiddenAt: expect.any(String), hiddenBy: staff.id })]);
      const secondPage = await read({ limit: 1, cursor: firstPage.nextCursor ?? '' });
      expect(secondPage).toEqual({ items: [expect.objectContaining({ seq: 2, body: 'second', hiddenAt: null })], nextCursor: null });
      expect((await read({ afterSeq: 1 })).items.map((m) => m.seq)).toEqual([2]);

      const entries = await auditOf(reader);
      expect(entries).toHaveLength(3);
      expect(entries.every((e) => e.action === 'conversation.read' && e.targetType === 'match' && e.targetId === pair.matchId)).toBe(true);
    });

    it('answers 404 for an unknown match and 400 for a malformed id, writing nothing', async () => {
      const reader = await createStaff(t);
      await t.http().get(`/api/staff/matches/${randomUUID()}/messages`).set(bearer(reader)).expect(404);
      await t.http().get('/api/staff/matches/not-a-uuid/messages').set(bearer(reader)).expect(400);
      expect(await auditOf(reader)).toEqual([]);
    });
  });

  describe('actions: each in one transaction with exactly one audit entry', () => {
    let moderator: SignedUpUser;
    beforeEach(async () => {
      moderator = await createStaff(t);
    });

    it('dismiss resolves the report; resolving it again is 409', async () => {
      const pair = await activePair(t);
      const filed = await report(pair.migrant, { matchId: pair.matchId, reason: 'other' });
      const resolved = (await resolve(moderator, filed.id, { action: 'dismiss', note: 'A misunderstanding' }).expect(200)).body as Report;
      expect(resolved).toMatchObject({ id: filed.id, status: 'resolved', resolvedAt: expect.any(String), resolution: { action: 'dismiss', note: 'A misunderstanding', suspendDays: null } });
      await resolve(moderator, filed.id, { action: 'dismiss', note: 'Again' }).expect(409);
      expect(await auditOf(moderator)).toEqual([
        expect.objectContaining({ actorId: moderator.id, action: 'report.resolve.dismiss', targetType: 'report', targetId: filed.id, note: 'A misunderstanding' }),
      ]);
    });

    it('hide_message hides the reported message and tells the participants live', async () => {
      const pair = await activePair(t);
      const m = await insertMessage(t, pair.matchId, pair.host.id, 'something nasty');
      const filed = await report(pair.migrant, { messageId: m.id, reason: 'harassment' });
      const socket = await connectSocket(t, pair.migrant.accessToken);
      try {
        t.app.get(RealtimeGateway).namespace.in(userRoom(pair.migrant.id)).socketsJoin(matchRoom(pair.matchId));
        const hiddenEvent = nextDomainEvent('message.hidden');
        const hidden = await eventsUntilQuiet(socket, 'message:hidden', () => resolve(moderator, filed.id, { action: 'hide_message', note: 'Abusive' }).expect(200));
        expect(hidden).toEqual([{ matchId: pair.matchId, id: m.id }]);
        await expect(hiddenEvent).resolves.toEqual({ messageId: m.id, matchId: pair.matchId, by: moderator.id });
      } finally {
        socket.close();
      }
      expect((await readConversation(pair.matchId))[0]).toMatchObject({ id: m.id, body: 'something nasty', hiddenAt: expect.any(String), hiddenBy: moderator.id });
      expect(await auditOf(moderator)).toEqual([expect.objectContaining({ action: 'report.resolve.hide_message', targetType: 'report', targetId: filed.id })]);
    });

    it('POST /api/staff/messages/:id/hide hides once (409 the second time) and pushes message:hidden', async () => {
      const pair = await activePair(t);
      const m = await insertMessage(t, pair.matchId, pair.migrant.id, 'my number is in my bio');
      const socket = await connectSocket(t, pair.host.accessToken);
      try {
        t.app.get(RealtimeGateway).namespace.in(userRoom(pair.host.id)).socketsJoin(matchRoom(pair.matchId));
        let response: { body: unknown } | undefined;
        const hidden = await eventsUntilQuiet(socket, 'message:hidden', async () => {
          response = await t.http().post(`/api/staff/messages/${m.id}/hide`).set(bearer(moderator)).send({ note: 'Contact details' }).expect(200);
        });
        expect(response?.body).toMatchObject({ id: m.id, matchId: pair.matchId, body: 'my number is in my bio', hiddenAt: expect.any(String), hiddenBy: moderator.id });
        expect(hidden).toEqual([{ matchId: pair.matchId, id: m.id }]);
      } finally {
        socket.close();
      }
      await t.http().post(`/api/staff/messages/${m.id}/hide`).set(bearer(moderator)).send({ note: 'Again' }).expect(409);
      await t.http().post(`/api/staff/messages/${randomUUID()}/hide`).set(bearer(moderator)).send({ note: 'x' }).expect(404);
      await t.http().post(`/api/staff/messages/${m.id}/hide`).set(bearer(moderator)).send({}).expect(400);
      expect(await auditOf(moderator)).toEqual([expect.objectContaining({ action: 'message.hide', targetType: 'message', targetId: m.id, note: 'Contact details' })]);
    });

    it('warn_user warns the sender of the reported message', async () => {
      const pair = await activePair(t);
      const m = await insertMessage(t, pair.matchId, pair.host.id, 'rude words');
      const filed = await report(pair.migrant, { messageId: m.id, reason: 'inappropriate' });
      const warned = nextDomainEvent('user.warned');
      await resolve(moderator, filed.id, { action: 'warn_user', note: 'Please stay kind' }).expect(200);
      await expect(warned).resolves.toEqual({ userId: pair.host.id, by: moderator.id, note: 'Please stay kind' });
      expect(await auditOf(moderator)).toEqual([expect.objectContaining({ action: 'report.resolve.warn_user', targetId: filed.id })]);
    });

    it('POST /api/staff/users/:id/warn warns directly, audited on the person', async () => {
      const pair = await activePair(t);
      const warned = nextDomainEvent('user.warned');
      const response = await t.http().post(`/api/staff/users/${pair.host.id}/warn`).set(bearer(moderator)).send({ note: 'Be on time' }).expect(200);
      expect(response.body).toMatchObject({ id: pair.host.id, status: 'active' });
      await expect(warned).resolves.toEqual({ userId: pair.host.id, by: moderator.id, note: 'Be on time' });
      expect(await auditOf(moderator)).toEqual([expect.objectContaining({ action: 'user.warn', targetType: 'user', targetId: pair.host.id })]);
    });

    it('suspend_user suspends the reported person for suspendDays', async () => {
      const pair = await activePair(t);
      const filed = await report(pair.migrant, { userId: pair.host.id, reason: 'safety' });
      const before = Date.now();
      const resolved = (await resolve(moderator, filed.id, { action: 'suspend_user', note: 'Threats', suspendDays: 3 }).expect(200)).body as Report;
      expect(resolved.resolution).toEqual({ action: 'suspend_user', note: 'Threats', suspendDays: 3 });
      const login = await t.http().post('/api/auth/login').send({ email: pair.host.email, password: STRONG_PASSWORD }).expect(200);
      const me = (await t.http().get('/api/me').set(bearer(login.body as { accessToken: string })).expect(200)).body as { status: string; suspendedUntil: string };
      expect(me.status).toBe('suspended');
      expect(Date.parse(me.suspendedUntil) - before).toBeGreaterThanOrEqual(3 * 86_400_000 - 1000);
      expect(Date.parse(me.suspendedUntil) - before).toBeLessThan(3 * 86_400_000 + 60_000);
      expect(await auditOf(moderator)).toEqual([expect.objectContaining({ action: 'report.resolve.suspend_user', targetId: filed.id })]);
    });

    it('end_match ends the report\'s match; ending it again is 409 and leaves the report open', async () => {
      const pair = await activePair(t);
      const first = await report(pair.migrant, { matchId: pair.matchId, reason: 'safety' });
      const second = await report(pair.host, { matchId: pair.matchId, reason: 'safety' });
      const ended = nextDomainEvent('match.ended');
      await resolve(moderator, first.id, { action: 'end_match', note: 'Unsafe' }).expect(200);
      await expect(ended).resolves.toEqual({ matchId: pair.matchId, migrantId: pair.migrant.id, hostId: pair.host.id, by: moderator.id });
      const match = await t.app.get(MatchesRepository).findById(pair.matchId);
      expect(match).toMatchObject({ status: 'ended', closedBy: moderator.id, closeReason: null, closeNote: 'Unsafe' });
      expect(match?.endedAt).toBeInstanceOf(Date);

      await resolve(moderator, second.id, { action: 'end_match', note: 'Unsafe' }).expect(409);
      expect((await wholeQueue('open')).some((r) => r.id === second.id)).toBe(true);
      expect(await auditOf(moderator)).toEqual([expect.objectContaining({ action: 'report.resolve.end_match', targetId: first.id })]);
    });

    it('refuses an action the report has no target for, and bad input, writing nothing', async () => {
      const pair = await activePair(t);
      const aboutPerson = await report(pair.migrant, { userId: pair.host.id, reason: 'other' });
      await resolve(moderator, aboutPerson.id, { action: 'hide_message', note: 'x' }).expect(409);
      await resolve(moderator, aboutPerson.id, { action: 'end_match', note: 'x' }).expect(409);
      await resolve(moderator, aboutPerson.id, { action: 'dismiss', note: 'x', suspendDays: 2 }).expect(400);
      await resolve(moderator, aboutPerson.id, { action: 'dismiss' }).expect(400);
      await resolve(moderator, aboutPerson.id, { action: 'ban', note: 'x' }).expect(400);
      await resolve(moderator, aboutPerson.id, { action: 'suspend_user', note: 'x', suspendDays: 0 }).expect(400);
      await resolve(moderator, randomUUID(), { action: 'dismiss', note: 'x' }).expect(404);
      await resolve(moderator, 'not-a-uuid', { action: 'dismiss', note: 'x' }).expect(400);
      expect((await wholeQueue('open')).some((r) => r.id === aboutPerson.id)).toBe(true);
      expect(await auditOf(moderator)).toEqual([]);
    });
  });

  describe('suspension', () => {
    it('revokes sessions and cuts sockets; afterwards login works but only GET /api/me answers; unsuspend restores', async () => {
      const moderator = await createStaff(t);
      const pair = await activePair(t);
      const person = pair.host;
      const socket = await connectSocket(t, person.accessToken);
      const cut = new Promise<string>((r) => socket.once('disconnect', r));

      const suspended = await t.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(moderator)).send({ reason: 'Threats' }).expect(200);
      expect(suspended.body).toMatchObject({ id: person.id, status: 'suspended', suspendedUntil: null });
      await expect(cut).resolves.toBe('io server disconnect');
      await t.http().get('/api/me').set(bearer(person)).expect(401);

      const login = await t.http().post('/api/auth/login').send({ email: person.email, password: STRONG_PASSWORD }).expect(200);
      const again = login.body as { accessToken: string };
      await t.http().get('/api/me').set(bearer(again)).expect(200);
      await t.http().put('/api/me/profile').set(bearer(again)).send({ bio: 'hi' }).expect(403);
      await t.http().post('/api/reports').set(bearer(again)).send({ matchId: pair.matchId, reason: 'other' }).expect(403);
      await t.http().get('/api/me/export').set(bearer(again)).expect(403);
      await expect(connectSocket(t, again.accessToken)).rejects.toThrow('unauthorized');

      const lifted = await t.http().post(`/api/staff/users/${person.id}/unsuspend`).set(bearer(moderator)).send({ note: 'Apologised' }).expect(200);
      expect(lifted.body).toMatchObject({ status: 'active', suspendedUntil: null });
      await t.http().put('/api/me/profile').set(bearer(again)).send({ bio: 'hi' }).expect(200);
      await t.http().post(`/api/staff/users/${person.id}/unsuspend`).set(bearer(moderator)).send({}).expect(409);

      expect((await auditOf(moderator)).map((e) => [e.action, e.targetType, e.targetId])).toEqual([
        ['user.unsuspend', 'user', person.id],
        ['user.suspend', 'user', person.id],
      ]);
    });

    it('refuses to suspend staff (403), an unknown person (404) and bad days (400)', async () => {
      const moderator = await createStaff(t);
      const person = await signUp(t);
      await t.http().post(`/api/staff/users/${staff.id}/suspend`).set(bearer(moderator)).send({ reason: 'x' }).expect(403);
      await t.http().post(`/api/staff/users/${randomUUID()}/suspend`).set(bearer(moderator)).send({ reason: 'x' }).expect(404);
      await t.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(moderator)).send({ reason: 'x', days: 0 }).expect(400);
      await t.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(moderator)).send({ days: 2 }).expect(400);
      expect(await auditOf(moderator)).toEqual([]);
    });

    it('ends by itself when its time is up (controlled clock)', async () => {
      const moderator = await createStaff(t);
      const person = await signUp(t);
      await t.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(moderator)).send({ reason: 'Cooling off', days: 1 }).expect(200);
      const sweep = t.app.get(SuspensionSweep);
      expect(await sweep.runOnce()).not.toContain(person.id);

      const clock = t.app.get(Clock);
      const later = new Date(Date.now() + 86_400_000 + 60_000);
      const spy = jest.spyOn(clock, 'now').mockReturnValue(later);
      try {
        expect(await sweep.runOnce()).toContain(person.id);
        expect(await sweep.runOnce()).not.toContain(person.id);
      } finally {
        spy.mockRestore();
      }
      const login = await t.http().post('/api/auth/login').send({ email: person.email, password: STRONG_PASSWORD }).expect(200);
      const me = await t.http().get('/api/me').set(bearer(login.body as { accessToken: string })).expect(200);
      expect(me.body).toMatchObject({ status: 'active', suspendedUntil: null });
      const ended = await t.http().get('/api/staff/audit-log').query({ targetId: person.id, action: 'user.suspension-ended' }).set(bearer(staff)).expect(200);
      expect((ended.body as Page<AuditEntry>).items).toEqual([expect.objectContaining({ actorId: null, targetType: 'user', targetId: person.id })]);
    });
  });

  describe('audit log', () => {
    it('filters by actor, action (exact or dotted prefix) and target, newest first, in pages', async () => {
      const auditor = await createStaff(t);
      const pair = await activePair(t);
      for (let i = 0; i < 3; i += 1) await t.http().get(`/api/staff/matches/${pair.matchId}/messages`).set(bearer(auditor)).expect(200);
      const filed = await report(pair.migrant, { matchId: pair.matchId, reason: 'other' });
      await resolve(auditor, filed.id, { action: 'dismiss', note: 'ok' }).expect(200);

      const all = await auditOf(auditor);
      expect(all.map((e) => e.action)).toEqual(['report.resolve.dismiss', 'conversation.read', 'conversation.read', 'conversation.read']);
      const times = all.map((e) => Date.parse(e.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(await auditOf(auditor, { action: 'conversation.read' })).toHaveLength(3);
      expect(await auditOf(auditor, { action: 'report.resolve' })).toEqual([expect.objectContaining({ targetId: filed.id })]);
      expect(await auditOf(auditor, { action: 'report' })).toHaveLength(1);
      expect(await auditOf(auditor, { action: 'report.res' })).toEqual([]);
      expect(await auditOf(auditor, { targetId: pair.matchId })).toHaveLength(3);

      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string | number> = { actorId: auditor.id, limit: 3, ...(cursor === null ? {} : { cursor }) };
        const page = (await t.http().get('/api/staff/audit-log').query(query).set(bearer(staff)).expect(200)).body as Page<AuditEntry>;
        pages.push(page.items.map((e) => e.id).join(','));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(pages).toEqual([all.slice(0, 3).map((e) => e.id).join(','), all[3].id]);

      // Oldest first, page by page, is the same entries the other way round.
      const oldest: string[] = [];
      cursor = null;
      do {
        const query: Record<string, string | number> = { actorId: auditor.id, order: 'oldest', limit: 3, ...(cursor === null ? {} : { cursor }) };
        const page = (await t.http().get('/api/staff/audit-log').query(query).set(bearer(staff)).expect(200)).body as Page<AuditEntry>;
        oldest.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(oldest).toEqual(all.map((e) => e.id).reverse());
      expect((await auditOf(auditor, { order: 'newest' })).map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('answers 400 to bad filters and limits', async () => {
      for (const query of [{ limit: 0 }, { limit: 101 }, { actorId: 'x' }, { targetId: 'x' }, { cursor: 'forged' }, { order: 'sideways' }, { order: '' }]) {
        await t.http().get('/api/staff/audit-log').query(query).set(bearer(staff)).expect(400);
      }
    });

    it('is append-only in the database too', async () => {
      await expect(t.app.get(DataSource).query(`UPDATE audit_log SET note = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(t.app.get(DataSource).query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    });
  });

  describe('staff routes', () => {
    const id = randomUUID();
    // Every row has three cells: with fewer, jest would pass its `done` callback as the body.
    const routes: Array<[string, string, Record<string, unknown> | null]> = [
      ['get', '/api/staff/reports?status=open', null],
      ['post', `/api/staff/reports/${id}/resolve`, { action: 'dismiss', note: 'x' }],
      ['get', `/api/staff/matches/${id}/messages`, null],
      ['post', `/api/staff/messages/${id}/hide`, { note: 'x' }],
      ['post', `/api/staff/users/${id}/warn`, { note: 'x' }],
      ['post', `/api/staff/users/${id}/suspend`, { reason: 'x' }],
      ['post', `/api/staff/users/${id}/unsuspend`, {}],
      ['get', '/api/staff/audit-log', null],
      ['get', '/api/staff/stats', null],
      ['get', '/api/staff/volunteers?verification=pending', null],
      ['post', `/api/staff/volunteers/${id}/verify`, {}],
      ['post', `/api/staff/volunteers/${id}/reject`, { note: 'x' }],
    ];

    it.each(routes)('%s %s answers 403 to migrants and hosts and 401 without a token', async (method, path, body) => {
      const migrant = await signUp(t);
      const host = await signUp(t, { role: 'host' });
      for (const who of [migrant, host]) {
        const call = method === 'get' ? t.http().get(path) : t.http().post(path).send(body ?? {});
        await call.set(bearer(who)).expect(403);
      }
      await (method === 'get' ? t.http().get(path) : t.http().post(path).send(body ?? {})).expect(401);
    });
  });

  it('describes every moderation route in the OpenAPI document', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/reports',
        '/api/staff/reports',
        '/api/staff/reports/{id}/resolve',
        '/api/staff/matches/{id}/messages',
        '/api/staff/messages/{id}/hide',
        '/api/staff/users/{id}/warn',
        '/api/staff/users/{id}/suspend',
        '/api/staff/users/{id}/unsuspend',
        '/api/staff/audit-log',
        '/api/staff/stats',
      ]),
    );
  });
});

describe('GET /api/staff/stats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Moves a person's sign-up back so their wait to `activatedDaysAfter` is known. */
  async function waitedDays(pair: Pair, days: number): Promise<void> {
    await t.app.get(DataSource).query(`UPDATE users SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [pair.migrant.id, days]);
  }

  it("gives the programme's figures", async () => {
    const staff = await createStaff(t);
    const waiting = await signUp(t);
    await withProfile(t, waiting);
    await signUp(t);
    await signUp(t, { role: 'host' });
    const pairs = [await activePair(t), await activePair(t), await activePair(t)];
    for (const [pair, days] of pairs.map((p, i) => [p, [2, 4, 10][i]] as const)) await waitedDays(pair, days);
    await t.app.get(DataSource).query(`UPDATE matches SET status = 'ended', ended_at = now() WHERE id = $1`, [pairs[2].matchId]);
    await verifyHost(t, staff, pairs[0].host);
    await t.http().post('/api/reports').set(bearer(pairs[0].migrant)).send({ matchId: pairs[0].matchId, reason: 'other' }).expect(201);

    const stats = await t.http().get('/api/staff/stats').set(bearer(staff)).expect(200);
    expect(stats.body).toEqual({
      participants: { migrants: 5, hosts: 4, staff: 1 },
      hostsPending: 3,
      waitingMigrants: 1,
      medianWaitDays: 4,
      matches: { proposed: 0, active: 2, declined: 0, expired: 0, ended: 1 },
      meetups: { confirmed: 0, happened: 0 },
      matchesEverActive: 3,
      meetupsPerActiveMatch: 0,
      openReports: 1,
    });
  });
});

describeWithRedis('suspension across two app processes sharing Redis', () => {
  const apps = twoAppsSharingRedis();

  it('cuts the suspended person\'s socket on the other process within 2 s', async () => {
    const staff = await createStaff(apps.first);
    const person = await signUp(apps.first);
    const socket = await connectSocket(apps.second, person.accessToken);
    const cut = disconnected(socket, 2000);
    const started = Date.now();
    await apps.first.http().post(`/api/staff/users/${person.id}/suspend`).set(bearer(staff)).send({ reason: 'Threats', days: 7 }).expect(200);
    await expect(cut).resolves.toBe('io server disconnect');
    expect(Date.now() - started).toBeLessThan(2000);
    await apps.second.http().put('/api/me/profile').set(bearer(person)).send({ bio: 'x' }).expect(401);
  });
});
