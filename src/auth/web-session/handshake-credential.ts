import type { IncomingHttpHeaders } from 'node:http';
import { sessionCookieValue } from './session-cookie.js';

export type HandshakeCredential = { token: string } | { refused: 'no-credential' | 'origin' };

/**
 * A Socket.IO handshake's session token: `auth.token` as API clients send it; without one, the
 * session cookie, but only from one of the app's own origins. A browser sends the cookie to a
 * WebSocket opened by any site, so the Origin header is what tells the app's page from another
 * site's (cross-site WebSocket hijacking).
 */
export function handshakeCredential(auth: unknown, headers: IncomingHttpHeaders, cookieName: string, allowedOrigins: ReadonlySet<string>): HandshakeCredential {
  const token: unknown = typeof auth === 'object' && auth !== null ? (auth as Record<string, unknown>).token : undefined;
  if (token !== undefined) return typeof token === 'string' && token.length <= 4096 ? { token } : { refused: 'no-credential' };
  const cookie = sessionCookieValue(headers.cookie, cookieName);
  if (cookie === undefined) return { refused: 'no-credential' };
  if (headers.origin === undefined || !allowedOrigins.has(headers.origin)) return { refused: 'origin' };
  return { token: cookie };
}

/** The app's own origin (from PUBLIC_URL) and those CORS_ORIGINS allows. */
export function webOrigins(publicUrl: string, corsOrigins: readonly string[]): Set<string> {
  return new Set([new URL(publicUrl).origin, ...corsOrigins]);
}
