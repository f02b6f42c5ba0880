import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ChatMessage, JoinAck } from '../src/realtime/realtime-events.js';
import { Outbox } from '../src/outbox/outbox.js';
import { MessagesRepository } from '../src/chat/messages.repository.js';
import { MatchesRepository } from '../src/matches/matches.repository.js';
import { activeMatch, bearer, signUp, SignedUpUser } from './support/factories.js';
import { ChatClient, collect, connectChat, eventually, send, sentMessage, settle } from './support/chat.js';
import { connectSocket } from './support/sockets.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('chat over Socket.IO', () => {
  let t: TestApp;
  let db: DataSource;
  const sockets: ChatClient[] = [];

  const open = async (user: SignedUpUser): Promise<ChatClient> => {
    const socket = await connectChat(t, user);
    sockets.push(socket);
    return socket;
  };
  const storedCount = async (matchId: string): Promise<number> => {
    const rows: Array<{ count: string }> = await db.query('SELECT count(*) FROM messages WHERE match_id = $1', [matchId]);
    return Number(rows[0].count);
  };
  const pair = async (): Promise<{ migrant: SignedUpUser; host: SignedUpUser; matchId: string }> => {
    const migrant = await signUp(t, { role: 'migrant' });
    const host = await signUp(t, { role: 'host' });
    return { migrant, host, matchId: (await activeMatch(t, migrant, host)).id };
  };

  beforeAll(async () => {
    // 60 events per person: the concurrency test below joins and sends 50 from each person's two devices.
    t = await startTestApp({ CHAT_RATE_LIMIT_BURST: '60', CHAT_RATE_LIMIT_PER_SECOND: '5' });
    db = t.app.get(DataSource);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a handshake without a token or with a bad one', async () => {
    await expect(connectSocket(t, undefined)).rejects.toThrow('unauthorized');
    await expect(connectSocket(t, 'Bearer nonsense')).rejects.toThrow('unauthorized');
  });

  it('lets a stranger neither join nor write, and tells them the match does not exist', async () => {
    const { matchId } = await pair();
    const stranger = await open(await signUp(t));
    await expect(stranger.timeout(5000).emitWithAck('join', { matchId })).resolves.toEqual({ ok: false, error: 'Match not found', code: 'match.not-found' });
    await expect(send(stranger, matchId, 'let me in')).resolves.toMatchObject({ ok: false, code: 'match.not-found' });
    await expect(stranger.timeout(5000).emitWithAck('join', { matchId: randomUUID() })).resolves.toMatchObject({ ok: false, code: 'match.not-found' });
    expect(await storedCount(matchId)).toBe(0);
  });

  it('acks a send once stored and delivers it exactly once to every joined socket, the sender included', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket] = [await open(migrant), await open(host)];
    const toMigrant = collect(migrantSocket, 'message');
    const toHost = collect(hostSocket, 'message');
    await expect(migrantSocket.timeout(5000).emitWithAck('join', { matchId })).resolves.toEqual({ ok: true, messages: [], hasMore: false });
    await expect(hostSocket.timeout(5000).emitWithAck('join', { matchId })).resolves.toEqual({ ok: true, messages: [], hasMore: false });

    const clientId = randomUUID();
    const ack = await send(migrantSocket, matchId, '  <script>alert(1)</script> & hello \n', clientId);
    const message = sentMessage(ack);
    // The sender's own `message` leaves ahead of its ack, in the same socket write.
    expect(toMigrant).toEqual([message]);
    expect(message).toEqual({
      id: expect.any(String),
      matchId,
      seq: 1,
      senderId: migrant.id,
      clientId,
      body: '<script>alert(1)</script> & hello',
      createdAt: expect.stringMatching(/Z$/),
    });
    const [stored] = await db.query<Array<{ body: string; seq: number }>>('SELECT body, seq FROM messages WHERE id = $1', [message.id]);
    expect(stored).toEqual({ body: '<script>alert(1)</script> & hello', seq: 1 });

    await eventually(() => toHost.length === 1 && toMigrant.length === 1, 3000, 'delivery');
    expect(toHost).toEqual([message]);
    expect(toMigrant).toEqual([message]);
    await settle();
    expect(toHost).toHaveLength(1);
    expect(toMigrant).toHaveLength(1);
  });

  it('refuses a body holding NUL or a lone surrogate with a validation ack, storing and delivering nothing', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket] = [await open(migrant), await open(host)];
    await hostSocket.timeout(5000).emitWithAck('join', { matchId });
    const toHost = collect(hostSocket, 'message');
    const refusal = { ok: false, code: 'validation', error: 'body must not contain NUL characters or unpaired surrogates' };
    await expect(send(migrantSocket, matchId, 'nul\u0000byte')).resolves.toEqual(refusal);
    await expect(send(migrantSocket, matchId, 'half a smile \uD83D')).resolves.toEqual(refusal);
    await expect(send(migrantSocket, matchId, '\uDE00 backwards \uD83D')).resolves.toEqual(refusal);
    // A whole surrogate pair is one character like any other.
    expect(sentMessage(await send(migrantSocket, matchId, 'a whole smile \u{1F600}')).body).toBe('a whole smile \u{1F600}');
    expect(await storedCount(matchId)).toBe(1);
    await eventually(() => toHost.length === 1);
    await settle();
    expect(toHost.map((message) => message.body)).toEqual(['a whole smile \u{1F600}']);
  });

  it('answers a retried clientId with the stored message, never storing or delivering it twice', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket] = [await open(migrant), await open(host)];
    await hostSocket.timeout(5000).emitWithAck('join', { matchId });
    const toHost = collect(hostSocket, 'message');
    const clientId = randomUUID();

    const acks = await Promise.all([send(migrantSocket, matchId, 'once', clientId), send(migrantSocket, matchId, 'once', clientId)]);
    const again = await send(migrantSocket, matchId, 'edited on retry', clientId);
    const first = sentMessage(acks[0]);
    expect(sentMessage(acks[1])).toEqual(first);
    expect(sentMessage(again)).toEqual(first);
    expect(await storedCount(matchId)).toBe(1);
    await settle();
    expect(toHost).toEqual([first]);

    // The counter did not move for the refused duplicates: the next message is seq 2.
    expect(sentMessage(await send(migrantSocket, matchId, 'next')).seq).toBe(2);
  });

  it('keeps storing after the database drops its connections, never writing on a dropped one', async () => {
    const { migrant, matchId } = await pair();
    const socket = await open(migrant);
    sentMessage(await send(socket, matchId, 'before'));
    // Every connection but this query's, the chat's held append connection included; waits until they are gone.
    await db.query('SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await settle();
    expect(sentMessage(await send(socket, matchId, 'after'))).toMatchObject({ seq: 2, body: 'after' });
    expect(sentMessage(await send(socket, matchId, 'and on'))).toMatchObject({ seq: 3 });
    expect(await storedCount(matchId)).toBe(3);
  });

  it('gives 100 concurrent sends from both sides seq 1..100 without gaps, each delivered once per socket', async () => {
    const { migrant, host, matchId } = await pair();
    // Two devices per person, 25 sends each: within the person's burst of 60.
    const devices = [await open(migrant), await open(migrant), await open(host), await open(host)];
    const received = devices.map((socket) => collect(socket, 'message'));
    for (const socket of devices) await socket.timeout(5000).emitWithAck('join', { matchId });

    const acks = await Promise.all(devices.flatMap((socket, device) => Array.from({ length: 25 }, (_, i) => send(socket, matchId, `device ${device} message ${i}`))));
    const seqs = acks.map((ack) => sentMessage(ack).seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));

    const rows: Array<{ seq: number }> = await db.query('SELECT seq FROM messages WHERE match_id = $1 ORDER BY seq', [matchId]);
    expect(rows.map((r) => r.seq)).toEqual(seqs);
    const [{ last_message_seq: counter }] = await db.query<Array<{ last_message_seq: number }>>('SELECT last_message_seq FROM matches WHERE id = $1', [matchId]);
    expect(counter).toBe(100);

    await eventually(() => received.every((r) => r.length >= 100), 10_000, 'all deliveries');
    await settle();
    for (const messages of received) expect(messages.map((m) => m.seq).sort((a, b) => a - b)).toEqual(seqs);
  });

  it('keeps every conversation gapless when sends to many matches are written together', async () => {
    const conversations: Array<Awaited<ReturnType<typeof pair>>> = [];
    const sockets: ChatClient[][] = [];
    for (let i = 0; i < 8; i += 1) {
      const conversation = await pair();
      conversations.push(conversation);
      sockets.push([await open(conversation.migrant), await open(conversation.host)]);
    }
    const acks = await Promise.all(
      conversations.flatMap((c, i) => sockets[i].flatMap((socket) => Array.from({ length: 10 }, (_, n) => send(socket, c.matchId, `line ${n}`)))),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    for (const { matchId } of conversations) {
      const rows = await db.query<Array<{ seq: number }>>('SELECT seq FROM messages WHERE match_id = $1 ORDER BY seq', [matchId]);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });

  it('keeps seqs gapless when batches for the same matches are written at once on several connections', async () => {
    const conversations = [await pair(), await pair(), await pair()];
    const messages = t.app.get(MessagesRepository);
    // Forty batches contend for the same three match rows: each waits for the others' locks and
    // must count on from what they committed.
    const batches = Array.from({ length: 40 }, (_, b) =>
      Array.from({ length: 8 }, (_, n) => {
        const { matchId, migrant, host } = conversations[(b + n) % 3];
        return { matchId, senderId: (b + n) % 2 === 0 ? migrant.id : host.id, clientId: randomUUID(), body: `batch ${b} line ${n}` };
      }),
    );
    const stored = (await Promise.all(batches.map((batch) => messages.appendBatch(batch)))).flat();
    expect(stored.every((message) => message !== undefined)).toBe(true);
    for (const { matchId } of conversations) {
      const seqs = stored.filter((message) => message?.matchId === matchId).map((message) => message?.seq ?? 0);
      expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      const [row] = await db.query<Array<{ last_message_seq: number }>>('SELECT last_message_seq FROM matches WHERE id = $1', [matchId]);
      expect(row.last_message_seq).toBe(seqs.length);
    }
  });

  it('resyncs a reconnecting client with afterSeq: exactly what it missed, oldest first', async () => {
    const { migrant, host, matchId } = await pair();
    const hostSocket = await open(host);
    let migrantSocket = await open(migrant);
    await migrantSocket.timeout(5000).emitWithAck('join', { matchId });
    await hostSocket.timeout(5000).emitWithAck('join', { matchId });
    const early = sentMessage(await send(hostSocket, matchId, 'before the tunnel'));
    migrantSocket.close();

    const missed: ChatMessage[] = [];
    for (const body of ['one', 'two', 'three']) missed.push(sentMessage(await send(hostSocket, matchId, body)));

    migrantSocket = await open(migrant);
    const live = collect(migrantSocket, 'message');
    const joined = await migrantSocket.timeout(5000).emitWithAck('join', { matchId, afterSeq: early.seq });
    expect(joined).toEqual({ ok: true, messages: missed, hasMore: false });

    const next = sentMessage(await send(hostSocket, matchId, 'welcome back'));
    await eventually(() => live.length === 1);
    expect(live).toEqual([next]);
  });

  it('recovers a dropped connection without replaying messages: the re-join gives each lost one once', async () => {
    const { migrant, host, matchId } = await pair();
    const hostSocket = await open(host);
    const migrantSocket = await open(migrant);
    await migrantSocket.timeout(5000).emitWithAck('join', { matchId });
    await hostSocket.timeout(5000).emitWithAck('join', { matchId });
    // A notice carries its recovery offset as an extra argument: the point the client has reached.
    const typingOffset = new Promise<string>((resolve) => migrantSocket.once('typing', (_notice: unknown, offset?: unknown) => resolve(String(offset))));
    hostSocket.emit('typing', { matchId });
    const reached = await typingOffset;
    const live = collect(migrantSocket, 'message');
    const lost = [sentMessage(await send(hostSocket, matchId, 'lost one')), sentMessage(await send(hostSocket, matchId, 'lost two'))];
    await eventually(() => live.length === 2, 3000, 'live delivery');
    // Model the two messages being lost in flight: the client's recovery point is back at the notice.
    (migrantSocket as unknown as { _lastOffset: string })._lastOffset = reached;

    migrantSocket.io.engine.close();
    await eventually(() => !migrantSocket.connected, 3000, 'the drop');
    // While the migrant is away the host reads; that notice is kept for the recovery to replay.
    await hostSocket.timeout(5000).emitWithAck('read', { matchId, seq: lost[1].seq });
    const afterDrop = collect(migrantSocket, 'message');
    const readNotices = collect(migrantSocket, 'read');
    migrantSocket.connect();
    await eventually(() => migrantSocket.connected, 3000, 'the reconnect');
    expect(migrantSocket.recovered).toBe(true);
    const rejoined = await migrantSocket.timeout(5000).emitWithAck('join', { matchId, afterSeq: 0 });
    expect(rejoined).toEqual({ ok: true, messages: lost, hasMore: false });
    await eventually(() => readNotices.length === 1, 3000, 'the replayed read notice');
    expect(readNotices).toEqual([{ matchId, userId: host.id, seq: lost[1].seq }]);
    await settle();
    expect(afterDrop).toEqual([]);
  });

  it('never gives a socket that joins twice the same message twice', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket] = [await open(migrant), await open(host)];
    const seen = collect(migrantSocket, 'message');
    const first = sentMessage(await send(hostSocket, matchId, 'first'));
    const acks: JoinAck[] = await Promise.all([
      migrantSocket.timeout(5000).emitWithAck('join', { matchId }),
      migrantSocket.timeout(5000).emitWithAck('join', { matchId }),
    ]);
    // Each join answers what it asked for; the live event stream never repeats a message.
    const acked = acks.flatMap((ack): ChatMessage[] => (ack.ok ? ack.messages : []));
    expect(acked.length).toBeGreaterThanOrEqual(1);
    expect(acked.every((message) => message.id === first.id)).toBe(true);
    const second = sentMessage(await send(hostSocket, matchId, 'second'));
    await eventually(() => seen.length === 1);
    await settle();
    expect(seen).toEqual([second]);
  });

  it('answers a re-join from an earlier afterSeq with that backlog again (a page reopened on the same socket)', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket] = [await open(migrant), await open(host)];
    await migrantSocket.timeout(5000).emitWithAck('join', { matchId });
    const sent = [sentMessage(await send(hostSocket, matchId, 'one')), sentMessage(await send(hostSocket, matchId, 'two'))];
    const live = collect(migrantSocket, 'message');
    await eventually(() => live.length === 0 || live.length === 2);
    const again = await migrantSocket.timeout(5000).emitWithAck('join', { matchId, afterSeq: 0 });
    expect(again).toEqual({ ok: true, messages: sent, hasMore: false });
    const fromOne = await migrantSocket.timeout(5000).emitWithAck('join', { matchId, afterSeq: 1 });
    expect(fromOne).toEqual({ ok: true, messages: [sent[1]], hasMore: false });
  });

  it('keeps an ended match readable but refuses new messages, storing nothing', async () => {
    const { migrant, host, matchId } = await pair();
    const migrantSocket = await open(migrant);
    const kept = sentMessage(await send(migrantSocket, matchId, 'thanks for everything'));
    const matches = t.app.get(MatchesRepository);
    const match = await matches.findById(matchId);
    if (match === null) throw new Error('match vanished');
    match.status = 'ended';
    match.lastMessageSeq = 0; // a stale value must never reach the counter
    await matches.save(match);

    await expect(send(migrantSocket, matchId, 'one more?')).resolves.toEqual({
      ok: false,
      error: 'This conversation is not active; it can be read but not written to',
      code: 'chat.read-only',
    });
    // A retry of what was stored before the end still gets its ack.
    await expect(send(migrantSocket, matchId, 'thanks for everything', kept.clientId)).resolves.toEqual({ ok: true, message: kept });
    const hostSocket = await open(host);
    await expect(hostSocket.timeout(5000).emitWithAck('join', { matchId })).resolves.toEqual({ ok: true, messages: [kept], hasMore: false });
    expect(await storedCount(matchId)).toBe(1);
    const [{ last_message_seq: counter }] = await db.query<Array<{ last_message_seq: number }>>('SELECT last_message_seq FROM matches WHERE id = $1', [matchId]);
    expect(counter).toBe(1);
  });

  it('answers oversize and malformed payloads with an error ack and stores nothing', async () => {
    const { migrant, matchId } = await pair();
    const socket = await open(migrant);
    const attempts: unknown[] = [
      { matchId, clientId: randomUUID(), body: 'x'.repeat(4001) },
      { matchId, clientId: randomUUID(), body: '   \n\t ' },
      { matchId, clientId: randomUUID(), body: 42 },
      { matchId, clientId: 'not-a-uuid', body: 'hello' },
      { matchId: 'nope', clientId: randomUUID(), body: 'hello' },
      { matchId, clientId: randomUUID(), body: 'hello', admin: true },
      { matchId, body: 'hello' },
      { matchId, clientId: randomUUID(), body: 'nul\u0000byte' },
      'just a string',
      null,
    ];
    for (const payload of attempts) {
      const ack = (await (socket as unknown as { timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> } })
        .timeout(5000)
        .emitWithAck('send', payload)) as { ok: boolean; code: string; error: string };
      expect(ack).toMatchObject({ ok: false, code: 'validation' });
      expect(ack.error.length).toBeGreaterThan(0);
    }
    const tooLong = (await (socket as unknown as { timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> } })
      .timeout(5000)
      .emitWithAck('send', attempts[0])) as { error: string };
    expect(tooLong.error).toBe('body must be at most 4000 characters');
    // Exactly 4000 characters after trimming is fine.
    expect(sentMessage(await send(socket, matchId, ` ${'y'.repeat(4000)} `)).body).toHaveLength(4000);
    expect(await storedCount(matchId)).toBe(1);

    // Without an ack callback the refusal comes as an `error` event.
    const errors = collect(socket, 'error');
    (socket as unknown as { emit(event: string, payload: unknown): void }).emit('read', { matchId, seq: -1 });
    await eventually(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ ok: false, code: 'validation', event: 'read' });
  });

  it('refuses events beyond the per-person burst, however many sockets the person opens, with a clear error ack', async () => {
    const { migrant, matchId } = await pair();
    const personSockets = [await open(migrant), await open(migrant), await open(migrant)];
    const acks = await Promise.all(Array.from({ length: 70 }, (_, i) => send(personSockets[i % 3], matchId, `burst ${i}`)));
    const refused = acks.filter((ack) => !ack.ok);
    expect(acks.filter((ack) => ack.ok)).toHaveLength(60);
    expect(refused).toHaveLength(10);
    expect(refused[0]).toMatchObject({ ok: false, code: 'chat.rate-limited', error: expect.stringMatching(/^rate-limited: at most 60 events in 12 seconds; retry in \d+ ms$/) });
    expect(await storedCount(matchId)).toBe(t.config.chatRateLimit.burst);
  });

  it('relays typing to the other participant only, and stores read positions that never move back', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket, stranger] = [await open(migrant), await open(host), await open(await signUp(t))];
    const typingAtHost = collect(hostSocket, 'typing');
    const typingAtMigrant = collect(migrantSocket, 'typing');
    const typingAtStranger = collect(stranger, 'typing');
    const readsAtHost = collect(hostSocket, 'read');
    const readsAtMigrant = collect(migrantSocket, 'read');
    for (const socket of [migrantSocket, hostSocket]) await socket.timeout(5000).emitWithAck('join', { matchId });

    migrantSocket.emit('typing', { matchId });
    await eventually(() => typingAtHost.length === 1);
    expect(typingAtHost).toEqual([{ matchId, userId: migrant.id }]);
    stranger.emit('typing', { matchId });

    for (const body of ['a', 'b', 'c']) sentMessage(await send(hostSocket, matchId, body));
    await expect(migrantSocket.timeout(5000).emitWithAck('read', { matchId, seq: 2 })).resolves.toEqual({ ok: true, seq: 2 });
    await expect(migrantSocket.timeout(5000).emitWithAck('read', { matchId, seq: 1 })).resolves.toEqual({ ok: true, seq: 2 });
    await expect(migrantSocket.timeout(5000).emitWithAck('read', { matchId, seq: 99 })).resolves.toEqual({ ok: true, seq: 3 });
    await expect(stranger.timeout(5000).emitWithAck('read', { matchId, seq: 1 })).resolves.toMatchObject({ ok: false, code: 'match.not-found' });
    await eventually(() => readsAtHost.length === 3);
    expect(readsAtHost).toEqual([2, 2, 3].map((seq) => ({ matchId, userId: migrant.id, seq })));
    const rows: Array<{ last_read_seq: number }> = await db.query('SELECT last_read_seq FROM message_reads WHERE match_id = $1 AND user_id = $2', [matchId, migrant.id]);
    expect(rows).toEqual([{ last_read_seq: 3 }]);

    await settle();
    expect(typingAtMigrant).toEqual([]);
    expect(typingAtStranger).toEqual([]);
    expect(typingAtHost).toHaveLength(1);
    expect(readsAtMigrant).toEqual([]);
  });

  it('tells the room when staff hide a message, and shows its body as null from then on', async () => {
    const { migrant, host, matchId } = await pair();
    const [migrantSocket, hostSocket] = [await open(migrant), await open(host)];
    await hostSocket.timeout(5000).emitWithAck('join', { matchId });
    const hiddenAtHost = collect(hostSocket, 'message:hidden');
    const message = sentMessage(await send(migrantSocket, matchId, 'call me on +31 6 12345678'));
    const staff = await signUp(t);
    await db.query('UPDATE messages SET hidden_at = now(), hidden_by = $2 WHERE id = $1', [message.id, staff.id]);
    await t.app.get(Outbox).record('message.hidden', { messageId: message.id, matchId, by: staff.id });
    await eventually(() => hiddenAtHost.length === 1);
    expect(hiddenAtHost).toEqual([{ matchId, id: message.id }]);

    const history = await t.http().get(`/api/matches/${matchId}/messages`).set(bearer(host)).expect(200);
    expect(history.body.items).toEqual([{ ...message, body: null }]);
    const rejoined = await (await open(migrant)).timeout(5000).emitWithAck('join', { matchId });
    expect(rejoined).toEqual({ ok: true, messages: [{ ...message, body: null }], hasMore: false });
  });

  describe('REST history', () => {
    it('pages oldest first with a cursor, for participants only', async () => {
      const { migrant, host, matchId } = await pair();
      const socket = await open(migrant);
      const sent: ChatMessage[] = [];
      for (let i = 1; i <= 5; i += 1) sent.push(sentMessage(await send(socket, matchId, `message ${i}`)));

      const first = await t.http().get(`/api/matches/${matchId}/messages?limit=2`).set(bearer(host)).expect(200);
      expect(first.body).toEqual({ items: sent.slice(0, 2), nextCursor: '2' });
      const second = await t.http().get(`/api/matches/${matchId}/messages?limit=2&cursor=${first.body.nextCursor}`).set(bearer(host)).expect(200);
      expect(second.body).toEqual({ items: sent.slice(2, 4), nextCursor: '4' });
      const last = await t.http().get(`/api/matches/${matchId}/messages?limit=2&cursor=4`).set(bearer(migrant)).expect(200);
      expect(last.body).toEqual({ items: sent.slice(4), nextCursor: null });
      const after = await t.http().get(`/api/matches/${matchId}/messages?afterSeq=3`).set(bearer(migrant)).expect(200);
      expect(after.body).toEqual({ items: sent.slice(3), nextCursor: null });

      const stranger = await signUp(t);
      await t.http().get(`/api/matches/${matchId}/messages`).set(bearer(stranger)).expect(404);
      await t.http().get(`/api/matches/${matchId}/messages`).expect(401);
      await t.http().get('/api/matches/not-a-uuid/messages').set(bearer(host)).expect(400);
      for (const query of ['limit=0', 'limit=101', 'afterSeq=-1', 'afterSeq=abc', 'cursor=xyz', 'cursor=99999999999', 'unknown=1']) {
        await t.http().get(`/api/matches/${matchId}/messages?${query}`).set(bearer(host)).expect(400);
      }
    });

    it('is described in the OpenAPI document', async () => {
      const document = await t.http().get('/api/docs-json').expect(200);
      expect(Object.keys(document.body.paths)).toContain('/api/matches/{id}/messages');
    });
  });

  describe('personal data', () => {
    it('exports the messages a person sent and erases their bodies, keeping the conversation shape', async () => {
      const { migrant, host, matchId } = await pair();
      const socket = await open(migrant);
      const mine = sentMessage(await send(socket, matchId, 'my words'));
      const theirs = sentMessage(await send(await open(host), matchId, 'their words'));

      const exported = await t.http().get('/api/me/export').set(bearer(migrant)).expect(200);
      expect(exported.body.messages.sent).toEqual([expect.objectContaining({ id: mine.id, matchId, seq: 1, body: 'my words' })]);

      socket.close();
      await t.http().delete('/api/me').set(bearer(migrant)).send({ password: migrant.password }).expect(204);
      const history = await t.http().get(`/api/matches/${matchId}/messages`).set(bearer(host)).expect(200);
      expect(history.body.items).toEqual([{ ...mine, body: null }, theirs]);
      const [row] = await db.query<Array<{ body: string; body_erased: boolean }>>('SELECT body, body_erased FROM messages WHERE id = $1', [mine.id]);
      expect(row).toEqual({ body: '', body_erased: true });
    });
  });
});
