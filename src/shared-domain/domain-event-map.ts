import type { ChatMessage } from './chat-message.js';

interface MatchEventBase {
  matchId: string;
  migrantId: string;
  hostId: string;
}

interface MeetupEventBase {
  meetupId: string;
  matchId: string;
  /** Both participants of the meetup's match. */
  participantIds: [string, string];
}

/**
 * What happened, as features tell each other. Notifications, moderation and realtime listen;
 * emitters never know who listens. Plain types, so pure rules can read them; `DomainEvents` in
 * common emits them.
 */
/** Why a report is urgent: a participant's report about safety, a meetup concern, a check-in asking for contact. */
export type UrgentReportCause = 'safety-report' | 'meetup-concern' | 'checkin-contact';

export interface DomainEventMap {
  'match.proposed': MatchEventBase & { proposedBy: string | null };
  /** A first acceptance; the acceptance that makes the match active is told as `match.activated` only. */
  'match.accepted': MatchEventBase & { by: string };
  'match.activated': MatchEventBase;
  'match.declined': MatchEventBase & { by: string };
  'match.expired': MatchEventBase;
  /** `reason: 'match-weeks-over'` when the system ended it because the programme's matchWeeks were over. */
  'match.ended': MatchEventBase & { by: string | null; reason?: 'match-weeks-over' };
  /** Two weeks before an active match's programme time is over (once per match). */
  'match.ending': MatchEventBase & { programmeId: string; endsAt: string };
  /** Check-in period `period` (1, 2, …) of an active match has come (once per period). */
  'checkin.due': MatchEventBase & { programmeId: string; period: number };
  /** A check-in with `wantsContact: true`: moderation opens an urgent report for the organisation's staff. */
  'checkin.contact-requested': { checkInId: string; matchId: string; userId: string; score: number; comment: string | null };
  /** A report became urgent (opened urgent, or an open one escalated): its organisation's safeguarding contact is emailed. */
  'report.urgent': { reportId: string; organisationId: string | null; cause: UrgentReportCause };
  'volunteer.verified': { userId: string; verifiedBy: string };
  'meetup.proposed': MeetupEventBase & { by: string };
  'meetup.confirmed': MeetupEventBase & { by: string };
  'meetup.declined': MeetupEventBase & { by: string };
  'meetup.cancelled': MeetupEventBase & { by: string };
  'meetup.reminder': MeetupEventBase & { startsAt: string; hoursBefore: number };
  /** Feedback with `concern: true`: moderation opens a staff report. */
  'meetup.concern': MeetupEventBase & { reporterId: string; comment: string | null };
  /**
   * Once per stored message, after its commit and before the sender's ack. Chat's fan-out sends
   * `message` (the contract's view) to the sockets; moderation scans `body`, the text as stored.
   */
  'message.created': { message: ChatMessage; body: string };
  'message.hidden': { messageId: string; matchId: string; by: string };
  'user.warned': { userId: string; by: string; note: string };
  'user.suspended': { userId: string; by: string; until: string | null };
  'user.erased': { userId: string };
  /** A participant signed up: their address gets its verification link. */
  'user.signed-up': { userId: string };
  'session.ended': { sessionId: string; userId: string };
}

export type DomainEventName = keyof DomainEventMap;

/**
 * Told in memory only, as it happens: a chat message is its own durable record (its row, resynced
 * by `afterSeq`), and writing an outbox row per message would double the chat's writes.
 */
export type TransientEventName = 'message.created';

/** Written with the change that caused them and delivered at least once (src/outbox). */
export type DurableEventName = Exclude<DomainEventName, TransientEventName>;
