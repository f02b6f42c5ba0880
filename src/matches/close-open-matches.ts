import { leaveEvent } from './domain/leave-match.js';
import { applyMatchEvent } from './domain/match-state.js';
import type { MatchEntity } from './match.entity.js';
import { applyTransition, MatchChange, TransitionContext } from './match-outcome.js';

/**
 * One participant leaves every open match in the list: proposals are declined, active matches
 * ended. The caller holds the rows' locks and saves them.
 */
export function closeOpenMatches(matches: MatchEntity[], participantId: string, context: TransitionContext): MatchChange[] {
  const changes: MatchChange[] = [];
  for (const match of matches) {
    const side = match.migrantId === participantId ? 'migrant' : 'host';
    const event = leaveEvent(match.status, side);
    if (event === null) continue;
    const result = applyMatchEvent(match, event);
    if (!result.ok) throw new Error(`leaving match ${match.id} was refused: ${result.message}`);
    changes.push(applyTransition(match, result, context));
  }
  return changes;
}
