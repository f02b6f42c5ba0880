import type { TFunction } from 'i18next';
import type { AppNotification, Reason } from '../api/client';
import { displayNames, listFormat } from './intl-formats';

/** A language's name in the interface language ("Arabisch" in Dutch); the code when unknown. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatList(items: readonly string[], uiLanguage: string): string {
  return listFormat(uiLanguage, { style: 'long', type: 'conjunction' }).format(items);
}

export function interestLabel(t: TFunction, code: string, fallback?: string): string {
  return t(`interests.${code}`, { defaultValue: fallback ?? code.replace(/[-_]+/g, ' ') });
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** A matching reason as a sentence in the interface language; the server's English when the code is new. */
export function translateReason(t: TFunction, reason: Reason, uiLanguage: string): string {
  const params = reason.params;
  const values: Record<string, unknown> = {
    ...params,
    languages: formatList(stringList(params.languages).map((code) => languageName(code, uiLanguage)), uiLanguage),
    interests: formatList(stringList(params.interests).map((code) => interestLabel(t, code)), uiLanguage),
    practiceLanguage: typeof params.practiceLanguage === 'string' ? languageName(params.practiceLanguage, uiLanguage) : '',
    hours: typeof params.minutes === 'number' ? Math.round(params.minutes / 30) / 2 : 0,
    count: typeof params.days === 'number' ? params.days : undefined,
  };
  return t(`reasons.${reason.code}`, { ...values, defaultValue: reason.detail });
}

/** What a notification needs to be read: the server sends only ids and plain facts in `data`. */
type NotificationLike = Pick<AppNotification, 'data'> & { type: string };

/**
 * A notification as a sentence, by its type. The server's `data` (notification-rules.ts) holds
 * `matchId`/`meetupId`, `declined: true` on a meetup declined (sent as `meetup.cancelled`),
 * `note` on a warning, `startsAt`/`hoursBefore` on a reminder.
 */
export function translateNotification(t: TFunction, notification: NotificationLike): string {
  const data = notification.data;
  const fallback = typeof data.detail === 'string' ? data.detail : notification.type;
  if (notification.type === 'meetup.cancelled' && data.declined === true) return t('notifications.meetup.declined');
  if (notification.type === 'account.warned' && typeof data.note === 'string' && data.note !== '') return t('notifications.account.warnedWithNote', { note: data.note });
  return t(`notifications.${notification.type}`, { defaultValue: fallback });
}

/** Where a notification leads: the match (its conversation and meetups) when it names one. */
export function notificationLink(notification: NotificationLike): string | undefined {
  return typeof notification.data.matchId === 'string' ? `/matches/${notification.data.matchId}` : undefined;
}
