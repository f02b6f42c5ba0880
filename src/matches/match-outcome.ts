import type { DomainEvents } from '../common/domain-events.js';
import type { CloseReason } from './domain/close-reasons.js';
import type { MatchEffect, MatchTransitionOk } from './domain/match-state.js';
import type { MatchEntity } from './match.entity.js';

export interface TransitionContext {
  now: Date;
  /** The participant or staff member acting; null for the system (expiry). */
  actorId: string | null;
  reason?: CloseReason | null;
  note?: string | null;
}

/** A match after a state change, with what happened, for the events emitted after commit. */
export interface MatchChange {
  match: MatchEntity;
  effects: MatchEffect[];
  actorId: string | null;
}

const CLOSING_EFFECTS: ReadonlySet<MatchEffect> = new Set(['declined', 'expired', 'ended']);

/**
 * Writes an accepted transition onto the row: the new state, when it became active, and, for any
 * closing (declined, expired, ended), when, by whom and why. `endedAt` is the closing time for all three.
 */
export function applyTransition(match: MatchEntity, result: MatchTransitionOk, context: TransitionContext): MatchChange {
  match.status = result.next.status;
  match.acceptedByMigrant = result.next.acceptedByMigrant;
  match.acceptedByHost = result.next.acceptedByHost;
  if (result.effects.includes('activated')) match.activatedAt = context.now;
  if (result.effects.some((effect) => CLOSING_EFFECTS.has(effect))) {
    match.endedAt = context.now;
    match.closedBy = context.actorId;
    match.closeReason = context.reason ?? null;
    match.closeNote = context.note ?? null;
  }
  return { match, effects: result.effects, actorId: context.actorId };
}

/**
 * Tells the rest of the system, after commit. The acceptance that makes a match active is told
 * as `match.activated` only, so nobody hears "accepted" and "active" for the same click.
 */
export function emitMatchChange(events: DomainEvents, change: MatchChange): void {
  const { match, effects, actorId } = change;
  const base = { matchId: match.id, migrantId: match.migrantId, hostId: match.hostId };
  for (const effect of effects) {
    switch (effect) {
      case 'accepted':
        if (!effects.includes('activated') && actorId !== null) events.emit('match.accepted', { ...base, by: actorId });
        break;
      case 'activated':
        events.emit('match.activated', base);
        break;
      case 'declined':
        if (actorId !== null) events.emit('match.declined', { ...base, by: actorId });
        break;
      case 'expired':
        events.emit('match.expired', base);
        break;
      case 'ended':
        events.emit('match.ended', { ...base, by: actorId });
        break;
      default:
        assertNever(effect);
    }
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled effect: ${String(value)}`);
}
