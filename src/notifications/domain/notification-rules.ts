import type { DomainEventMap } from '../../shared-domain/domain-event-map.js';
import type { NotificationType } from '../notification-types.js';

/** Ids and plain facts only: a notification never carries contact details or message text. */
export type NotificationData = Record<string, string | number | boolean>;

export interface PlannedNotification {
  recipients: string[];
  type: NotificationType;
  data: NotificationData;
}

/** The events people are told about; `match.expired` is not one of them (the contract has no such type). */
export type NotifiedEventName =
  | 'match.proposed'
  | 'match.accepted'
  | 'match.activated'
  | 'match.declined'
  | 'match.ended'
  | 'match.ending'
  | 'checkin.due'
  | 'volunteer.verified'
  | 'user.warned'
  | 'meetup.proposed'
  | 'meetup.confirmed'
  | 'meetup.declined'
  | 'meetup.cancelled'
  | 'meetup.reminder';

type Rules = { [K in NotifiedEventName]: (event: DomainEventMap[K]) => PlannedNotification };

/** Everyone in `people` except whoever caused the event (staff or the system are nobody's "other"). */
function except(people: readonly string[], actor: string | null): string[] {
  return [...new Set(people)].filter((id) => id !== actor);
}

/** Who hears about what. Pure, so each rule is tested on plain data. */
export const NOTIFICATION_RULES: Rules = {
  'match.proposed': (e) => ({ recipients: except([e.migrantId, e.hostId], e.proposedBy), type: 'match.proposed', data: { matchId: e.matchId } }),
  'match.accepted': (e) => ({ recipients: except([e.migrantId, e.hostId], e.by), type: 'match.accepted', data: { matchId: e.matchId } }),
  'match.activated': (e) => ({ recipients: except([e.migrantId, e.hostId], null), type: 'match.active', data: { matchId: e.matchId } }),
  'match.declined': (e) => ({ recipients: except([e.migrantId, e.hostId], e.by), type: 'match.declined', data: { matchId: e.matchId } }),
  // Ended by staff (or the system): both participants hear it.
  'match.ended': (e) => ({
    recipients: except([e.migrantId, e.hostId], e.by),
    type: 'match.ended',
    data: endedData(e),
  }),
  // Both people, two weeks before the programme's time ends their match.
  'match.ending': (e) => ({ recipients: except([e.migrantId, e.hostId], null), type: 'match.ending', data: { matchId: e.matchId, programmeId: e.programmeId, endsAt: e.endsAt } }),
  'checkin.due': (e) => ({ recipients: except([e.migrantId, e.hostId], null), type: 'checkin.due', data: { matchId: e.matchId, programmeId: e.programmeId, period: e.period } }),
  'volunteer.verified': (e) => ({ recipients: [e.userId], type: 'account.verified', data: {} }),
  'user.warned': (e) => ({ recipients: [e.userId], type: 'account.warned', data: { note: e.note } }),
  'meetup.proposed': (e) => ({ recipients: except(e.participantIds, e.by), type: 'meetup.proposed', data: meetupData(e) }),
  'meetup.confirmed': (e) => ({ recipients: except(e.participantIds, e.by), type: 'meetup.confirmed', data: meetupData(e) }),
  // The contract has no "meetup.declined" type: to the proposer, a declined meetup is one that will not happen.
  'meetup.declined': (e) => ({ recipients: except(e.participantIds, e.by), type: 'meetup.cancelled', data: { ...meetupData(e), declined: true } }),
  'meetup.cancelled': (e) => ({ recipients: except(e.participantIds, e.by), type: 'meetup.cancelled', data: meetupData(e) }),
  'meetup.reminder': (e) => ({
    recipients: except(e.participantIds, null),
    type: 'meetup.reminder',
    data: { ...meetupData(e), startsAt: e.startsAt, hoursBefore: e.hoursBefore },
  }),
};

/** `reason: 'match-weeks-over'` tells the client the programme's time ended the match, not a person. */
function endedData(event: DomainEventMap['match.ended']): NotificationData {
  const data: NotificationData = { matchId: event.matchId };
  if (event.reason !== undefined) data.reason = event.reason;
  return data;
}

function meetupData(event: { meetupId: string; matchId: string }): NotificationData {
  return { meetupId: event.meetupId, matchId: event.matchId };
}
