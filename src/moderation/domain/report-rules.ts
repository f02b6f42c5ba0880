/**
 * What moderation decides from plain data: which report an automatic flag opens, what a staff
 * action acts on, when a suspension ends. No framework, no I/O.
 */
import type { UrgentReportCause } from '../../shared-domain/domain-event-map.js';
import type { Flag, FlagKind } from './flags.js';

export const REPORT_REASONS = ['harassment', 'spam', 'safety', 'inappropriate', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_SOURCES = ['user', 'auto'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];
export const REPORT_STATUSES = ['open', 'resolved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const RESOLVE_ACTIONS = ['dismiss', 'hide_message', 'warn_user', 'suspend_user', 'end_match'] as const;
export type ResolveAction = (typeof RESOLVE_ACTIONS)[number];

/**
 * How a report came in: a participant filed it, a meetup feedback raised a concern, a check-in asked
 * staff for contact, or the flag detector opened it. Only people speaking up make a report urgent.
 */
export const REPORT_ORIGINS = ['participant', 'meetup-concern', 'checkin-contact', 'flag'] as const;
export type ReportOrigin = (typeof REPORT_ORIGINS)[number];

/**
 * Safety concerns first: a participant's report about their safety, a concern raised in meetup
 * feedback, or a check-in asking staff for contact. An automatic flag is never urgent by itself:
 * it is a pattern in a message (a phone number before the first meetup), not a person asking for help,
 * and would drown the urgent queue and the safeguarding inbox.
 */
export function isUrgentReport(origin: ReportOrigin, reason: ReportReason): boolean {
  switch (origin) {
    case 'participant':
      return reason === 'safety';
    case 'meetup-concern':
    case 'checkin-contact':
      return true;
    case 'flag':
      return false;
  }
}

/** The cause an urgent report is announced with (its email names it). */
export function urgentCauseOf(origin: Exclude<ReportOrigin, 'flag'>): UrgentReportCause {
  switch (origin) {
    case 'participant':
      return 'safety-report';
    case 'meetup-concern':
      return 'meetup-concern';
    case 'checkin-contact':
      return 'checkin-contact';
  }
}

/** Where an urgent report sits in the staff queue: urgent ones first (rank 0), then the rest; oldest first within each. */
export function queueRank(urgent: boolean): number {
  return urgent ? 0 : 1;
}

const FLAG_NAMES: Readonly<Record<FlagKind, string>> = {
  phone: 'phone number',
  email: 'e-mail address',
  url: 'link',
  messenger: 'messenger contact',
  abusive: 'abusive language',
};

/** The report an automatic flag opens, or undefined when nothing was flagged. */
export function autoReportFor(flags: readonly Flag[]): { reason: ReportReason; details: string } | undefined {
  if (flags.length === 0) return undefined;
  // Moving off the platform before meeting is the safeguarding risk staff look at first.
  const reason: ReportReason = flags.some((f) => f.kind !== 'abusive') ? 'safety' : 'inappropriate';
  const named = flags.map((f) => `${FLAG_NAMES[f.kind]} (${f.match}${f.language === undefined ? '' : `, ${f.language}`})`);
  return { reason, details: `Automatic flag: ${named.join('; ')}`.slice(0, 2000) };
}

/** What a report points at, as stored; `messageSenderId` is the sender of the reported message, if any. */
export interface ReportTargets {
  messageId: string | null;
  matchId: string | null;
  userId: string | null;
  messageSenderId: string | null;
}

export type ActionTarget =
  | { kind: 'none' }
  | { kind: 'message'; messageId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'match'; matchId: string };

/**
 * The thing an action on a report acts on, or undefined when the report has none
 * (e.g. hiding a message on a report about a person). Warnings and suspensions go to the
 * reported person, else to the sender of the reported message.
 */
export function actionTarget(action: ResolveAction, targets: ReportTargets): ActionTarget | undefined {
  switch (action) {
    case 'dismiss':
      return { kind: 'none' };
    case 'hide_message':
      return targets.messageId === null ? undefined : { kind: 'message', messageId: targets.messageId };
    case 'warn_user':
    case 'suspend_user': {
      const userId = targets.userId ?? targets.messageSenderId;
      return userId === null ? undefined : { kind: 'user', userId };
    }
    case 'end_match':
      return targets.matchId === null ? undefined : { kind: 'match', matchId: targets.matchId };
  }
}

const DAY_MS = 86_400_000;

/** When a suspension of `days` whole days starting `now` ends; null (until lifted) when no days are given. */
export function suspensionEnd(now: Date, days: number | undefined): Date | null {
  if (days === undefined) return null;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer (got ${days})`);
  return new Date(now.getTime() + days * DAY_MS);
}
