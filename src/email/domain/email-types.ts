/** The contract's email types, in the order the contract lists them. */
export const EMAIL_TYPES = [
  'account.verify-email',
  'account.password-reset',
  'match.proposed',
  'match.active',
  'match.declined',
  'match.expired',
  'meetup.proposed',
  'meetup.confirmed',
  'meetup.cancelled',
  'meetup.reminder',
  'chat.unread',
  'account.verified',
  'account.warned',
  'nudge.profile-incomplete',
  'nudge.proposal-waiting',
  'checkin.due',
  'match.ending',
  'safeguarding.urgent-report',
  'vetting.check-expiring',
] as const;
export type EmailType = (typeof EMAIL_TYPES)[number];

/**
 * Emails a person cannot turn off: the two links that give access to the account, a staff
 * warning (a moderation notice must reach them), and for staff an urgent safety concern and a
 * volunteer's check about to expire. Every other type is in their preferences.
 */
export const ESSENTIAL_EMAIL_TYPES: readonly EmailType[] = ['account.verify-email', 'account.password-reset', 'account.warned', 'safeguarding.urgent-report', 'vetting.check-expiring'];

/** The two emails an unverified address may receive. */
const SENT_TO_UNVERIFIED: readonly EmailType[] = ['account.verify-email', 'account.password-reset'];

export type OptionalEmailType = Exclude<EmailType, 'account.verify-email' | 'account.password-reset' | 'account.warned' | 'safeguarding.urgent-report' | 'vetting.check-expiring'>;
export const OPTIONAL_EMAIL_TYPES = EMAIL_TYPES.filter((type): type is OptionalEmailType => !ESSENTIAL_EMAIL_TYPES.includes(type));

export function isEmailType(value: string): value is EmailType {
  return (EMAIL_TYPES as readonly string[]).includes(value);
}

export function isOptionalEmailType(value: string): value is OptionalEmailType {
  return (OPTIONAL_EMAIL_TYPES as readonly string[]).includes(value);
}

/** What decides whether an email goes to a person at all. */
export interface Recipient {
  emailVerified: boolean;
  erased: boolean;
  /** Types the person turned off. */
  turnedOff: ReadonlySet<string>;
}

/** Only a verified address receives anything but the verification and reset links; turned-off types never. */
export function mayReceive(type: EmailType, recipient: Recipient): boolean {
  if (recipient.erased) return false;
  if (!recipient.emailVerified && !SENT_TO_UNVERIFIED.includes(type)) return false;
  return !(isOptionalEmailType(type) && recipient.turnedOff.has(type));
}

export const EMAIL_LOCALES = ['en', 'nl', 'ar', 'uk'] as const;
export type EmailLocale = (typeof EMAIL_LOCALES)[number];

/** The language of a person's emails from their locale tag: `nl-BE` → nl; anything unknown → en. */
export function emailLocaleOf(tag: string | null | undefined): EmailLocale {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (EMAIL_LOCALES as readonly string[]).includes(primary) ? (primary as EmailLocale) : 'en';
}

/** Countries whose organisations get Dutch, Ukrainian or Arabic emails; every other country English. */
const COUNTRY_LOCALES: Readonly<Record<string, EmailLocale>> = {
  NL: 'nl', BE: 'nl', SR: 'nl', AW: 'nl', CW: 'nl', SX: 'nl',
  UA: 'uk',
  ...Object.fromEntries(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE'].map((code) => [code, 'ar' as const])),
};

/** The language of an email to an organisation's address (its safeguarding contact), from its country. */
export function emailLocaleOfCountry(countryCode: string): EmailLocale {
  return COUNTRY_LOCALES[countryCode.toUpperCase()] ?? 'en';
}
