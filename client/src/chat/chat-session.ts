/**
 * Drives one conversation over the `/chat` socket using the pure transitions in chat-sync.ts:
 * joins (and re-joins after every reconnect) with `afterSeq`, sends each message under a clientId
 * until it is acknowledged, retries what was not acknowledged, and resyncs when a gap shows up.
 */
import type {
  AckedClientEventName, ChatMessage, ClientEventAck, ClientEventPayload, MessageHiddenNotice, ReadNotice, SendAck, ServerToClientEvents, TypingNotice,
} from '@shared/realtime-events';
import { ApiError } from '../api/errors';
import {
  applyRead, applyTyping, discardOutgoing, emptyChat, hasGap, hideMessage, markAttempt, markFailed, markLoaded, mergeMessages,
  queueOutgoing, syncedUpTo, unsent, type ChatState,
} from './chat-sync';

/** The server events a conversation follows, and the socket's own connect and disconnect. */
export interface ChatListeners extends Pick<ServerToClientEvents, 'message' | 'message:hidden' | 'typing' | 'read'> {
  connect: () => void;
  disconnect: () => void;
}

/** The part of a Socket.IO client the chat needs, typed by the server's event map; tests pass a fake. */
export interface ChatTransport {
  readonly connected: boolean;
  on<E extends keyof ChatListeners>(event: E, listener: ChatListeners[E]): unknown;
  off<E extends keyof ChatListeners>(event: E, listener: ChatListeners[E]): unknown;
  /** Emits with an acknowledgement; rejects when none arrives within timeoutMs. */
  request<E extends AckedClientEventName>(event: E, payload: ClientEventPayload<E>, timeoutMs: number): Promise<ClientEventAck<E>>;
  emit(event: 'typing', payload: ClientEventPayload<'typing'>): unknown;
}

/** Pages fetched in one join at most; the server sends a long history in pages (`hasMore`). */
const MAX_JOIN_PAGES = 50;

export interface ChatSessionOptions {
  ackTimeoutMs?: number;
  retryMs?: number;
  newId?: () => string;
  now?: () => Date;
  /**
   * The REST history (`GET /api/matches/:id/messages?afterSeq=`), read before each join. The socket
   * join alone is not enough: the server gives each socket each message once, so a conversation
   * opened again on the same tab's socket would get nothing back from `join`.
   */
  history?: (afterSeq: number) => Promise<{ items: ChatMessage[]; nextCursor: string | null }>;
}

export class ChatSession {
  private state: ChatState;
  private joined = false;
  private joining: Promise<void> | undefined;
  private flushing = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly ackTimeoutMs: number;
  private readonly retryMs: number;
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly history: ChatSessionOptions['history'];
  /**
   * The stored history, read as the session starts rather than once the socket has connected: on a
   * slow network the conversation shows while the socket is still shaking hands. The first join
   * takes it as its own history read.
   */
  private firstHistory: Promise<void> | undefined;
  /** Set when the server refuses the join (not a participant, no such match). */
  joinError: ApiError | undefined;

  constructor(
    private readonly transport: ChatTransport,
    matchId: string,
    selfId: string,
    private readonly onChange: (state: ChatState) => void,
    options: ChatSessionOptions = {},
  ) {
    this.state = emptyChat(matchId, selfId);
    this.ackTimeoutMs = options.ackTimeoutMs ?? 8000;
    this.retryMs = options.retryMs ?? 3000;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? (() => new Date());
    this.history = options.history;
  }

  get current(): ChatState {
    return this.state;
  }

  start(): void {
    this.transport.on('connect', this.onConnect);
    this.transport.on('disconnect', this.onDisconnect);
    this.transport.on('message', this.onMessage);
    this.transport.on('message:hidden', this.onHidden);
    this.transport.on('typing', this.onTyping);
    this.transport.on('read', this.onRead);
    if (this.history !== undefined) {
      this.firstHistory = this.loadHistory();
      // A failed read is the first join's to retry; until then it only waits here.
      this.firstHistory.catch(() => undefined);
    }
    if (this.transport.connected) void this.join();
  }

  stop(): void {
    this.transport.off('connect', this.onConnect);
    this.transport.off('disconnect', this.onDisconnect);
    this.transport.off('message', this.onMessage);
    this.transport.off('message:hidden', this.onHidden);
    this.transport.off('typing', this.onTyping);
    this.transport.off('read', this.onRead);
    clearTimeout(this.retryTimer);
  }

  send(body: string): string {
    const clientId = this.newId();
    this.update(queueOutgoing(this.state, clientId, body, this.now()));
    void this.flush();
    return clientId;
  }

  discard(clientId: string): void {
    this.update(discardOutgoing(this.state, clientId));
  }

  typing(): void {
    if (this.joined) this.transport.emit('typing', { matchId: this.state.matchId });
  }

  /** Tells the server we have read up to seq; resolves whether it was acknowledged. */
  async markRead(seq: number): Promise<boolean> {
    if (!this.joined || seq <= 0) return false;
    try {
      const ack = await this.transport.request('read', { matchId: this.state.matchId, seq }, this.ackTimeoutMs);
      return ack.ok;
    } catch {
      return false;
    }
  }

  /** Fetches everything after the last gap-free seq; the same call serves the first join and every resync. */
  join(): Promise<void> {
    this.joining ??= this.doJoin().finally(() => {
      this.joining = undefined;
    });
    return this.joining;
  }

  private async doJoin(): Promise<void> {
    try {
      const firstHistory = this.firstHistory;
      this.firstHistory = undefined;
      await (firstHistory ?? this.loadHistory());
      // A long history comes in pages: join again after the last seq held until the server has no more.
      for (let page = 0; page < MAX_JOIN_PAGES; page += 1) {
        const ack = await this.transport.request('join', { matchId: this.state.matchId, afterSeq: syncedUpTo(this.state) }, this.ackTimeoutMs);
        if (!ack.ok) {
          this.joinError = ApiError.fromSocket(ack.error, ack.code);
          this.onChange(this.state);
          return;
        }
        this.joinError = undefined;
        this.joined = true;
        const merged = mergeMessages(this.state, ack.messages);
        if (!ack.hasMore || ack.messages.length === 0) {
          this.update(markLoaded(merged));
          break;
        }
        this.update(merged);
      }
      await this.flush();
    } catch {
      this.scheduleRetry();
    }
  }

  /** Reads the stored history after what is held, page by page, when a REST reader was given. */
  private async loadHistory(): Promise<void> {
    if (this.history === undefined) return;
    for (let page = 0; page < MAX_JOIN_PAGES; page += 1) {
      const result = await this.history(syncedUpTo(this.state));
      this.update(mergeMessages(this.state, result.items));
      if (result.nextCursor === null || result.items.length === 0) return;
    }
  }

  /** Sends the outbox in order; stops at the first unacknowledged message and retries later. */
  private async flush(): Promise<void> {
    if (!this.joined || this.flushing || !this.transport.connected) return;
    this.flushing = true;
    try {
      for (const outgoing of unsent(this.state)) {
        // A broadcast may have delivered it meanwhile.
        if (!unsent(this.state).some((o) => o.clientId === outgoing.clientId)) continue;
        this.update(markAttempt(this.state, outgoing.clientId));
        const payload = { matchId: this.state.matchId, clientId: outgoing.clientId, body: outgoing.body };
        let ack: SendAck;
        try {
          ack = await this.transport.request('send', payload, this.ackTimeoutMs);
        } catch {
          this.scheduleRetry();
          return;
        }
        if (ack.ok) this.update(mergeMessages(this.state, [ack.message]));
        else this.update(markFailed(this.state, outgoing.clientId, ApiError.fromSocket(ack.error, ack.code)));
      }
    } finally {
      this.flushing = false;
    }
    // The whole outbox went out (a lost ack returns above): send what was written while we waited for acks.
    if (unsent(this.state).some((o) => o.attempts === 0)) await this.flush();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (!this.transport.connected) return; // the next 'connect' re-joins and flushes
      void (this.joined ? this.flush() : this.join());
    }, this.retryMs);
  }

  private update(next: ChatState): void {
    if (next === this.state) return;
    this.state = next;
    this.onChange(next);
  }

  private readonly onConnect = (): void => {
    void this.join();
  };

  private readonly onDisconnect = (): void => {
    this.joined = false;
  };

  private readonly onMessage = (message: ChatMessage): void => {
    this.update(mergeMessages(this.state, [message]));
    if (hasGap(this.state)) void this.join();
  };

  private readonly onHidden = (event: MessageHiddenNotice): void => {
    this.update(hideMessage(this.state, event.matchId, event.id));
  };

  private readonly onTyping = (event: TypingNotice): void => {
    this.update(applyTyping(this.state, event, this.now().getTime()));
  };

  private readonly onRead = (event: ReadNotice): void => {
    this.update(applyRead(this.state, event));
  };
}
