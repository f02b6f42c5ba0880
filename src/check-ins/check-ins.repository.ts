import { Injectable } from '@nestjs/common';
import { scopeFilter, type StaffScope } from '../access/staff-scope.js';
import type { KeysetPosition } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { CheckInEntity } from './check-in.entity.js';

export interface NewCheckIn {
  matchId: string;
  programmeId: string;
  userId: string;
  score: number;
  comment: string | null;
  wantsContact: boolean;
  createdAt: Date;
}

export interface StaffCheckInFilter {
  scope: StaffScope;
  programmeId: string | null;
  attention: boolean;
  after: KeysetPosition | undefined;
  limit: number;
}

/** The only place check-ins are read or written. */
@Injectable()
export class CheckInsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  insert(checkIn: NewCheckIn): Promise<CheckInEntity> {
    const repository = this.uow.manager.getRepository(CheckInEntity);
    return repository.save(repository.create(checkIn));
  }

  /**
   * Newest first, in the staff member's scope (the programme's organisation), `limit + 1` rows so
   * the caller knows whether another page exists. `attention` uses the partial index of low
   * scores and requests for contact.
   */
  findForStaff(filter: StaffCheckInFilter): Promise<CheckInEntity[]> {
    const params: unknown[] = [];
    const where = [scopeFilter(filter.scope, 'p.organisation_id', params)];
    if (filter.programmeId !== null) {
      params.push(filter.programmeId);
      where.push(`c.programme_id = $${params.length}`);
    }
    if (filter.attention) where.push('(c.score <= 2 OR c.wants_contact)');
    if (filter.after !== undefined) {
      params.push(filter.after.at, filter.after.id);
      where.push(`(c.created_at, c.id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(filter.limit + 1);
    return this.uow.query<CheckInEntity[]>(
      `SELECT c.id, c.match_id AS "matchId", c.programme_id AS "programmeId", c.user_id AS "userId", c.score, c.comment,
              c.wants_contact AS "wantsContact", c.created_at AS "createdAt"
         FROM check_ins c JOIN programmes p ON p.id = c.programme_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** A person's own check-ins, oldest first (their data export). */
  findByUser(userId: string): Promise<CheckInEntity[]> {
    return this.uow.manager.getRepository(CheckInEntity).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Erasure: what a person wrote is theirs; the score stays for the programme's figures. */
  /** Retention: up to `limit` comments on check-ins of matches that ended before `cutoff` are forgotten (the score stays). */
  async forgetCommentsOfMatchesEndedBefore(cutoff: Date, limit: number): Promise<number> {
    const rows = await this.uow.query<Array<{ forgotten: number }>>(
      `WITH due AS (
         SELECT c.id FROM check_ins c JOIN matches m ON m.id = c.match_id
         WHERE c.comment IS NOT NULL AND m.ended_at < $1
         LIMIT $2
         FOR UPDATE OF c SKIP LOCKED
       ),
       forgotten AS (UPDATE check_ins SET comment = NULL WHERE id IN (SELECT id FROM due) RETURNING 1)
       SELECT count(*)::int AS forgotten FROM forgotten`,
      [cutoff, limit],
    );
    return rows[0]?.forgotten ?? 0;
  }

  async forgetCommentsBy(userId: string): Promise<void> {
    await this.uow.manager.getRepository(CheckInEntity).update({ userId }, { comment: null });
  }
}
