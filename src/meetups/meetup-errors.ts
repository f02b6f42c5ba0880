import { DomainError } from '../common/domain-error.js';
import { sqlStateOf } from '../common/postgres-errors.js';
import { meetupErrorKind, type MeetupError } from './domain/meetup-state.js';

/** A refusal of the pure meetup rules, as the HTTP layer understands it. */
export function meetupRefusal(error: MeetupError): DomainError {
  return new DomainError(meetupErrorKind(error.code), `meetup.${error.code}`, error.message);
}

export const OVERLAP_MESSAGE =
  'This meetup overlaps another confirmed meetup of one of you; cancel or move that one first, or propose another time.';

/** The bookings' exclusion constraint refused an overlap (possibly one confirmed a moment ago by someone else). */
export function translateOverlap(error: unknown): unknown {
  return sqlStateOf(error) === '23P01' ? DomainError.conflict('meetup.overlap', OVERLAP_MESSAGE) : error;
}
