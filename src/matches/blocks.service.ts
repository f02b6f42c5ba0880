import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import { isStaffRole, type UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { MatchLifecycle } from './match-lifecycle.js';
import { MatchesRepository } from './matches.repository.js';
import { PairExclusionsRepository } from './pair-exclusions.repository.js';
import { matchErrors } from './match-errors.js';
import { userErrors } from '../users/user-errors.js';

/** Blocking someone closes whatever is open between the two and excludes the pair for good. */
@Injectable()
export class BlocksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly matches: MatchesRepository,
    private readonly exclusions: PairExclusionsRepository,
    private readonly lifecycle: MatchLifecycle,
  ) {}

  async block(blocker: UserEntity, targetId: string, reason: string | undefined): Promise<void> {
    if (targetId === blocker.id) throw matchErrors.refusal('block.self', 'You cannot block yourself');
    const target = await this.users.findById(targetId);
    if (target === null || target.erasedAt !== null) throw userErrors.notFound('user');
    // Coordinators must stay reachable for safety matters; a concern about one goes through a report.
    if (isStaffRole(target.role)) throw matchErrors.refusal('block.staff', 'Staff members cannot be blocked; please report a concern instead');
    await this.uow.transaction(async () => {
      const open = await this.matches.findOpenBetweenForUpdate(blocker.id, targetId);
      await this.lifecycle.leave(open, blocker.id, 'blocked', reason ?? null);
      await this.exclusions.record({ userA: blocker.id, userB: targetId, kind: 'blocked', createdBy: blocker.id, reason: reason ?? null });
    });
  }
}
