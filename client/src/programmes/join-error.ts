import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import { describeError } from '../i18n/describe-error';

/** The server's names for the rules a person may not meet (src/organisations/domain/programme-rules.ts). */
const RULE_CODES = [
  'region.place-missing', 'region.country', 'region.distance', 'gender.missing', 'gender.not-allowed',
  'age.missing', 'age.too-young', 'age.too-old', 'language.none', 'pair.same-gender', 'pair.no-programme-language',
] as const;

function isRuleCode(value: unknown): value is (typeof RULE_CODES)[number] {
  return typeof value === 'string' && (RULE_CODES as readonly string[]).includes(value);
}

/** The rule a refusal names: as `params.rule`, or as the code itself. */
function ruleOf(error: ApiError): (typeof RULE_CODES)[number] | undefined {
  if (isRuleCode(error.params.rule)) return error.params.rule;
  return isRuleCode(error.code) ? error.code : undefined;
}

function sentence(text: string): string {
  return /[.!?؟。]$/.test(text) ? text : `${text}.`;
}

/**
 * Why joining a programme was refused. A rule the person does not meet is said in the interface
 * language when the refusal names it by code; otherwise the server's own message is shown after
 * our sentence, since it names the rule (the one place the client shows the server's words).
 * Any other refusal is said like every other error.
 */
export function describeJoinError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError) || error.status !== 409) return describeError(error, t);
  const rule = ruleOf(error);
  if (rule !== undefined) return t('programmes.join.ruleNotMet', { reason: t(`programmes.ruleProblems.${rule}`) });
  const ruleNotMet = error.code === undefined || error.code.startsWith('programme.rule');
  if (ruleNotMet && error.messages.length > 0) return t('programmes.join.ruleNotMet', { reason: sentence(error.messages.join(' ')) });
  return describeError(error, t);
}
