import type { EmailType } from './email-types.js';

/** A notification as the notifier stored it: its type and plain data. */
export interface NotificationFacts {
  type: string;
  data: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Which email a notification becomes, if any. Notification types that are also email types send
 * that email (so `checkin.due` and `match.ending` work as soon as their notifications exist);
 * `match.accepted` and `match.ended` have no email, and only the 24 h meetup reminder is emailed.
 */
export function emailForNotification(notification: NotificationFacts): EmailType | null {
  switch (notification.type) {
    case 'match.proposed':
    case 'match.active':
    case 'match.declined':
    case 'meetup.proposed':
    case 'meetup.confirmed':
    case 'meetup.cancelled':
    case 'account.verified':
    case 'account.warned':
    case 'checkin.due':
    case 'match.ending':
      return notification.type;
    case 'meetup.reminder':
      return Number(notification.data.hoursBefore) >= 24 ? 'meetup.reminder' : null;
    default:
      return null;
  }
}

/** One email per occasion: the key the database keeps unique. */
export function notificationEmailKey(type: EmailType, eventId: string, userId: string): string {
  return `${type}:${eventId}:${userId}`;
}

/** Who waited on an expired proposal: whoever had accepted it (nobody, for an unanswered round's pair). */
export function waitedOnExpiredProposal(match: { migrantId: string; hostId: string; acceptedByMigrant: boolean; acceptedByHost: boolean }): string[] {
  return [...(match.acceptedByMigrant ? [match.migrantId] : []), ...(match.acceptedByHost ? [match.hostId] : [])];
}

/** Who has not answered a proposal yet (the nudge after three days). */
export function notYetAnswered(match: { migrantId: string; hostId: string; acceptedByMigrant: boolean; acceptedByHost: boolean }): string[] {
  return [...(match.acceptedByMigrant ? [] : [match.migrantId]), ...(match.acceptedByHost ? [] : [match.hostId])];
}

const HOUR_MS = 3_600_000;

/** chat.unread: at most one per conversation and person in each hour; the slot makes concurrent runs agree. */
export function chatUnreadKey(matchId: string, userId: string, now: Date): string {
  return `chat.unread:${matchId}:${userId}:${Math.floor(now.getTime() / HOUR_MS)}`;
}
