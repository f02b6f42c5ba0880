import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import type { KeysetPosition } from '../common/pagination.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  note?: string | null;
}

export interface AuditFilter {
  actorId?: string;
  /** An exact action, or a dotted prefix: `report.resolve` also finds `report.resolve.dismiss`. */
  action?: string;
  targetId?: string;
}

/** Append-only: this repository can add and read entries, never change or remove them. */
@Injectable()
export class AuditRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get entries(): Repository<AuditEntryEntity> {
    return this.uow.manager.getRepository(AuditEntryEntity);
  }

  async append(entry: NewAuditEntry): Promise<AuditEntryEntity> {
    const repository = this.entries;
    return repository.save(repository.create({ ...entry, note: entry.note ?? null }));
  }

  /** Newest first, `limit + 1` rows so the caller can tell whether another page exists. */
  findNewestFirst(filter: AuditFilter, limit: number, before: KeysetPosition | undefined): Promise<AuditEntryEntity[]> {
    const query = this.entries.createQueryBuilder('a');
    if (filter.actorId !== undefined) query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action !== undefined) {
      query.andWhere(`(a.action = :action OR left(a.action, :prefixLength) = :prefix)`, { action: filter.action, prefix: `${filter.action}.`, prefixLength: filter.action.length + 1 });
    }
    if (filter.targetId !== undefined) query.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    // Cursors carry milliseconds and PostgreSQL keeps microseconds: compare and sort at the cursor's precision.
    if (before !== undefined) query.andWhere(`(date_trunc('milliseconds', a.created_at), a.id) < (:at, :id)`, { at: before.at, id: before.id });
    return query.orderBy(`date_trunc('milliseconds', a.created_at)`, 'DESC').addOrderBy('a.id', 'DESC').limit(limit + 1).getMany();
  }
}
