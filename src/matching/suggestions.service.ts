import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { ProfileViews } from '../profiles/profile-views.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { CandidatesRepository } from './candidates.repository.js';
import { toPairSide } from './domain/candidate-row.js';
import { isFreeForProposal } from './domain/pair.js';
import { rankSuggestions, type RankedCandidate, type SuggestionCandidateRow } from './domain/rank-suggestions.js';
import type { SuggestionView } from './dto/matching.dto.js';
import { MatchingReadiness } from './matching-readiness.js';

export const DEFAULT_SUGGESTIONS = 10;
/**
 * Suggestions rank at most this many nearby candidates (nearest first) and as many online-only
 * ones (longest waiting first), so a request costs about the same in a big city as in a
 * village. Rounds use everyone.
 */
export const NEARBY_CANDIDATES = 120;

@Injectable()
export class SuggestionsService {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly readiness: MatchingReadiness,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly profileViews: ProfileViews,
    private readonly clock: Clock,
  ) {}

  /** Eligible partners, best first; empty while the caller cannot take another match. */
  async suggestionsFor(user: UserEntity, limit = DEFAULT_SUGGESTIONS): Promise<SuggestionView[]> {
    await this.readiness.assertReady(user);
    const now = this.clock.now();
    const subject = await this.candidates.findPerson(user.id, now);
    if (subject === null) throw DomainError.notFound('user');
    if (!isFreeForProposal(toPairSide(subject))) return [];
    const rows = await this.candidates.findCandidatesFor(subject, subject.role === 'migrant' ? 'host' : 'migrant', now, NEARBY_CANDIDATES);
    return this.view(rankSuggestions(subject, rows, now, limit), user.id);
  }

  private async view(ranked: RankedCandidate<SuggestionCandidateRow>[], viewerId: string): Promise<SuggestionView[]> {
    const ids = ranked.map((entry) => entry.candidate.id);
    const users = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
    const profiles = new Map((await this.profiles.findByUserIds([...ids, viewerId])).map((p) => [p.userId, p]));
    const viewerProfile = profiles.get(viewerId) ?? null;
    return ranked.flatMap((entry) => {
      const partner = users.get(entry.candidate.id);
      if (partner === undefined) return []; // erased between the two queries
      return [{ partner: this.profileViews.publicUser(partner, profiles.get(partner.id) ?? null, viewerProfile), score: entry.score, reasons: entry.reasons }];
    });
  }
}
