import type { IncomingHttpHeaders } from 'node:http';
import { sessionCookieValue } from './session-cookie.js';

/** Where a request's session came from: the Authorization header (API clients) or the web cookie. */
export type CredentialKind = 'bearer' | 'cookie';

export interface SessionCredential {
  kind: CredentialKind;
  /** Undefined for an Authorization header that is not a bearer token. */
  token: string | undefined;
}

/**
 * `Authorization` wins when present: another site cannot make a browser send that header, so such a
 * request is never a forged one. Otherwise the session cookie, if any.
 */
export function readSessionCredential(headers: IncomingHttpHeaders, cookieName: string): SessionCredential | undefined {
  if (headers.authorization !== undefined) return { kind: 'bearer', token: /^Bearer\s+(\S+)$/i.exec(headers.authorization)?.[1] };
  const cookie = sessionCookieValue(headers.cookie, cookieName);
  return cookie === undefined ? undefined : { kind: 'cookie', token: cookie };
}

const credentials = new WeakMap<object, SessionCredential>();

/** Set once per request by SessionCredentialMiddleware, read by the auth and CSRF guards. */
export function rememberCredential(request: object, credential: SessionCredential | undefined): void {
  if (credential === undefined) credentials.delete(request);
  else credentials.set(request, credential);
}

/** The request's session token, from the bearer header or the session cookie. */
export function requestToken(request: object): string | undefined {
  return credentials.get(request)?.token;
}

export function credentialKindOf(request: object): CredentialKind | undefined {
  return credentials.get(request)?.kind;
}
