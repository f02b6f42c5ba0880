/**
 * What OpenAPI cannot describe: the `/chat` Socket.IO events (API.md, "Chat" and "Notifications").
 * Everything reachable over HTTP is typed from the generated schema.d.ts instead.
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

export type JoinAck = { ok: true; messages: Message[] } | { ok: false; error: string };
export type SendAck = { ok: true; message: Message } | { ok: false; error: string };
export type ReadAck = { ok: true } | { ok: false; error: string };

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
  /** Pushed to the user's room; the same item `GET /api/notifications` lists. */
  notification: Omit<AppNotification, 'readAt'> & { readAt?: string | null };
}
