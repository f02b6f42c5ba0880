/**
 * The `/chat` wire protocol, typed both ways: the gateway's sockets, the tests' and the benchmark's
 * clients all use these maps (socket.io's `Socket<Listen, Emit>` generics).
 */

/** A stored message as participants see it; `body` is null once staff hid it or its sender erased their account. */
export interface ChatMessage {
  id: string;
  matchId: string;
  seq: number;
  senderId: string;
  clientId: string;
  body: string | null;
  createdAt: string;
}

export interface ChatError {
  ok: false;
  /** A plain English sentence (several joined with "; " for validation). */
  error: string;
  /** Stable and machine-readable, e.g. `match.not-found`, `chat.read-only`, `chat.rate-limited`, `validation`. */
  code: string;
}

export interface JoinPayload {
  matchId: string;
  afterSeq?: number;
}
export type JoinAck = { ok: true; messages: ChatMessage[]; hasMore: boolean } | ChatError;

export interface SendPayload {
  matchId: string;
  clientId: string;
  body: string;
}
export type SendAck = { ok: true; message: ChatMessage } | ChatError;

export interface TypingPayload {
  matchId: string;
}

export interface ReadPayload {
  matchId: string;
  seq: number;
}
export type ReadAck = { ok: true; seq: number } | ChatError;

export interface TypingNotice {
  matchId: string;
  userId: string;
}
export interface ReadNotice {
  matchId: string;
  userId: string;
  seq: number;
}
export interface MessageHiddenNotice {
  matchId: string;
  id: string;
}

/**
 * Server events a client catches up on by re-joining with `afterSeq`, so Socket.IO's
 * connection-state recovery must not replay them as well (see recoveryAdapterExcept).
 */
export const CHAT_EVENTS_RESYNCED_BY_JOIN: ReadonlyArray<keyof ChatServerEvents> = ['message'];

/** What clients emit. */
export interface ChatClientEvents {
  join: (payload: JoinPayload, ack: (response: JoinAck) => void) => void;
  send: (payload: SendPayload, ack: (response: SendAck) => void) => void;
  typing: (payload: TypingPayload) => void;
  read: (payload: ReadPayload, ack: (response: ReadAck) => void) => void;
}

/** What the server emits on `/chat` (notifications are the notifier's; their payload is typed there). */
export interface ChatServerEvents {
  message: (message: ChatMessage) => void;
  typing: (notice: TypingNotice) => void;
  read: (notice: ReadNotice) => void;
  'message:hidden': (notice: MessageHiddenNotice) => void;
  notification: (notification: unknown) => void;
  /** A refused event that came without an ack callback. */
  error: (error: ChatError & { event: string }) => void;
}

/** Between app processes (through the Redis adapter): a stored message for each process's local sockets. */
export interface ChatServerSideEvents {
  'chat:deliver': (message: ChatMessage) => void;
}
