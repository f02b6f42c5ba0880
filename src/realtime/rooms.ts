import type { Namespace, Socket } from 'socket.io';
import type { UserRole } from '../users/user.entity.js';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents } from './realtime-events.js';

export const CHAT_NAMESPACE = '/chat';

/** What the handshake established about a socket. */
export interface SocketData {
  userId: string;
  sessionId: string;
  role: UserRole;
  /** Staff: the organisation whose events they may receive. */
  organisationId: string | null;
}

/** The `/chat` namespace and its sockets, typed with the event maps both ways. */
export type RealtimeNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
export const matchRoom = (matchId: string): string => `match:${matchId}`;
