import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AckedClientEventName, ChatMessage, ClientEventAck, ClientEventPayload } from '@shared/realtime-events';
import { describeError } from '../i18n/describe-error';
import { ChatSession, type ChatTransport } from './chat-session';
import type { ChatState } from './chat-sync';

const MATCH = 'match-1';
const ME = 'me';

type Listener = (payload: never) => void;
/** Answers one event with a value, or a promise of one. */
type Handler = (payload: Record<string, unknown>) => unknown;

/** A fake server side of the socket: stores messages like the real one (seq per match, clientId once). */
class FakeServer {
  messages: ChatMessage[] = [];
  sends: Array<Record<string, unknown>> = [];
  joins: Array<Record<string, unknown>> = [];
  /** When true, 'send' stores the message but the ack never arrives (lost on the way back). */
  dropAcks = false;
  dropBroadcasts = false;
  /** Refuses every send the way the gateway does: `{ok: false, error, code}`. */
  refuseSends: { error: string; code: string } | undefined;
  /** Like the real gateway, a join answers at most this many messages and says whether more follow. */
  joinPage = 1000;

  store(payload: Record<string, unknown>, senderId = ME): ChatMessage {
    const existing = this.messages.find((m) => m.senderId === senderId && m.clientId === payload.clientId);
    if (existing !== undefined) return existing;
    const message: ChatMessage = {
      id: `m${this.messages.length + 1}`, matchId: MATCH, seq: this.messages.length + 1, senderId,
      clientId: String(payload.clientId), body: String(payload.body), createdAt: new Date().toISOString(),
    };
    this.messages.push(message);
    return message;
  }
}

class FakeTransport implements ChatTransport {
  connected = false;
  private listeners = new Map<string, Set<Listener>>();
  constructor(private readonly server: FakeServer) {}

  on(event: string, listener: Listener): void {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(listener);
  }
  off(event: string, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }
  fire(event: string, payload?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (p: unknown) => void)(payload);
  }
  connect(): void {
    this.connected = true;
    this.fire('connect');
  }
  disconnect(): void {
    this.connected = false;
    this.fire('disconnect');
  }
  emit(): void {}
  /** Answers like the real gateway; the handlers' answers are the contract's acks, untyped here. */
  request<E extends AckedClientEventName>(event: E, payload: ClientEventPayload<E>): Promise<ClientEventAck<E>> {
    if (!this.connected) return Promise.reject(new Error('disconnected'));
    const body: Record<string, unknown> = { ...payload };
    const handlers: Record<string, Handler> = {
      join: (p) => {
        this.server.joins.push(p);
        const after = this.server.messages.filter((m) => m.seq > Number(p.afterSeq ?? 0));
        return { ok: true, messages: after.slice(0, this.server.joinPage), hasMore: after.length > this.server.joinPage };
      },
      send: (p) => {
        this.server.sends.push(p);
        if (this.server.refuseSends !== undefined) return { ok: false, ...this.server.refuseSends };
        const message = this.server.store(p);
        if (!this.server.dropBroadcasts) this.fire('message', message); // the room broadcast reaches the sender too
        if (this.server.dropAcks) return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5));
        return { ok: true, message };
      },
      read: (p) => ({ ok: true, seq: Number(p.seq) }),
    };
    return Promise.resolve(handlers[event]?.(body)) as Promise<ClientEventAck<E>>;
  }
}

function setUp() {
  const server = new FakeServer();
  const transport = new FakeTransport(server);
  const states: ChatState[] = [];
  let n = 0;
  const session = new ChatSession(transport, MATCH, ME, (state) => states.push(state), { retryMs: 10, ackTimeoutMs: 50, newId: () => `client-${++n}` });
  return { server, transport, session, latest: () => session.current };
}

const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('ChatSession', () => {
  it('joins with the history and sends with a clientId, storing each message once', async () => {
    const { server, transport, session, latest } = setUp();
    server.store({ clientId: 'p1', body: 'welcome' }, 'peer');
    session.start();
    transport.connect();
    await settle();
    expect(server.joins).toEqual([{ matchId: MATCH, afterSeq: 0 }]);
    session.send('hello');
    await settle();
    expect(server.sends).toEqual([{ matchId: MATCH, clientId: 'client-1', body: 'hello' }]);
    // Ack and broadcast both delivered the message: it is shown once, and the outbox is empty.
    expect(latest().messages.map((m) => m.body)).toEqual(['welcome', 'hello']);
    expect(latest().outbox).toEqual([]);
  });

  it('keeps messages written while offline and sends them in order after reconnecting', async () => {
    const { server, transport, session, latest } = setUp();
    session.start();
    session.send('first');
    session.send('second');
    await settle();
    expect(server.sends).toEqual([]);
    expect(latest().outbox.map((o) => o.body)).toEqual(['first', 'second']);
    transport.connect();
    await settle();
    expect(server.messages.map((m) => m.body)).toEqual(['first', 'second']);
    expect(latest().outbox).toEqual([]);
  });

  it('retries an unacknowledged message with the same clientId and never duplicates it', async () => {
    const { server, transport, session, latest } = setUp();
    session.start();
    transport.connect();
    await settle();
    // Stored, but neither the ack nor the broadcast reaches us: only the retry can tell us.
    server.dropAcks = true;
    server.dropBroadcasts = true;
    session.send('are you there?');
    await settle(20);
    server.dropAcks = false;
    await settle(40);
    expect(server.sends.length).toBeGreaterThanOrEqual(2);
    expect(new Set(server.sends.map((s) => s.clientId))).toEqual(new Set(['client-1']));
    expect(server.messages).toHaveLength(1);
    expect(latest().messages.map((m) => m.body)).toEqual(['are you there?']);
    expect(latest().outbox).toEqual([]);
  });

  it('resyncs with afterSeq after a reconnect, fetching only what was missed', async () => {
    const { server, transport, session, latest } = setUp();
    server.store({ clientId: 'p1', body: 'one' }, 'peer');
    server.store({ clientId: 'p2', body: 'two' }, 'peer');
    session.start();
    transport.connect();
    await settle();
    transport.disconnect();
    server.store({ clientId: 'p3', body: 'three' }, 'peer'); // sent while we were away
    transport.connect();
    await settle();
    expect(server.joins.map((j) => j.afterSeq)).toEqual([0, 2]);
    expect(latest().messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('fetches a long history page by page while the server says it has more', async () => {
    const { server, transport, session, latest } = setUp();
    for (let i = 1; i <= 5; i += 1) server.store({ clientId: `p${i}`, body: `message ${i}` }, 'peer');
    server.joinPage = 2;
    session.start();
    transport.connect();
    await settle();
    expect(server.joins.map((j) => j.afterSeq)).toEqual([0, 2, 4]);
    expect(latest().messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(latest().loaded).toBe(true);
  });

  it('reads the REST history before joining, since a socket gets each message only once', async () => {
    const server = new FakeServer();
    const transport = new FakeTransport(server);
    for (let i = 1; i <= 3; i += 1) server.store({ clientId: `p${i}`, body: `message ${i}` }, 'peer');
    const asked: number[] = [];
    const history = (afterSeq: number) => {
      asked.push(afterSeq);
      const items = server.messages.filter((m) => m.seq > afterSeq).slice(0, 2);
      return Promise.resolve({ items, nextCursor: items.length === 2 ? String(items[1]?.seq) : null });
    };
    // This socket already had everything: its join answers nothing, as the server's ledger does.
    server.joinPage = 0;
    const session = new ChatSession(transport, MATCH, ME, () => undefined, { retryMs: 10, ackTimeoutMs: 50, history });
    session.start();
    transport.connect();
    await settle();
    expect(asked).toEqual([0, 2]);
    expect(server.joins.map((j) => j.afterSeq)).toEqual([3]);
    expect(session.current.messages.map((m) => m.body)).toEqual(['message 1', 'message 2', 'message 3']);
  });

  it('shows the stored history before the socket connects, and the first join reads it only once', async () => {
    const server = new FakeServer();
    const transport = new FakeTransport(server);
    for (let i = 1; i <= 2; i += 1) server.store({ clientId: `p${i}`, body: `message ${i}` }, 'peer');
    const asked: number[] = [];
    const history = (afterSeq: number) => {
      asked.push(afterSeq);
      return Promise.resolve({ items: server.messages.filter((m) => m.seq > afterSeq), nextCursor: null });
    };
    const session = new ChatSession(transport, MATCH, ME, () => undefined, { retryMs: 10, ackTimeoutMs: 50, history });
    session.start();
    await settle();
    expect(session.current.messages.map((m) => m.body)).toEqual(['message 1', 'message 2']);
    expect(server.joins).toEqual([]);
    transport.connect();
    await settle();
    expect(asked).toEqual([0]);
    expect(server.joins.map((j) => j.afterSeq)).toEqual([2]);
  });

  it('reads the history again when the first read failed, once the socket connects', async () => {
    const server = new FakeServer();
    const transport = new FakeTransport(server);
    server.store({ clientId: 'p1', body: 'message 1' }, 'peer');
    let reads = 0;
    const history = (afterSeq: number) => {
      reads += 1;
      if (reads === 1) return Promise.reject(new Error('offline'));
      return Promise.resolve({ items: server.messages.filter((m) => m.seq > afterSeq), nextCursor: null });
    };
    const session = new ChatSession(transport, MATCH, ME, () => undefined, { retryMs: 10, ackTimeoutMs: 50, history });
    session.start();
    await settle();
    expect(session.current.messages).toEqual([]);
    transport.connect();
    await settle(40);
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(session.current.messages.map((m) => m.body)).toEqual(['message 1']);
  });

  it('re-joins when a broadcast reveals a gap', async () => {
    const { server, transport, session, latest } = setUp();
    session.start();
    transport.connect();
    await settle();
    const missed = server.store({ clientId: 'p1', body: 'missed' }, 'peer');
    const next = server.store({ clientId: 'p2', body: 'next' }, 'peer');
    transport.fire('message', next);
    await settle();
    expect(server.joins.map((j) => j.afterSeq)).toEqual([0, 0]);
    expect(latest().messages).toEqual([missed, next]);
  });

  it('marks a refused message as failed, does not retry it, and says why in the interface language', async () => {
    const { server, transport, session, latest } = setUp();
    session.start();
    transport.connect();
    await settle();
    server.refuseSends = { error: 'This conversation is not active; it can be read but not written to', code: 'chat.read-only' };
    session.send('too late');
    await settle(40);
    expect(server.sends).toHaveLength(1);
    const failed = latest().outbox[0]?.failed;
    expect(failed).toMatchObject({ status: 409, code: 'chat.read-only' });
    await i18next.changeLanguage('nl');
    try {
      expect(describeError(failed, i18next.t)).toBe('Dit gesprek is beëindigd; je kunt het lezen maar niet voortzetten.');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('describes a refused message by the fields its validation names, never by the server\'s sentence', async () => {
    const { server, transport, session, latest } = setUp();
    session.start();
    transport.connect();
    await settle();
    server.refuseSends = { error: 'body must be shorter than or equal to 4000 characters; matchId must be a UUID', code: 'validation' };
    session.send('x'.repeat(5000));
    await settle(40);
    expect(describeError(latest().outbox[0]?.failed, i18next.t)).toBe('Some of what you entered could not be accepted. Please check your message.');
  });

  it('applies hidden-message events', async () => {
    const { server, transport, session, latest } = setUp();
    const bad = server.store({ clientId: 'p1', body: 'bad words' }, 'peer');
    session.start();
    transport.connect();
    await settle();
    transport.fire('message:hidden', { matchId: MATCH, id: bad.id });
    expect(latest().messages[0]?.body).toBeNull();
  });
});
