import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { scopeCondition, type StaffScope } from '../access/staff-scope.js';
import type { KeysetPosition } from '../common/pagination.js';
import type { Flag } from './domain/flags.js';
import type { ReportReason, ReportStatus } from './domain/report-rules.js';
import { ReportEntity } from './report.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface ReportTarget {
  messageId: string | null;
  matchId: string | null;
  userId: string | null;
}

export interface NewUserReport extends ReportTarget {
  reporterId: string;
  reason: ReportReason;
  details: string | null;
  organisationId: string | null;
}

export interface NewAutoReport {
  messageId: string;
  matchId: string;
  userId: string;
  reason: ReportReason;
  details: string;
  flags: Flag[];
  organisationId: string | null;
}

/** The only place reports are queried or written. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get reports(): Repository<ReportEntity> {
    return this.uow.manager.getRepository(ReportEntity);
  }

  /** Refused (23505) when the reporter already has an open report on this target. */
  insertUserReport(report: NewUserReport): Promise<ReportEntity> {
    return this.reports.save(this.reports.create({ ...report, source: 'user', status: 'open', flags: [] }));
  }

  /** The reporter's open report on exactly this target (the message, else the match, else the person). */
  findOpenReportOn(reporterId: string, target: ReportTarget): Promise<ReportEntity | null> {
    const query = this.reports.createQueryBuilder('r').where(`r.reporter_id = :reporterId AND r.status = 'open' AND r.source = 'user'`, { reporterId });
    if (target.messageId !== null) query.andWhere('r.message_id = :messageId', { messageId: target.messageId });
    else if (target.matchId !== null) query.andWhere('r.message_id IS NULL AND r.match_id = :matchId', { matchId: target.matchId });
    else query.andWhere('r.message_id IS NULL AND r.match_id IS NULL AND r.user_id = :userId', { userId: target.userId });
    return query.getOne();
  }

  /** At most one automatic report per message: a repeated event changes nothing. Returns whether one was opened. */
  async insertAutoReportOnce(report: NewAutoReport): Promise<boolean> {
    const result = await this.reports
      .createQueryBuilder()
      .insert()
      .values({ ...report, source: 'auto', status: 'open', reporterId: null })
      .orIgnore()
      .execute();
    // With DO NOTHING, PostgreSQL returns no row when the index refused the insert.
    return (result.raw as unknown[]).length > 0;
  }

  findById(id: string): Promise<ReportEntity | null> {
    return this.reports.findOneBy({ id });
  }

  findByIdForUpdate(id: string): Promise<ReportEntity | null> {
    return this.uow.manager.getRepository(ReportEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  /** The staff queue: oldest first, `limit + 1` rows so the caller can tell whether another page exists. */
  findQueuePage(scope: StaffScope, status: ReportStatus | undefined, limit: number, after: KeysetPosition | undefined): Promise<ReportEntity[]> {
    const inScope = scopeCondition(scope, 'r.organisation_id');
    const query = this.reports.createQueryBuilder('r').where(inScope.where, inScope.parameters);
    if (status !== undefined) query.andWhere('r.status = :status', { status });
    // Cursors carry milliseconds and PostgreSQL keeps microseconds: compare and sort at the cursor's precision.
    if (after !== undefined) query.andWhere(`(date_trunc('milliseconds', r.created_at), r.id) > (:at, :id)`, { at: after.at, id: after.id });
    return query.orderBy(`date_trunc('milliseconds', r.created_at)`, 'ASC').addOrderBy('r.id', 'ASC').limit(limit + 1).getMany();
  }

  /** Reports naming a person, newest first, within the staff member's scope: their history as staff weigh a new one. */
  findRecentReportsAgainst(scope: StaffScope, userId: string, limit: number): Promise<ReportEntity[]> {
    const inScope = scopeCondition(scope, 'r.organisation_id');
    return this.reports
      .createQueryBuilder('r')
      .where('r.user_id = :userId', { userId })
      .andWhere(inScope.where, inScope.parameters)
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  countReportsAgainst(scope: StaffScope, userId: string): Promise<number> {
    const inScope = scopeCondition(scope, 'r.organisation_id');
    return this.reports.createQueryBuilder('r').where('r.user_id = :userId', { userId }).andWhere(inScope.where, inScope.parameters).getCount();
  }

  /** Reports a person filed themselves (their data, for export). */
  findFiledBy(reporterId: string): Promise<ReportEntity[]> {
    return this.reports.find({ where: { reporterId }, order: { createdAt: 'ASC' } });
  }

  save(report: ReportEntity): Promise<ReportEntity> {
    return this.uow.manager.getRepository(ReportEntity).save(report);
  }
}
