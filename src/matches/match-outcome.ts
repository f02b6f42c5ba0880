import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
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

/** A match after a state change, with what happened, for the events recorded with it. */
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

/** An event of a match's change, as the outbox records it. */
export type MatchChangeEvent = {
  [K in 'match.accepted' | 'match.activated' | 'match.declined' | 'match.expired' | 'match.ended']: [K, DomainEventMap[K]];
}['match.accepted' | 'match.activated' | 'match.declined' | 'match.expired' | 'match.ended'];

/**
 * What a change tells the rest of the system. The acceptance that makes a match active is told
 * as `match.activated` only, so nobody hears "accepted" and "active" for the same click.
 */
export function matchChangeEvents(change: MatchChange): MatchChangeEvent[] {
  const { match, effects, actorId } = change;
  const base = { matchId: match.id, migrantId: match.migrantId, hostId: match.hostId };
  const events: MatchChangeEvent[] = [];
  for (const effect of effects) {
    switch (effect) {
      case 'accepted':
        if (!effects.includes('activated') && actorId !== null) events.push(['match.accepted', { ...base, by: actorId }]);
        break;
      case 'activated':
        events.push(['match.activated', base]);
        break;
      case 'declined':
        if (actorId !== null) events.push(['match.declined', { ...base, by: actorId }]);
        break;
      case 'expired':
        events.push(['match.expired', base]);
        break;
      case 'ended':
        events.push(['match.ended', match.closeReason === 'match-weeks-over' ? { ...base, by: actorId, reason: 'match-weeks-over' } : { ...base, by: actorId }]);
        break;
      default:
        assertNever(effect);
    }
  }
  return events;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled effect: ${String(value)}`);
}
