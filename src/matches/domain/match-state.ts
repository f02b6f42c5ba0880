/**
 * Match lifecycle as pure functions over plain data (no framework, no I/O).
 *
 *   proposed ──accept (migrant + host, either order)──▶ active ──end──▶ ended
 *      │  └──decline (by a participant)──▶ declined
 *      └────expire (by the system after the TTL)──▶ expired
 *
 * A participant or staff end a match; the system does too once its programme's matchWeeks are over.
 * Every other (status × event) combination is refused with a code and a
 * human-readable message; services map codes to a DomainError kind via `matchErrorKind`.
 */

export const MATCH_STATUSES = ['proposed', 'active', 'declined', 'expired', 'ended'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** The two people a match pairs. */
export type MatchParticipant = 'migrant' | 'host';
export type MatchActorKind = MatchParticipant | 'staff' | 'system';
export interface MatchActor {
  kind: MatchActorKind;
}

export interface MatchState {
  status: MatchStatus;
  acceptedByMigrant: boolean;
  acceptedByHost: boolean;
}

export interface MatchSnapshot extends MatchState {
  createdAt: Date;
}

/**
 * Optional guard for accept/decline: when given, a proposal whose TTL has
 * passed is refused even if the expiry sweep has not marked it yet.
 */
export interface ProposalExpiryCheck {
  now: Date;
  ttlDays: number;
}

export type MatchEvent =
  | { type: 'accept'; by: MatchActorKind; expiryCheck?: ProposalExpiryCheck }
  | { type: 'decline'; by: MatchActorKind; reason?: string; expiryCheck?: ProposalExpiryCheck }
  | { type: 'expire'; now: Date; ttlDays: number }
  | { type: 'end'; by: MatchActorKind };

export type MatchEventType = MatchEvent['type'];

export type MatchEffect = 'accepted' | 'activated' | 'declined' | 'expired' | 'ended';

export type MatchErrorCode =
  | 'invalid-transition'
  | 'already-accepted'
  | 'not-expired-yet'
  | 'proposal-expired'
  | 'actor-not-allowed';

export interface MatchTransitionOk {
  ok: true;
  next: MatchState;
  effects: MatchEffect[];
}

export interface MatchTransitionError {
  ok: false;
  code: MatchErrorCode;
  message: string;
}

export type MatchTransitionResult = MatchTransitionOk | MatchTransitionError;

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * A proposal expires once `ttlDays` full 24-hour periods have elapsed since
 * creation (the boundary instant itself counts as expired). Days are fixed
 * 24 h spans in UTC, so DST changes never stretch or shrink the TTL.
 */
export function isProposalExpired(createdAt: Date, now: Date, ttlDays: number): boolean {
  if (!Number.isFinite(ttlDays) || ttlDays < 0) {
    throw new RangeError(`ttlDays must be a finite, non-negative number (got ${ttlDays})`);
  }
  return now.getTime() - createdAt.getTime() >= ttlDays * MS_PER_DAY;
}

export function applyMatchEvent(snapshot: MatchSnapshot, event: MatchEvent): MatchTransitionResult {
  switch (event.type) {
    case 'accept':
      return applyAccept(snapshot, event.by, event.expiryCheck);
    case 'decline':
      return applyDecline(snapshot, event.by, event.expiryCheck);
    case 'expire':
      return applyExpire(snapshot, event.now, event.ttlDays);
    case 'end':
      return applyEnd(snapshot, event.by);
    default:
      return assertNever(event);
  }
}

/**
 * Error kind per code, matching `DomainErrorKind` in src/common/domain-error.ts
 * ('forbidden' → 403 for "who", 'conflict' → 409 for "state").
 */
export function matchErrorKind(code: MatchErrorCode): 'forbidden' | 'conflict' {
  switch (code) {
    case 'actor-not-allowed':
      return 'forbidden';
    case 'invalid-transition':
    case 'already-accepted':
    case 'not-expired-yet':
    case 'proposal-expired':
      return 'conflict';
    default:
      return assertNever(code);
  }
}

function applyAccept(
  snapshot: MatchSnapshot,
  by: MatchActorKind,
  expiryCheck: ProposalExpiryCheck | undefined,
): MatchTransitionResult {
  // Only the people themselves can agree to a match; staff may not speak for them.
  if (!isParticipant(by)) {
    return refuse('actor-not-allowed', `Only the migrant or the host can accept a match, not ${by}.`);
  }
  const stillOpen = snapshot.status === 'proposed' || snapshot.status === 'active';
  // On an open match a repeated accept gets its own, clearer message than "invalid transition".
  if (stillOpen && hasAccepted(snapshot, by)) {
    return refuse('already-accepted', `The ${by} has already accepted this match; accepting twice is not allowed.`);
  }
  if (snapshot.status !== 'proposed') {
    return refuseTransition(snapshot.status, 'accept');
  }
  if (expiryCheck !== undefined && isProposalExpired(snapshot.createdAt, expiryCheck.now, expiryCheck.ttlDays)) {
    return refuse('proposal-expired', 'This match proposal has expired and can no longer be accepted.');
  }
  const next = withAcceptance(snapshot, by);
  const bothAccepted = next.acceptedByMigrant && next.acceptedByHost;
  if (bothAccepted) {
    return { ok: true, next: { ...next, status: 'active' }, effects: ['accepted', 'activated'] };
  }
  return { ok: true, next, effects: ['accepted'] };
}

function applyDecline(
  snapshot: MatchSnapshot,
  by: MatchActorKind,
  expiryCheck: ProposalExpiryCheck | undefined,
): MatchTransitionResult {
  if (!isParticipant(by)) {
    return refuse('actor-not-allowed', `Only the migrant or the host can decline a match, not ${by}.`);
  }
  if (snapshot.status !== 'proposed') {
    return refuseTransition(snapshot.status, 'decline');
  }
  if (expiryCheck !== undefined && isProposalExpired(snapshot.createdAt, expiryCheck.now, expiryCheck.ttlDays)) {
    return refuse('proposal-expired', 'This match proposal has expired and can no longer be declined.');
  }
  // Declining is allowed even after having accepted: people may change their mind before activation.
  return { ok: true, next: { ...stateOf(snapshot), status: 'declined' }, effects: ['declined'] };
}

function applyExpire(snapshot: MatchSnapshot, now: Date, ttlDays: number): MatchTransitionResult {
  if (snapshot.status !== 'proposed') {
    return refuseTransition(snapshot.status, 'expire');
  }
  if (!isProposalExpired(snapshot.createdAt, now, ttlDays)) {
    return refuse('not-expired-yet', `This match proposal is younger than ${ttlDays} day(s) and cannot expire yet.`);
  }
  return { ok: true, next: { ...stateOf(snapshot), status: 'expired' }, effects: ['expired'] };
}

/** Any actor may end an active match: participants and staff, and the system once its programme's matchWeeks are over. */
function applyEnd(snapshot: MatchSnapshot, _by: MatchActorKind): MatchTransitionResult {
  if (snapshot.status !== 'active') {
    return refuseTransition(snapshot.status, 'end');
  }
  return { ok: true, next: { ...stateOf(snapshot), status: 'ended' }, effects: ['ended'] };
}

function isParticipant(kind: MatchActorKind): kind is MatchParticipant {
  return kind === 'migrant' || kind === 'host';
}

function hasAccepted(state: MatchState, side: MatchParticipant): boolean {
  switch (side) {
    case 'migrant':
      return state.acceptedByMigrant;
    case 'host':
      return state.acceptedByHost;
    default:
      return assertNever(side);
  }
}

function withAcceptance(state: MatchState, side: MatchParticipant): MatchState {
  switch (side) {
    case 'migrant':
      return { ...stateOf(state), acceptedByMigrant: true };
    case 'host':
      return { ...stateOf(state), acceptedByHost: true };
    default:
      return assertNever(side);
  }
}

/** Strips extra fields (e.g. createdAt) so `next` holds exactly the mutable state. */
function stateOf(state: MatchState): MatchState {
  return { status: state.status, acceptedByMigrant: state.acceptedByMigrant, acceptedByHost: state.acceptedByHost };
}

const STATUS_DESCRIPTIONS: Readonly<Record<MatchStatus, string>> = {
  proposed: 'still a proposal',
  active: 'already active',
  declined: 'declined',
  expired: 'expired',
  ended: 'ended',
};

const EVENT_VERBS: Readonly<Record<MatchEventType, string>> = {
  accept: 'accepted',
  decline: 'declined',
  expire: 'expired',
  end: 'ended',
};

function refuseTransition(status: MatchStatus, eventType: MatchEventType): MatchTransitionError {
  return refuse(
    'invalid-transition',
    `This match is ${STATUS_DESCRIPTIONS[status]}, so it cannot be ${EVENT_VERBS[eventType]}.`,
  );
}

function refuse(code: MatchErrorCode, message: string): MatchTransitionError {
  return { ok: false, code, message };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
