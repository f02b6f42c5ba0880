import { emailForNotification, type NotificationFacts } from '../../email/domain/email-rules.js';
import { EMAIL_MESSAGES } from '../../email/domain/email-messages.js';
import { isOptionalEmailType, type EmailLocale, type EmailType } from '../../email/domain/email-types.js';

/** What a device receives (encrypted): no more than the notification needs to be understood. */
export interface PushPayload {
  type: EmailType;
  title: string;
  body: string;
  /** A same-origin address of the web client (a hash route). */
  url: string;
}

/**
 * Push carries the notifications email carries, under the same choices: one switch per type in
 * the preferences covers both. Essential types (a staff warning) cannot be turned off.
 */
export function pushForNotification(notification: NotificationFacts): EmailType | null {
  return emailForNotification(notification);
}

/** Whether a person gets a type on their devices at all: never once erased, never a type turned off. */
export function mayPush(type: EmailType, recipient: { erased: boolean; turnedOff: ReadonlySet<string> }): boolean {
  if (recipient.erased) return false;
  return !(isOptionalEmailType(type) && recipient.turnedOff.has(type));
}

/** The page a notification opens: the match it is about, else the suggestions or home. */
export function pushUrl(type: EmailType, data: Readonly<Record<string, string | number>>): string {
  const matchId = typeof data.matchId === 'string' ? data.matchId : null;
  if (type === 'match.declined' || type === 'match.expired') return '/#/suggestions';
  if ((type.startsWith('match.') || type.startsWith('meetup.') || type === 'checkin.due' || type === 'chat.unread') && matchId !== null) return `/#/matches/${encodeURIComponent(matchId)}`;
  return '/#/';
}

/** The email's subject as the title, its one action as the body (never a staff note or a meetup's place). */
export function pushPayload(type: EmailType, locale: EmailLocale, subject: string, data: Readonly<Record<string, string | number>>): PushPayload {
  return { type, title: subject, body: EMAIL_MESSAGES[locale].types[type].action, url: pushUrl(type, data) };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
export const MAX_ENDPOINT_LENGTH = 2048;

/** A push service's address: https, or http on this machine outside production (a local test service). */
export function isAcceptableEndpoint(endpoint: string, production: boolean): boolean {
  if (endpoint.length > MAX_ENDPOINT_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && !production && LOOPBACK_HOSTS.has(url.hostname);
}

/** The browser's keys: an uncompressed P-256 point (65 bytes) and a 16-byte auth secret, base64url. */
export function areAcceptableKeys(keys: { p256dh: string; auth: string }): boolean {
  const base64url = /^[A-Za-z0-9_-]+={0,2}$/;
  if (!base64url.test(keys.p256dh) || !base64url.test(keys.auth)) return false;
  const point = Buffer.from(keys.p256dh, 'base64url');
  return point.length === 65 && point[0] === 0x04 && Buffer.from(keys.auth, 'base64url').length === 16;
}

/** Only the host of an endpoint is shown back (the data export): the rest addresses one device. */
export function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return '';
  }
}

/** What the push service's answer means for the subscription. */
export function outcomeOf(status: number): 'sent' | 'gone' | 'retry' {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 404 || status === 410) return 'gone';
  return 'retry';
}
