/**
 * What OpenAPI cannot describe: the `/chat` Socket.IO events (API.md, "Chat" and "Notifications").
 * Everything reachable over HTTP is typed from the generated schema.d.ts instead. Mirrors the
 * server's src/chat/chat-events.ts.
 */
import type { AppNotification } from './client';

/** A chat message as the socket sends it; `body` is null once staff hid it. */
export interface Message {
  id: string;
  matchId: string;
  seq: number;
  senderId: string;
  clientId: string;
  body: string | null;
  createdAt: string;
}

/** A refused event: an English sentence plus a stable code (`match.not-found`, `chat.read-only`, `chat.rate-limited`…). */
export interface ChatError { ok: false; error: string; code: string }
/** `hasMore`: the history came in pages; join again after the last seq received. */
export type JoinAck = { ok: true; messages: Message[]; hasMore: boolean } | ChatError;
export type SendAck = { ok: true; message: Message } | ChatError;
export type ReadAck = { ok: true; seq: number } | ChatError;

export interface ClientToServerEvents {
  join: { matchId: string; afterSeq?: number };
  send: { matchId: string; clientId: string; body: string };
  typing: { matchId: string };
  read: { matchId: string; seq: number };
}

export interface ServerToClientEvents {
  message: Message;
  typing: { matchId: string; userId: string };
  read: { matchId: string; userId: string; seq: number };
  'message:hidden': { matchId: string; id: string };
  /** A refused event sent without an ack callback. */
  error: ChatError & { event: string };
  /** Pushed to the user's room; the same item `GET /api/notifications` lists. */
  notification: Omit<AppNotification, 'readAt'> & { readAt?: string | null };
}
