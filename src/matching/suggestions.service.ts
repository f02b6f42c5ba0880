import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { toPublicUser } from '../profiles/profile-views.js';
import { userErrors } from '../users/user-errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { CandidatesRepository, type MembershipFacts, type PersonRow } from './candidates.repository.js';
import { inProgramme, toPairSide } from './domain/candidate-row.js';
import { isFreeForProposal } from './domain/pair.js';
import { rankAcrossProgrammes } from './domain/programme-suggestions.js';
import type { SuggestionView } from './dto/matching.dto.js';
import { matchingErrors } from './matching-errors.js';
import { hostVettingOf, MatchingReadiness, type HostVetting } from './matching-readiness.js';
import { pairProgrammeOf } from './programme-terms.js';

export const DEFAULT_SUGGESTIONS = 10;
/**
 * Suggestions rank at most this many nearby candidates (nearest first) and ONLINE_CANDIDATES
 * online-only ones (longest waiting first), so a request costs about the same in a big city as in
 * a village. Rounds use everyone. In a big city many people live about as near, so the nearest 120
 * missed one in seven of the best ten on 100k seeded people; the nearest 400 keep the top ten of a
 * ranking of every candidate to within 5 % (docs/benchmarks.md, Suggestions).
 */
export const NEARBY_CANDIDATES = 400;
export const ONLINE_CANDIDATES = 120;
/** A walk limit no population reaches (PostgreSQL's LIMIT takes a bigint). */
const EVERY_CANDIDATE = Number.MAX_SAFE_INTEGER;

/**
 * Two queries per request, whatever the number of programmes: the caller's own facts with their
 * memberships, then the candidates of all the programmes asked for, each with the facts of each
 * programme they share with the caller.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly readiness: MatchingReadiness,
    private readonly clock: Clock,
  ) {}

  /**
   * Eligible partners, best first, each in the programme where the pair scores best. Without
   * `programmeId`: every open programme the caller is an active member of. Empty where the caller
   * cannot take another match.
   */
  suggestionsFor(user: UserEntity, limit = DEFAULT_SUGGESTIONS, programmeId?: string): Promise<SuggestionView[]> {
    return this.rank(user, limit, programmeId, NEARBY_CANDIDATES, ONLINE_CANDIDATES);
  }

  /**
   * The same suggestions ranked from every candidate the query can find (no walk limit): what the
   * shortcut of `suggestionsFor` is measured against in the benchmark. Far too slow for requests.
   */
  exhaustiveSuggestionsFor(user: UserEntity, limit = DEFAULT_SUGGESTIONS, programmeId?: string): Promise<SuggestionView[]> {
    return this.rank(user, limit, programmeId, EVERY_CANDIDATE, EVERY_CANDIDATE);
  }

  private async rank(user: UserEntity, limit: number, programmeId: string | undefined, nearby: number, online: number): Promise<SuggestionView[]> {
    const now = this.clock.now();
    const subject = await this.candidates.findPerson(user.id, now);
    if (subject === null) throw userErrors.notFound('user');
    const memberships = programmeId === undefined ? subject.programmes : subject.programmes.filter((p) => p.programmeId === programmeId);
    if (programmeId !== undefined && memberships.length === 0) throw matchingErrors.notFound('programme');
    this.readiness.assertReadyWith(user, subject, bestVerification(subject, memberships));
    const open = memberships.filter((membership) => isFreeForProposal(toPairSide(inProgramme(subject, membership.programmeId))));
    if (open.length === 0) return [];
    const role = subject.role === 'migrant' ? 'host' : 'migrant';
    const rows = await this.candidates.findSuggestionCandidates(subject, role, open.map((p) => p.programmeId), now, nearby, online);
    const programmes = open.map((membership) => ({ id: membership.programmeId, programme: pairProgrammeOf(membership.rules) }));
    return rankAcrossProgrammes({ ...subject, programmes: open }, programmes, rows, now, limit).map(({ candidate, distanceKm, score, reasons, programmeId: chosen }) => ({
      partner: toPublicUser(candidate, distanceKm),
      programmeId: chosen,
      score,
      reasons,
    }));
  }
}

/**
 * A host is ready when one of the programmes asked for has them verified with their required checks
 * in order; otherwise the readiness refusal names the most hopeful state (checks lapsed, then
 * pending, then rejected). Migrants are not vetted.
 */
function bestVerification(subject: PersonRow, memberships: readonly MembershipFacts[]): HostVetting | null {
  if (subject.role !== 'host') return null;
  const states = memberships.map(hostVettingOf);
  if (states.includes('verified') || memberships.length === 0) return 'verified';
  return states.includes('checks-lapsed') ? 'checks-lapsed' : states.includes('pending') ? 'pending' : 'rejected';
}
