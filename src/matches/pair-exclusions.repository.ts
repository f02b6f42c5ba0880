import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { ExclusionKind, orderedPair, PairExclusionEntity } from './pair-exclusion.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface NewExclusion {
  userA: string;
  userB: string;
  kind: ExclusionKind;
  createdBy: string;
  reason: string | null;
}

/** Pairs never to be proposed again; the only place `pair_exclusions` is queried or written. */
@Injectable()
export class PairExclusionsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get exclusions(): Repository<PairExclusionEntity> {
    return this.uow.manager.getRepository(PairExclusionEntity);
  }

  /** Idempotent: declining or blocking the same person twice keeps the first record. */
  async record(exclusion: NewExclusion): Promise<void> {
    await this.uow.manager
      .getRepository(PairExclusionEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...orderedPair(exclusion.userA, exclusion.userB), kind: exclusion.kind, createdBy: exclusion.createdBy, reason: exclusion.reason })
      .orIgnore()
      .execute();
  }

  /** The exclusions a person made, oldest first (their data export). */
  findCreatedBy(userId: string): Promise<PairExclusionEntity[]> {
    return this.exclusions.find({ where: { createdBy: userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Erasure: the pair stays excluded, the person's own words about why do not. */
  async forgetReasonsBy(userId: string): Promise<void> {
    await this.uow.manager.getRepository(PairExclusionEntity).update({ createdBy: userId }, { reason: null });
  }
}
