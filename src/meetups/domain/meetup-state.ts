/**
 * Meetup lifecycle as pure functions over plain data (no framework, no I/O).
 *
 *   proposed ──accept (by the other participant)──▶ confirmed
 *      │ ╰──decline (by the other participant)──▶ declined   (final)
 *      ├──cancel (by either participant)──▶ cancelled       (final)
 *   proposed | confirmed ──reschedule (by either)──▶ proposed (proposedBy = caller, sequence + 1)
 *   confirmed ──cancel (by either participant)──▶ cancelled
 *
 * Decisions worth knowing:
 * - Creating, accepting and rescheduling require an ACTIVE match. Declining and
 *   cancelling do not: withdrawing from a commitment must stay possible after a
 *   match has ended.
 * - A proposal whose start has already passed cannot be accepted ("proposal-outdated");
 *   otherwise a meetup could be confirmed after the fact just to unlock feedback.
 * - Every transition bumps the ICS sequence (the contract: "SEQUENCE bumped on each change"):
 *   a confirmation or cancellation changes the event's STATUS, and calendar clients that
 *   re-import a file only replace an event whose SEQUENCE grew.
 * - Feedback is allowed only for CONFIRMED meetups whose end (startsAt + duration)
 *   is at or before `now`, once per participant: proposed, declined or cancelled
 *   meetups never took place, so there is nothing to give feedback on.
 */

import type { MatchStatus } from '../../matches/domain/match-state.js';

export const MEETUP_STATUSES = ['proposed', 'confirmed', 'declined', 'cancelled'] as const;
export type MeetupStatus = (typeof MEETUP_STATUSES)[number];

export const MIN_MEETUP_DURATION_MINUTES = 15;
export const MAX_MEETUP_DURATION_MINUTES = 480;

/** The parts of a meetup that transitions read or change. */
export interface MeetupState {
  status: MeetupStatus;
  /** User id of whoever made the current proposal (creator, or last rescheduler). */
  proposedBy: string;
  /** ICS SEQUENCE: calendar clients only replace an event whose sequence grew. */
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
}

/** The match the meetup belongs to, reduced to what the rules need. */
export interface MeetupMatchContext {
  status: MatchStatus;
  /** User ids of the migrant and the host. */
  participantIds: readonly [string, string];
}

export interface MeetupSnapshot extends MeetupState {
  match: MeetupMatchContext;
}

/** Fields a reschedule may change; omitted fields keep their current value. */
export interface MeetupChanges {
  startsAt?: Date;
  durationMinutes?: number;
  place?: string | null;
  online?: boolean;
  note?: string | null;
}

export type MeetupEvent =
  | { type: 'accept'; by: string; now: Date }
  | { type: 'decline'; by: string; reason?: string }
  | { type: 'cancel'; by: string; reason?: string }
  | { type: 'reschedule'; by: string; now: Date; changes: MeetupChanges };

export type MeetupEventType = MeetupEvent['type'];

export type MeetupEffect = 'confirmed' | 'declined' | 'cancelled' | 'rescheduled';

export type MeetupTimingErrorCode = 'invalid-start' | 'starts-in-past' | 'starts-too-far-ahead' | 'invalid-duration';

export type MeetupErrorCode =
  | MeetupTimingErrorCode
  | 'invalid-transition'
  | 'match-not-active'
  | 'not-a-participant'
  | 'proposer-cannot-respond'
  | 'proposal-outdated'
  | 'no-changes'
  | 'meetup-not-confirmed'
  | 'meetup-not-finished'
  | 'feedback-already-given';

export interface MeetupError<C extends MeetupErrorCode = MeetupErrorCode> {
  ok: false;
  code: C;
  message: string;
}

export type MeetupTimingResult = { ok: true } | MeetupError<MeetupTimingErrorCode>;

export type MeetupCreationResult = { ok: true; initial: MeetupState } | MeetupError;

export type MeetupTransitionResult = { ok: true; next: MeetupState; effects: MeetupEffect[] } | MeetupError;

export type MeetupFeedbackResult = { ok: true } | MeetupError;

const MS_PER_MINUTE = 60_000;

/** How far ahead a meetup may be planned: further out is a typo (year 9999), not a plan. */
export const MEETUP_HORIZON_DAYS = 730;
const MS_PER_DAY = 86_400_000;

/** startsAt must lie strictly after `now` and within the horizon; duration is a whole number of minutes in 15..480. */
export function validateMeetupTiming(input: {
  startsAt: Date;
  durationMinutes: number;
  now: Date;
}): MeetupTimingResult {
  const { startsAt, durationMinutes, now } = input;
  if (Number.isNaN(startsAt.getTime())) {
    return refuse('invalid-start', 'The meetup start is not a valid date and time.');
  }
  if (startsAt.getTime() <= now.getTime()) {
    return refuse('starts-in-past', 'A meetup must start in the future.');
  }
  if (startsAt.getTime() - now.getTime() > MEETUP_HORIZON_DAYS * MS_PER_DAY) {
    return refuse('starts-too-far-ahead', `A meetup can be planned at most ${MEETUP_HORIZON_DAYS / 365} years ahead.`);
  }
  if (!isValidDuration(durationMinutes)) {
    const range = `${MIN_MEETUP_DURATION_MINUTES} and ${MAX_MEETUP_DURATION_MINUTES}`;
    return refuse('invalid-duration', `A meetup must last a whole number of minutes between ${range}.`);
  }
  return { ok: true };
}

/** Validates a new meetup proposal and returns its initial state (sequence 0). */
export function proposeMeetup(input: {
  match: MeetupMatchContext;
  by: string;
  startsAt: Date;
  durationMinutes: number;
  now: Date;
}): MeetupCreationResult {
  const { match, by, startsAt, durationMinutes, now } = input;
  const refusal =
    refuseNonParticipant(match, by, 'propose a meetup') ??
    refuseInactiveMatch(match, 'proposed') ??
    failureOf(validateMeetupTiming({ startsAt, durationMinutes, now }));
  if (refusal !== undefined) return refusal;
  return { ok: true, initial: { status: 'proposed', proposedBy: by, sequence: 0, startsAt, durationMinutes } };
}

export function applyMeetupEvent(snapshot: MeetupSnapshot, event: MeetupEvent): MeetupTransitionResult {
  switch (event.type) {
    case 'accept':
      return applyAccept(snapshot, event.by, event.now);
    case 'decline':
      return applyDecline(snapshot, event.by);
    case 'cancel':
      return applyCancel(snapshot, event.by);
    case 'reschedule':
      return applyReschedule(snapshot, event.by, event.now, event.changes);
    default:
      return assertNever(event);
  }
}

/** End instant of a meetup: startsAt + duration. */
export function meetupEndsAt(meetup: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(meetup.startsAt.getTime() + meetup.durationMinutes * MS_PER_MINUTE);
}

/** Feedback: confirmed meetups only, after their end (end ≤ now), once per participant. */
export function canGiveMeetupFeedback(input: {
  meetup: { status: MeetupStatus; startsAt: Date; durationMinutes: number };
  match: Pick<MeetupMatchContext, 'participantIds'>;
  by: string;
  now: Date;
  /** User ids that already left feedback on this meetup. */
  feedbackAuthorIds: readonly string[];
}): MeetupFeedbackResult {
  const { meetup, match, by, now, feedbackAuthorIds } = input;
  const refusal =
    refuseNonParticipant(match, by, 'give feedback on this meetup') ??
    refuseUnlessConfirmed(meetup.status) ??
    refuseUnfinished(meetup, now) ??
    refuseRepeatedFeedback(feedbackAuthorIds, by);
  return refusal ?? { ok: true };
}

/**
 * Error kind per code, matching `DomainErrorKind` in src/common/domain-error.ts:
 * 'invalid' (400, bad input, including a start in the past or beyond the horizon), 'forbidden' (403,
 * not a participant), 'conflict' (409, wrong state, including the proposer answering their own proposal).
 */
export function meetupErrorKind(code: MeetupErrorCode): 'invalid' | 'forbidden' | 'conflict' {
  switch (code) {
    case 'invalid-start':
    case 'starts-in-past':
    case 'starts-too-far-ahead':
    case 'invalid-duration':
    case 'no-changes':
      return 'invalid';
    case 'not-a-participant':
      return 'forbidden';
    // Answering one's own proposal is a refused transition.
    case 'proposer-cannot-respond':
    case 'invalid-transition':
    case 'match-not-active':
    case 'proposal-outdated':
    case 'meetup-not-confirmed':
    case 'meetup-not-finished':
    case 'feedback-already-given':
      return 'conflict';
    default:
      return assertNever(code);
  }
}

function applyAccept(snapshot: MeetupSnapshot, by: string, now: Date): MeetupTransitionResult {
  const refusal =
    refuseNonParticipant(snapshot.match, by, 'accept this meetup') ??
    refuseUnlessStatus(snapshot.status, ['proposed'], 'accept') ??
    refuseProposer(snapshot, by, 'accept') ??
    refuseInactiveMatch(snapshot.match, 'confirmed') ??
    refuseOutdatedProposal(snapshot, now);
  if (refusal !== undefined) return refusal;
  return { ok: true, next: bumped(snapshot, 'confirmed'), effects: ['confirmed'] };
}

function applyDecline(snapshot: MeetupSnapshot, by: string): MeetupTransitionResult {
  const refusal =
    refuseNonParticipant(snapshot.match, by, 'decline this meetup') ??
    refuseUnlessStatus(snapshot.status, ['proposed'], 'decline') ??
    refuseProposer(snapshot, by, 'decline');
  if (refusal !== undefined) return refusal;
  return { ok: true, next: bumped(snapshot, 'declined'), effects: ['declined'] };
}

function applyCancel(snapshot: MeetupSnapshot, by: string): MeetupTransitionResult {
  const refusal =
    refuseNonParticipant(snapshot.match, by, 'cancel this meetup') ??
    refuseUnlessStatus(snapshot.status, ['proposed', 'confirmed'], 'cancel');
  if (refusal !== undefined) return refusal;
  return { ok: true, next: bumped(snapshot, 'cancelled'), effects: ['cancelled'] };
}

function applyReschedule(
  snapshot: MeetupSnapshot,
  by: string,
  now: Date,
  changes: MeetupChanges,
): MeetupTransitionResult {
  const startsAt = changes.startsAt ?? snapshot.startsAt;
  const durationMinutes = changes.durationMinutes ?? snapshot.durationMinutes;
  const refusal =
    refuseNonParticipant(snapshot.match, by, 'reschedule this meetup') ??
    refuseUnlessStatus(snapshot.status, ['proposed', 'confirmed'], 'reschedule') ??
    refuseInactiveMatch(snapshot.match, 'changed') ??
    refuseEmptyChanges(changes) ??
    // Even a note-only change re-proposes the meetup, so its (kept) start must still be ahead.
    failureOf(validateMeetupTiming({ startsAt, durationMinutes, now }));
  if (refusal !== undefined) return refusal;
  // Any change needs the other person's fresh consent, hence back to "proposed" by the caller.
  const next: MeetupState = {
    status: 'proposed',
    proposedBy: by,
    sequence: snapshot.sequence + 1,
    startsAt,
    durationMinutes,
  };
  return { ok: true, next, effects: ['rescheduled'] };
}

function refuseNonParticipant(
  match: Pick<MeetupMatchContext, 'participantIds'>,
  by: string,
  action: string,
): MeetupError | undefined {
  if (match.participantIds.includes(by)) return undefined;
  return refuse('not-a-participant', `Only the two people in this match can ${action}.`);
}

function refuseInactiveMatch(match: MeetupMatchContext, verb: string): MeetupError | undefined {
  if (match.status === 'active') return undefined;
  return refuse('match-not-active', `A meetup can only be ${verb} while its match is active (it is ${match.status}).`);
}

function refuseUnlessStatus(
  status: MeetupStatus,
  allowed: readonly MeetupStatus[],
  eventType: MeetupEventType,
): MeetupError | undefined {
  if (allowed.includes(status)) return undefined;
  return refuse('invalid-transition', `This meetup is ${status}, so it cannot be ${PAST_TENSE[eventType]}.`);
}

function refuseProposer(snapshot: MeetupState, by: string, verb: 'accept' | 'decline'): MeetupError | undefined {
  if (snapshot.proposedBy !== by) return undefined;
  return refuse('proposer-cannot-respond', `You proposed this meetup, so only the other person can ${verb} it.`);
}

function refuseOutdatedProposal(snapshot: MeetupState, now: Date): MeetupError | undefined {
  if (snapshot.startsAt.getTime() > now.getTime()) return undefined;
  return refuse('proposal-outdated', 'This meetup proposal starts in the past; propose a new time instead.');
}

function refuseEmptyChanges(changes: MeetupChanges): MeetupError | undefined {
  const changed = Object.values(changes).some((value) => value !== undefined);
  if (changed) return undefined;
  return refuse(
    'no-changes',
    'A reschedule must change at least one of startsAt, durationMinutes, place, online or note.',
  );
}

function refuseUnlessConfirmed(status: MeetupStatus): MeetupError | undefined {
  if (status === 'confirmed') return undefined;
  return refuse('meetup-not-confirmed', `Feedback is only possible for confirmed meetups (this one is ${status}).`);
}

function refuseUnfinished(meetup: { startsAt: Date; durationMinutes: number }, now: Date): MeetupError | undefined {
  if (meetupEndsAt(meetup).getTime() <= now.getTime()) return undefined;
  return refuse('meetup-not-finished', 'Feedback is only possible once the meetup has ended.');
}

function refuseRepeatedFeedback(feedbackAuthorIds: readonly string[], by: string): MeetupError | undefined {
  if (!feedbackAuthorIds.includes(by)) return undefined;
  return refuse('feedback-already-given', 'You have already given feedback on this meetup.');
}

function isValidDuration(minutes: number): boolean {
  return (
    Number.isInteger(minutes) && minutes >= MIN_MEETUP_DURATION_MINUTES && minutes <= MAX_MEETUP_DURATION_MINUTES
  );
}

const PAST_TENSE: Readonly<Record<MeetupEventType, string>> = {
  accept: 'accepted',
  decline: 'declined',
  cancel: 'cancelled',
  reschedule: 'rescheduled',
};

/** The next state with a new status and the sequence bumped. */
function bumped(snapshot: MeetupState, status: MeetupStatus): MeetupState {
  return { ...stateOf(snapshot), status, sequence: snapshot.sequence + 1 };
}

/** Keeps `next` free of the match context carried by the snapshot. */
function stateOf(state: MeetupState): MeetupState {
  return {
    status: state.status,
    proposedBy: state.proposedBy,
    sequence: state.sequence,
    startsAt: state.startsAt,
    durationMinutes: state.durationMinutes,
  };
}

function failureOf<C extends MeetupErrorCode>(result: { ok: true } | MeetupError<C>): MeetupError<C> | undefined {
  return result.ok ? undefined : result;
}

function refuse<C extends MeetupErrorCode>(code: C, message: string): MeetupError<C> {
  return { ok: false, code, message };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
