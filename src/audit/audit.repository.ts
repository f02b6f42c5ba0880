import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { scopeCondition, type StaffScope } from '../access/staff-scope.js';
import { keysetOrder, type KeysetPosition, type TimeOrder } from '../common/pagination.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  note?: string | null;
  /** Decided by `OrganisationAccess.auditOrganisation`, for every entry. */
  organisationId: string | null;
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

  /** The organisation of the latest entry with this action on this target (null: none, or the platform's). */
  async latestOrganisationOf(action: string, targetId: string): Promise<string | null> {
    const rows: Array<{ organisationId: string | null }> = await this.uow.query(
      `SELECT organisation_id AS "organisationId" FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [action, targetId],
    );
    return rows[0]?.organisationId ?? null;
  }

  /** A page of entries newest first (or oldest first), after `from` in that order; one more than `limit` says there is a next page. */
  findPage(scope: StaffScope, filter: AuditFilter, order: TimeOrder, limit: number, from: KeysetPosition | undefined): Promise<AuditEntryEntity[]> {
    const inScope = scopeCondition(scope, 'a.organisation_id');
    const query = this.entries.createQueryBuilder('a').where(inScope.where, inScope.parameters);
    if (filter.actorId !== undefined) query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action !== undefined) {
      query.andWhere(`(a.action = :action OR left(a.action, :prefixLength) = :prefix)`, { action: filter.action, prefix: `${filter.action}.`, prefixLength: filter.action.length + 1 });
    }
    if (filter.targetId !== undefined) query.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    // Cursors carry milliseconds and PostgreSQL keeps microseconds: compare and sort at the cursor's precision.
    const { after, direction } = keysetOrder(order);
    if (from !== undefined) query.andWhere(`(date_trunc('milliseconds', a.created_at), a.id) ${after} (:at, :id)`, { at: from.at, id: from.id });
    return query.orderBy(`date_trunc('milliseconds', a.created_at)`, direction).addOrderBy('a.id', direction).limit(limit + 1).getMany();
  }
}
