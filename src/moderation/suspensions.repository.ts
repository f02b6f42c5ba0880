import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import { UserEntity } from '../users/user.entity.js';

/** The end of suspensions whose time is up. */
@Injectable()
export class SuspensionsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Makes every suspension that ended by `now` active again; returns whose. One statement: a run
   * at the same moment waits for these rows and then finds them active, so each is lifted once.
   */
  async liftDue(now: Date): Promise<string[]> {
    const result = await this.uow.manager
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'active', suspendedUntil: null, suspensionReason: null })
      .where(`status = 'suspended' AND suspended_until IS NOT NULL AND suspended_until <= :now`, { now })
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>).map((row) => row.id);
  }
}
