import type { UserRole } from '../users/user.entity.js';

export const CHAT_NAMESPACE = '/chat';

/** What the handshake established about a socket. */
export interface SocketData {
  userId: string;
  sessionId: string;
  role: UserRole;
}

export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
export const matchRoom = (matchId: string): string => `match:${matchId}`;
