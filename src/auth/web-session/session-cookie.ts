import { parse as parseCookie } from 'cookie';
import type { CookieOptions } from 'express';

/** How a web client asks sign-up and login for a cookie session instead of a bearer token in the body. */
export const SESSION_MODE_HEADER = 'x-session-mode';

/**
 * The session cookie's name and attributes. `Secure` (and with it the `__Host-` prefix, which also
 * forbids a `Domain`, so a sibling subdomain cannot plant one) whenever the app is reached over
 * HTTPS or on the loopback host, where browsers accept Secure cookies over plain http. Only a
 * plain-http install on another host (a local network) goes without, or its browsers would drop it.
 */
export interface SessionCookiePolicy {
  name: string;
  secure: boolean;
}

export function sessionCookiePolicy(publicUrl: string): SessionCookiePolicy {
  const url = new URL(publicUrl);
  const secure = url.protocol === 'https:' || isLoopbackHost(url.hostname);
  return { name: secure ? '__Host-cg_session' : 'cg_session', secure };
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * httpOnly: no script reads it. SameSite=Strict: no request another site starts carries it; the web
 * client is a single page whose HTML needs no session, so a link followed from an email loses nothing.
 */
export function sessionCookieOptions(policy: SessionCookiePolicy, expiresAt: Date): CookieOptions {
  return { httpOnly: true, secure: policy.secure, sameSite: 'strict', path: '/', expires: expiresAt };
}

/** The options that clear it: the same name, path and attributes, already expired. */
export function clearedSessionCookieOptions(policy: SessionCookiePolicy): CookieOptions {
  return { httpOnly: true, secure: policy.secure, sameSite: 'strict', path: '/' };
}

/** The session cookie's value in a `Cookie` header (the first, should there be several), or undefined. */
export function sessionCookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (cookieHeader === undefined) return undefined;
  // `cookie` keeps the first of several same-named cookies and leaves a value it cannot decode as sent.
  const value = parseCookie(cookieHeader)[name];
  if (value === undefined || value === '' || value.length > 4096) return undefined;
  return value;
}

/** Whether a sign-in asked for a cookie session (`X-Session-Mode: cookie`). */
export function wantsCookieSession(headerValue: string | string[] | undefined): boolean {
  return typeof headerValue === 'string' && headerValue.trim().toLowerCase() === 'cookie';
}
