import { leaveEvent } from './leave-match.js';
import { applyMatchEvent, MATCH_STATUSES, type MatchStatus } from './match-state.js';

describe('leaveEvent', () => {
  it('declines a proposal and ends an active match, for either side', () => {
    for (const by of ['migrant', 'host'] as const) {
      expect(leaveEvent('proposed', by)).toEqual({ type: 'decline', by });
      expect(leaveEvent('active', by)).toEqual({ type: 'end', by });
    }
  });

  it('does nothing for a match that is already closed', () => {
    for (const status of ['declined', 'expired', 'ended'] as const) {
      expect(leaveEvent(status, 'migrant')).toBeNull();
    }
  });

  it('always yields an event the state machine accepts, closing the match', () => {
    const closedBy: Record<MatchStatus, MatchStatus | null> = { proposed: 'declined', active: 'ended', declined: null, expired: null, ended: null };
    for (const status of MATCH_STATUSES) {
      const event = leaveEvent(status, 'host');
      if (event === null) {
        expect(closedBy[status]).toBeNull();
        continue;
      }
      const accepted = status === 'active';
      const result = applyMatchEvent({ status, acceptedByMigrant: accepted, acceptedByHost: accepted, createdAt: new Date() }, event);
      expect(result.ok && result.next.status).toBe(closedBy[status]);
    }
  });
});
