import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { userErrors } from '../users/user-errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { closeOpenMatches } from './close-open-matches.js';
import { matchErrors } from './match-errors.js';
import { emitMatchChange } from './match-outcome.js';
import { MatchesRepository } from './matches.repository.js';
import { PairExclusionsRepository } from './pair-exclusions.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

/** Blocking someone closes whatever is open between the two and excludes the pair for good. */
@Injectable()
export class BlocksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly matches: MatchesRepository,
    private readonly exclusions: PairExclusionsRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async block(blocker: UserEntity, targetId: string, reason: string | undefined): Promise<void> {
    if (targetId === blocker.id) throw matchErrors.refusal('block.self', 'You cannot block yourself');
    const target = await this.users.findById(targetId);
    if (target === null || target.erasedAt !== null) throw userErrors.notFound('user');
    // Coordinators must stay reachable for safety matters; a concern about one goes through a report.
    if (target.role === 'staff') throw matchErrors.refusal('block.staff', 'Staff members cannot be blocked; please report a concern instead');
    const now = this.clock.now();
    const changes = await this.uow.transaction(async () => {
      const open = await this.matches.findOpenBetweenForUpdate(blocker.id, targetId);
      const closed = closeOpenMatches(open, blocker.id, { now, actorId: blocker.id, reason: 'blocked', note: reason ?? null });
      for (const change of closed) await this.matches.save(change.match);
      await this.exclusions.record({ userA: blocker.id, userB: targetId, kind: 'blocked', createdBy: blocker.id, reason: reason ?? null });
      return closed;
    });
    for (const change of changes) emitMatchChange(this.events, change);
  }
}
