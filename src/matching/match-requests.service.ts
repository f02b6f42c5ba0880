import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import type { MatchView } from '../matches/dto/match.view.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { MatchViews } from '../matches/match-views.js';
import { MatchLifecycle } from '../matches/match-lifecycle.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { CandidatesRepository, type MembershipFacts, type PersonRow } from './candidates.repository.js';
import { inProgramme, toPairSide } from './domain/candidate-row.js';
import { evaluatePair } from './domain/pair.js';
import { matchingErrors } from './matching-errors.js';
import { hostVettingOf, MatchingReadiness } from './matching-readiness.js';
import { matchTermsOf, pairProgrammeOf } from './programme-terms.js';
import { UnitOfWork } from '../database/unit-of-work.js';

const ALREADY_MATCHED = 'The migrant already has a proposed or active match in this programme.';

/** A migrant or a verified host asks for a partner: evaluated by the same function as suggestions. */
@Injectable()
export class MatchRequestsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly candidates: CandidatesRepository,
    private readonly matches: MatchesRepository,
    private readonly users: UsersRepository,
    private readonly readiness: MatchingReadiness,
    private readonly matchViews: MatchViews,
    private readonly lifecycle: MatchLifecycle,
    private readonly clock: Clock,
  ) {}

  /**
   * Proposes the pair in `programmeId`, or in the one open programme both are active members of.
   * The asker's readiness (profile, and for a host the vetting of that programme's organisation)
   * comes first; the pair is then evaluated under the host's row lock with the programme's rules.
   */
  async requestMatch(asker: UserEntity, partnerId: string, programmeId?: string): Promise<MatchView> {
    const now = this.clock.now();
    const askerRow = await this.candidates.findPerson(asker.id, now);
    if (askerRow === null) throw matchingErrors.notFound('person');
    this.readiness.assertReadyWith(asker, askerRow, 'verified');
    const partner = await this.users.findById(partnerId);
    if (partner === null || partner.erasedAt !== null) throw matchingErrors.notFound('person');
    const partnerRow = await this.candidates.findPerson(partner.id, now);
    if (partnerRow === null) throw matchingErrors.notFound('person');
    const programme = this.programmeOfPair(askerRow, partnerRow, programmeId);
    this.readiness.assertReadyWith(asker, askerRow, askerRow.role === 'host' ? hostVettingOf(programme) : null);
    const hostId = asker.role === 'host' ? asker.id : partner.id;
    let match: MatchEntity;
    try {
      match = await this.uow.transaction(() => this.proposeLocked(asker, partner.id, hostId, programme));
    } catch (error) {
      // The partial unique index caught a race the checks could not see yet.
      if (isUniqueViolation(error)) throw matchingErrors.refusal('matching.migrant-already-matched', ALREADY_MATCHED);
      throw error;
    }
    return this.matchViews.viewOne(match, asker.id);
  }

  /** The asker's membership the pair is proposed in: the one named, or the one programme both share. */
  private programmeOfPair(asker: PersonRow, partner: PersonRow, programmeId: string | undefined): MembershipFacts {
    if (programmeId !== undefined) {
      const named = asker.programmes.find((p) => p.programmeId === programmeId);
      if (named === undefined) throw matchingErrors.notFound('programme');
      return named;
    }
    const shared = asker.programmes.filter((p) => partner.programmes.some((q) => q.programmeId === p.programmeId));
    if (shared.length === 1) return shared[0];
    if (shared.length === 0) throw matchingErrors.refusal('matching.no-shared-programme', 'The two of you do not take part in the same programme');
    const names = shared.map((p) => p.name);
    throw matchingErrors.refusal(
      'matching.several-shared-programmes',
      `The two of you take part in several programmes (${names.join(', ')}); name the one to be matched in with programmeId`,
      { programmeIds: shared.map((p) => p.programmeId), programmeNames: names },
    );
  }

  /** Under the host's row lock, so open slots are counted and used by one request at a time. */
  private async proposeLocked(asker: UserEntity, partnerId: string, hostId: string, programme: MembershipFacts): Promise<MatchEntity> {
    await this.matches.lockHosts([hostId]);
    const now = this.clock.now();
    const askerRow = await this.candidates.findPerson(asker.id, now);
    const partnerRow = await this.candidates.findPerson(partnerId, now);
    if (askerRow === null || partnerRow === null) throw matchingErrors.notFound('person');
    const pairExcluded = await this.candidates.isPairExcluded(asker.id, partnerId);
    const facts = { excluded: pairExcluded, programme: pairProgrammeOf(programme.rules) };
    const evaluation = evaluatePair(toPairSide(inProgramme(askerRow, programme.programmeId)), toPairSide(inProgramme(partnerRow, programme.programmeId)), facts, now);
    if (!evaluation.eligible) throw matchingErrors.refusal(`matching.${evaluation.reason}`, evaluation.message);
    const [proposed] = await this.lifecycle.propose([
      {
        programmeId: programme.programmeId,
        ...matchTermsOf(programme.rules),
        migrantId: evaluation.migrant.person.id,
        hostId: evaluation.host.person.id,
        score: evaluation.score,
        reasons: evaluation.reasons,
        proposedBy: asker.id,
        runId: null,
        acceptedByMigrant: asker.role === 'migrant',
        acceptedByHost: asker.role === 'host',
      },
    ]);
    return proposed;
  }
}
