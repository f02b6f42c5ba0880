import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a cookie-authenticated write carries its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Writes need a CSRF token when the session came from the cookie; reads never change anything. */
export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The key CSRF tokens are made with: derived from the server secret under its own label, so a
 * CSRF token is never a value the session tokens are signed with.
 */
export function csrfKey(serverSecret: string): Buffer {
  return createHmac('sha256', serverSecret).update('common-ground/csrf-token/v1').digest();
}

/**
 * A session's CSRF token: an HMAC of its id. Bound to that session, the same for its whole life, and
 * unforgeable without the server secret; another site can neither read it nor compute it.
 */
export function csrfTokenFor(key: Buffer, sessionId: string): string {
  return createHmac('sha256', key).update(sessionId).digest('base64url');
}

export function isCsrfTokenOf(key: Buffer, sessionId: string, presented: string | string[] | undefined): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(key, sessionId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
