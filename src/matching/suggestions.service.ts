import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { toPublicUser } from '../profiles/profile-views.js';
import { userErrors } from '../users/user-errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { CandidatesRepository } from './candidates.repository.js';
import { toPairSide } from './domain/candidate-row.js';
import { isFreeForProposal } from './domain/pair.js';
import { rankSuggestions } from './domain/rank-suggestions.js';
import type { SuggestionView } from './dto/matching.dto.js';
import { MatchingReadiness } from './matching-readiness.js';

export const DEFAULT_SUGGESTIONS = 10;
/**
 * Suggestions rank at most this many nearby candidates (nearest first) and as many online-only
 * ones (longest waiting first), so a request costs about the same in a big city as in a
 * village. Rounds use everyone.
 */
export const NEARBY_CANDIDATES = 120;

/** Two queries per request: the caller's own facts, then the candidates with their cards. */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly readiness: MatchingReadiness,
    private readonly clock: Clock,
  ) {}

  /** Eligible partners, best first; empty while the caller cannot take another match. */
  async suggestionsFor(user: UserEntity, limit = DEFAULT_SUGGESTIONS): Promise<SuggestionView[]> {
    const now = this.clock.now();
    const subject = await this.candidates.findPerson(user.id, now);
    if (subject === null) throw userErrors.notFound('user');
    this.readiness.assertReadyWith(user, subject, subject.verification);
    if (!isFreeForProposal(toPairSide(subject))) return [];
    const rows = await this.candidates.findSuggestionCandidates(subject, subject.role === 'migrant' ? 'host' : 'migrant', now, NEARBY_CANDIDATES);
    return rankSuggestions(subject, rows, now, limit).map(({ candidate, distanceKm, score, reasons }) => ({
      partner: toPublicUser(candidate, distanceKm),
      score,
      reasons,
    }));
  }
}
