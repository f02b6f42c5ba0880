/**
 * The `/chat` Socket.IO protocol, both ways (API.md, "Chat (Socket.IO)" and "Notifications"): every
 * event name with its payload and ack. The server's namespace, the publisher, the tests, the
 * benchmark and the web client (alias `@shared/realtime-events`) all use these maps, so a wrong
 * name or payload does not compile anywhere. Types and constants only: no Nest, no Node, no DOM.
 */
import type { NotificationType } from '../notifications/notification-types.js';

import type { ChatMessage } from '../shared-domain/chat-message.js';

export type { ChatMessage };

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
/** `hasMore`: the backlog came in pages; join again after the last seq received. */
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

/** A stored notification as pushed to the user's room; `GET /api/notifications` lists the same items plus `readAt`. */
export interface NotificationEvent {
  id: string;
  type: NotificationType;
  /** Ids of what it is about (`matchId`, `meetupId`), plus `startsAt`/`hoursBefore` for reminders and `note` for warnings. */
  data: Record<string, unknown>;
  createdAt: string;
}

/** What clients emit. */
export interface ClientToServerEvents {
  join: (payload: JoinPayload, ack: (response: JoinAck) => void) => void;
  send: (payload: SendPayload, ack: (response: SendAck) => void) => void;
  typing: (payload: TypingPayload) => void;
  read: (payload: ReadPayload, ack: (response: ReadAck) => void) => void;
}

/** What the server emits on `/chat`. */
export interface ServerToClientEvents {
  /** To each socket in the match's room once (the chat's delivery ledgers), the sender's own included. */
  message: (message: ChatMessage) => void;
  /** To the other participant's user room. */
  typing: (notice: TypingNotice) => void;
  /** To the other participant's user room. */
  read: (notice: ReadNotice) => void;
  /** To the match's room. */
  'message:hidden': (notice: MessageHiddenNotice) => void;
  /** To the recipient's user room. */
  notification: (notification: NotificationEvent) => void;
  /** To the one socket whose event, sent without an ack callback, was refused. */
  error: (error: ChatError & { event: string }) => void;
}

/** Between app processes (through the Redis adapter): a stored message for each process's local sockets. */
export interface InterServerEvents {
  'chat:deliver': (message: ChatMessage) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
export type ServerEventName = keyof ServerToClientEvents;

/** The payload a client sends with `event`. */
export type ClientEventPayload<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[0];

/** The client events the server answers through an ack, and what the ack carries. */
export type AckedClientEventName = { [E in ClientEventName]: Parameters<ClientToServerEvents[E]> extends [unknown, unknown] ? E : never }[ClientEventName];
export type ClientEventAck<E extends AckedClientEventName> = Parameters<ClientToServerEvents[E]>[1] extends (response: infer R) => void ? R : never;

/**
 * Server events a client catches up on by re-joining with `afterSeq`, so Socket.IO's
 * connection-state recovery must not replay them as well (see recoveryAdapterExcept).
 */
export const EVENTS_RESYNCED_BY_JOIN: readonly ServerEventName[] = ['message'];
