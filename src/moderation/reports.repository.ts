import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { scopeCondition, type StaffScope } from '../access/staff-scope.js';
import type { RankedKeysetPosition } from '../common/pagination.js';
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
  urgent: boolean;
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

const RANK_SQL = `(CASE WHEN r.urgent THEN 0 ELSE 1 END)`;

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

  /**
   * The staff queue: urgent reports first, then the rest, oldest first within each (the rank is
   * `queueRank`: 0 urgent, 1 not); `limit + 1` rows so the caller can tell whether another page exists.
   */
  findQueuePage(scope: StaffScope, status: ReportStatus | undefined, limit: number, after: RankedKeysetPosition | undefined): Promise<ReportEntity[]> {
    const inScope = scopeCondition(scope, 'r.organisation_id');
    const query = this.reports.createQueryBuilder('r').where(inScope.where, inScope.parameters);
    if (status !== undefined) query.andWhere('r.status = :status', { status });
    // Cursors carry milliseconds and PostgreSQL keeps microseconds: compare and sort at the cursor's precision.
    if (after !== undefined) {
      query.andWhere(`(${RANK_SQL}, date_trunc('milliseconds', r.created_at), r.id) > (:rank, :at, :id)`, { rank: after.rank, at: after.at, id: after.id });
    }
    return query.orderBy(RANK_SQL, 'ASC').addOrderBy(`date_trunc('milliseconds', r.created_at)`, 'ASC').addOrderBy('r.id', 'ASC').limit(limit + 1).getMany();
  }

  /** Escalates an open report; answers whether this call made it urgent (false: it already was). */
  async markUrgent(id: string): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(`WITH marked AS (UPDATE reports SET urgent = true WHERE id = $1 AND NOT urgent RETURNING 1) SELECT 1 FROM marked`, [id]);
    return rows.length === 1;
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
