import { DEFAULT_PROGRAMME_ID } from '../organisations/domain/programme.js';
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
import { CandidatesRepository } from './candidates.repository.js';
import { toPairSide } from './domain/candidate-row.js';
import { evaluatePair } from './domain/pair.js';
import { matchingErrors } from './matching-errors.js';
import { MatchingReadiness } from './matching-readiness.js';
import { UnitOfWork } from '../database/unit-of-work.js';

const ALREADY_MATCHED = 'The migrant already has a proposed or active match.';

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

  async requestMatch(asker: UserEntity, partnerId: string): Promise<MatchView> {
    await this.readiness.assertReady(asker);
    const partner = await this.users.findById(partnerId);
    if (partner === null || partner.erasedAt !== null) throw matchingErrors.notFound('person');
    const hostId = asker.role === 'host' ? asker.id : partner.id;
    let match: MatchEntity;
    try {
      match = await this.uow.transaction(() => this.proposeLocked(asker, partner.id, hostId));
    } catch (error) {
      // The partial unique index caught a race the checks could not see yet.
      if (isUniqueViolation(error)) throw matchingErrors.refusal('matching.migrant-already-matched', ALREADY_MATCHED);
      throw error;
    }
    return this.matchViews.viewOne(match, asker.id);
  }

  /** Under the host's row lock, so open slots are counted and used by one request at a time. */
  private async proposeLocked(asker: UserEntity, partnerId: string, hostId: string): Promise<MatchEntity> {
    await this.matches.lockHosts([hostId]);
    const now = this.clock.now();
    const askerRow = await this.candidates.findPerson(asker.id, now);
    const partnerRow = await this.candidates.findPerson(partnerId, now);
    if (askerRow === null || partnerRow === null) throw matchingErrors.notFound('person');
    const pairExcluded = await this.candidates.isPairExcluded(asker.id, partnerId);
    const evaluation = evaluatePair(toPairSide(askerRow), toPairSide(partnerRow), { excluded: pairExcluded }, now);
    if (!evaluation.eligible) throw matchingErrors.refusal(`matching.${evaluation.reason}`, evaluation.message);
    const [proposed] = await this.lifecycle.propose([
      {
        programmeId: DEFAULT_PROGRAMME_ID,
        matchWeeks: null,
        checkInWeeks: null,
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
