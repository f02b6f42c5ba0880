import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** Arbitrary but fixed: the advisory lock that lets one process at a time lift due suspensions. */
const SUSPENSION_SWEEP_LOCK = 7_406_001;

/** The end of suspensions whose time is up, run as a job on every process but done by one at a time. */
@Injectable()
export class SuspensionsRepository {
  /** Held until the caller's transaction ends; false when another process holds it. */
  async tryLockSweep(manager: EntityManager): Promise<boolean> {
    const rows: Array<{ locked: boolean }> = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SUSPENSION_SWEEP_LOCK]);
    return rows[0]?.locked === true;
  }

  /** Makes every suspension that ended by `now` active again; returns whose. */
  async liftDue(now: Date, manager: EntityManager): Promise<string[]> {
    const result = await manager
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
