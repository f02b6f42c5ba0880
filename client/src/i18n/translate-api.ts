import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import type { AppNotification, Reason } from '../api/client';

/** A language's name in the interface language ("Arabisch" in Dutch); the code when unknown. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatList(items: readonly string[], uiLanguage: string): string {
  return new Intl.ListFormat(uiLanguage, { style: 'long', type: 'conjunction' }).format(items);
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

/** class-validator's English sentences we can say in other languages; the rest stay as the server wrote them. */
const VALIDATION_PATTERNS: Array<[RegExp, string]> = [
  [/^(\S+) should not be empty$/, 'errors.validation.required'],
  [/^(\S+) must be an email address$/, 'errors.validation.email'],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, 'errors.validation.maxLength'],
  [/^(\S+) must not be greater than (\d+)$/, 'errors.validation.max'],
  [/^(\S+) must not be less than (\d+)$/, 'errors.validation.min'],
  [/^(\S+) must be an integer number$/, 'errors.validation.integer'],
];

export function translateMessage(t: TFunction, message: string): string {
  for (const [pattern, key] of VALIDATION_PATTERNS) {
    const match = pattern.exec(message);
    if (match !== null) return t(key, { limit: match[2], defaultValue: message });
  }
  return message;
}

/** One sentence for a refused call: by code when we know it, else the server's own message. */
export function translateError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.status === 0) return t('errors.network');
  const fallback = error.messages.map((message) => translateMessage(t, message)).join(' ');
  if (error.code !== undefined) return t(`errors.${error.code}`, { ...error.params, defaultValue: fallback || t('errors.unexpected') });
  if (fallback !== '') return fallback;
  return t(`errors.status.${error.status}`, { defaultValue: t('errors.unexpected') });
}

/** The message for one field: by the error's code when it names this field, else the translated sentence. */
export function translateFieldMessage(t: TFunction, error: ApiError, message: string): string {
  if (error.code !== undefined) return t(`errors.${error.code}`, { ...error.params, defaultValue: translateMessage(t, message) });
  return translateMessage(t, message);
}
