import { createHmac, timingSafeEqual } from 'node:crypto';
import { isOptionalEmailType, type OptionalEmailType } from './domain/email-types.js';

/**
 * One-click unsubscribe tokens: the person and the type, signed with the server's secret, so
 * nothing is stored and the link in every email of that type works for good.
 */
export function unsubscribeToken(secret: string, userId: string, type: OptionalEmailType): string {
  const payload = Buffer.from(`${userId}|${type}`).toString('base64url');
  return `${payload}.${signature(secret, payload)}`;
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; type: OptionalEmailType } | null {
  const [payload, given, ...rest] = token.split('.');
  if (payload === undefined || given === undefined || rest.length > 0) return null;
  const expected = Buffer.from(signature(secret, payload));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return null;
  const [userId, type] = Buffer.from(payload, 'base64url').toString('utf8').split('|');
  if (userId === undefined || type === undefined || !/^[0-9a-f-]{36}$/.test(userId) || !isOptionalEmailType(type)) return null;
  return { userId, type };
}

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url');
}
