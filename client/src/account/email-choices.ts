import type { EmailChoice } from '../data/account';

export type EmailChoiceGroup = 'matches' | 'meetups' | 'other';

/** Each email a person may turn off, under the heading it is shown with; the compiler wants every type of the API here. */
const GROUP_OF = {
  'match.proposed': 'matches',
  'nudge.proposal-waiting': 'matches',
  'match.active': 'matches',
  'match.declined': 'matches',
  'match.expired': 'matches',
  'match.ending': 'matches',
  'meetup.proposed': 'meetups',
  'meetup.confirmed': 'meetups',
  'meetup.cancelled': 'meetups',
  'meetup.reminder': 'meetups',
  'chat.unread': 'other',
  'checkin.due': 'other',
  'nudge.profile-incomplete': 'other',
  'account.verified': 'other',
} as const satisfies Record<EmailChoice, EmailChoiceGroup>;

export const EMAIL_CHOICE_GROUPS: ReadonlyArray<{ group: EmailChoiceGroup; choices: EmailChoice[] }> = (['matches', 'meetups', 'other'] as const).map((group) => ({
  group,
  choices: (Object.keys(GROUP_OF) as EmailChoice[]).filter((choice) => GROUP_OF[choice] === group),
}));

export function isEmailChoice(value: string): value is EmailChoice {
  return Object.hasOwn(GROUP_OF, value);
}

/** The i18n key of a type's label: `preferences.types.match.proposed`. */
export function emailChoiceLabelKey(choice: EmailChoice): `preferences.types.${EmailChoice}` {
  return `preferences.types.${choice}`;
}

/**
 * The email type an unsubscribe link is for, read from its token (`base64url(person|type).signature`,
 * src/email/unsubscribe-token.ts) so the page can name it; undefined when it cannot be read. Only
 * the server decides whether the token is valid.
 */
export function emailTypeOfUnsubscribeToken(token: string): EmailChoice | undefined {
  const payload = token.split('.')[0] ?? '';
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const type = atob(base64).split('|')[1];
    return type !== undefined && isEmailChoice(type) ? type : undefined;
  } catch {
    return undefined;
  }
}
