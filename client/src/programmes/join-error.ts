import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import { describeError } from '../i18n/describe-error';

/**
 * Why joining a programme was refused. A rule the person does not meet is named by the server in
 * its message (the server words it in the caller's language where it can), so that message is
 * shown after our own sentence; any other refusal is said like every other error.
 */
export function describeJoinError(error: unknown, t: TFunction): string {
  const ruleNotMet = error instanceof ApiError && error.status === 409 && (error.code === undefined || error.code.startsWith('programme.rule'));
  if (ruleNotMet && error.messages.length > 0) return t('programmes.join.ruleNotMet', { reason: error.messages.join(' ') });
  return describeError(error, t);
}
