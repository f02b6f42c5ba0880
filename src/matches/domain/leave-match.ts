import type { MatchEvent, MatchParticipant, MatchStatus } from './match-state.js';

/**
 * What "I want out" means for a participant: a proposal is declined, an active match is ended,
 * a closed one needs nothing. Used by blocking and by account erasure.
 */
export function leaveEvent(status: MatchStatus, by: MatchParticipant): MatchEvent | null {
  switch (status) {
    case 'proposed':
      return { type: 'decline', by };
    case 'active':
      return { type: 'end', by };
    case 'declined':
    case 'expired':
    case 'ended':
      return null;
    default:
      return assertNever(status);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled status: ${String(value)}`);
}
