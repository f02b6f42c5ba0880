import type { TFunction } from 'i18next';
import { ApiError, fieldOfMessage } from '../api/errors';

/**
 * The API's property names people can be told about, each with a label under `fields.` in every
 * locale: what a profile still needs (`user.missing`, src/profiles/domain/completeness.ts) and what
 * the forms send. Ids, cursors and other technical properties are left out on purpose.
 */
export const FIELD_NAMES = [
  'placeId', 'maxDistanceKm', 'languages', 'availability', 'timezone', 'gender', 'partnerGender', 'capacity',
  'bio', 'birthYear', 'meetOnline', 'learning', 'interests',
  'displayName', 'email', 'password', 'role', 'acceptTerms', 'currentPassword', 'newPassword', 'locale',
  'startsAt', 'durationMinutes', 'place', 'online', 'note', 'reason', 'details', 'happened', 'rating', 'comment', 'concern',
  'body', 'days', 'suspendDays', 'action',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

/** Property names as words in the interface language, each once; names the client does not know become "another detail". */
export function fieldLabels(t: TFunction, names: readonly string[]): string[] {
  const labels: string[] = [];
  for (const name of names) {
    const label = isFieldName(name) ? t(`fields.${name}`) : t('fields.otherDetail');
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** class-validator's English sentences we can say in every language, by what they require. */
const VALIDATION_PATTERNS: Array<[RegExp, string]> = [
  [/ should not be empty$/, 'errors.validation.required'],
  [/ must be an email address$/, 'errors.validation.email'],
  [/ must be shorter than or equal to (\d+) characters$/, 'errors.validation.maxLength'],
  [/ must be longer than or equal to (\d+) characters$/, 'errors.validation.minLength'],
  [/ must not be greater than (\d+)$/, 'errors.validation.max'],
  [/ must be at most (\d+)\b/, 'errors.validation.max'],
  [/ must not be less than (\d+)$/, 'errors.validation.min'],
  [/ must be an integer number$/, 'errors.validation.integer'],
  [/ must be one of the following values|must be a valid enum value| must be "/, 'errors.validation.oneOf'],
  [/elements must be unique$| must not name a language twice$/, 'errors.validation.unique'],
];

/** Domain codes are `area.reason` (`auth.email-taken`, `meetup-slots.empty-range`); anything else is not looked up. */
const CODE_SHAPE = /^[a-z][a-z-]*\.[a-z][a-z-]*$/;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The generic sentence for a status: what every refusal without a better description falls back to. */
function describeStatus(status: number, t: TFunction): string {
  if (status === 0) return t('errors.network');
  if (status >= 500) return t('errors.status.500');
  return t(`errors.status.${status}`, { defaultValue: t('errors.unexpected') });
}

/**
 * One sentence, in the interface language, for anything that went wrong: by the error's stable
 * `code` when the client knows it, a 400 validation refusal by the fields it names (as words, never
 * as property names), anything else by its status. The server's English `message` is never shown.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.code !== undefined && CODE_SHAPE.test(error.code)) {
    const fields = fieldLabels(t, stringList(error.params.missing));
    const text = t(`errors.codes.${error.code}`, { fields, defaultValue: '' });
    if (text !== '') return text;
  }
  if (error.code === undefined && error.status === 400) {
    const named = error.messages.map(fieldOfMessage).filter((name): name is FieldName => name !== undefined && isFieldName(name));
    if (named.length > 0) return t('errors.validation.fields', { fields: fieldLabels(t, named) });
  }
  return describeStatus(error.status, t);
}

/**
 * The sentence under one form field for one of the error's messages: by the error's code, else
 * by the validation rule the message reports, else a plain "could not be accepted".
 */
export function describeFieldMessage(error: ApiError, message: string, t: TFunction): string {
  if (error.code !== undefined) return describeError(error, t);
  for (const [pattern, key] of VALIDATION_PATTERNS) {
    const match = pattern.exec(message);
    if (match !== null) return t(key, { limit: match[1] });
  }
  return t('errors.validation.invalid');
}

/** The first of these that went wrong (null and undefined are "nothing"), said like describeError; undefined when none did. */
export function describeFirstError(t: TFunction, ...errors: unknown[]): string | undefined {
  const error = errors.find((candidate) => candidate !== null && candidate !== undefined);
  return error === undefined ? undefined : describeError(error, t);
}
