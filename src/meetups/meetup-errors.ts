import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, STATUS_OF_KIND, type RefusalStatus } from '../common/domain-error.js';
import { sqlStateOf } from '../common/postgres-errors.js';
import { meetupErrorKind, type MeetupError, type MeetupErrorCode } from './domain/meetup-state.js';

/** A refusal of the pure meetup rules: `meetup.<its code>`. */
export type MeetupRuleCode = `meetup.${MeetupErrorCode}`;

export type MeetupsErrorCode =
  | MeetupRuleCode
  | 'meetup.not-found'
  | 'meetup.invalid-place'
  | 'meetup.overlap'
  | 'meetup-slots.empty-range'
  | 'meetup-slots.range-too-long'
  | 'calendar.invalid-token'
  | 'account.suspended';

function statusOf(code: MeetupsErrorCode): RefusalStatus {
  switch (code) {
    case 'meetup.invalid-start':
    case 'meetup.starts-in-past':
    case 'meetup.starts-too-far-ahead':
    case 'meetup.invalid-duration':
    case 'meetup.invalid-transition':
    case 'meetup.match-not-active':
    case 'meetup.not-a-participant':
    case 'meetup.proposer-cannot-respond':
    case 'meetup.proposal-outdated':
    case 'meetup.no-changes':
    case 'meetup.meetup-not-confirmed':
    case 'meetup.meetup-not-finished':
    case 'meetup.feedback-already-given':
      return STATUS_OF_KIND[meetupErrorKind(ruleCode(code))];
    case 'meetup.not-found':
      return HttpStatus.NOT_FOUND;
    case 'meetup.invalid-place':
    case 'meetup-slots.empty-range':
    case 'meetup-slots.range-too-long':
      return HttpStatus.BAD_REQUEST;
    case 'meetup.overlap':
      return HttpStatus.CONFLICT;
    // The calendar feed is fetched with its secret token, not a session.
    case 'calendar.invalid-token':
      return HttpStatus.UNAUTHORIZED;
    case 'account.suspended':
      return HttpStatus.FORBIDDEN;
    default:
      return assertNever(code);
  }
}

export const meetupErrors = DomainError.catalogue(statusOf);

/** A refusal of the pure meetup rules, as the HTTP layer understands it. */
export function meetupRefusal(error: MeetupError): DomainError<MeetupsErrorCode> {
  return meetupErrors.refusal(`meetup.${error.code}`, error.message);
}

function ruleCode(code: MeetupRuleCode): MeetupErrorCode {
  return code.slice('meetup.'.length) as MeetupErrorCode;
}

export const OVERLAP_MESSAGE =
  'This meetup overlaps another confirmed meetup of one of you; cancel or move that one first, or propose another time.';

/** The bookings' exclusion constraint refused an overlap (possibly one confirmed a moment ago by someone else). */
export function translateOverlap(error: unknown): unknown {
  return sqlStateOf(error) === '23P01' ? meetupErrors.refusal('meetup.overlap', OVERLAP_MESSAGE) : error;
}
