/** The contract's notification types; the web client translates by these codes. */
export const NOTIFICATION_TYPES = [
  'match.proposed',
  'match.accepted',
  'match.active',
  'match.declined',
  'match.ended',
  'meetup.proposed',
  'meetup.confirmed',
  'meetup.cancelled',
  'meetup.reminder',
  'account.verified',
  'account.warned',
  'checkin.due',
  'match.ending',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
