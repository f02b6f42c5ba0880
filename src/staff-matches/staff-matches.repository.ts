import { Injectable } from '@nestjs/common';
import { scopeFilter, type StaffScope } from '../access/staff-scope.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { MatchStatus } from '../matches/domain/match-state.js';
import { matchOrderOf, type StaffMatchSort } from './domain/staff-matches.js';

export interface StaffMatchFilter {
  programmeId: string | undefined;
  status: MatchStatus | undefined;
  /** Only proposals made at or before this time. */
  proposedBefore: Date | undefined;
  sort: StaffMatchSort;
  offset: number;
  limit: number;
}

export interface StaffMatchRow {
  id: string;
  status: MatchStatus;
  programmeId: string;
  programmeName: string;
  migrantId: string;
  migrantName: string;
  hostId: string;
  hostName: string;
  createdAt: Date;
  activatedAt: Date | null;
  endedAt: Date | null;
}

export interface MigrantWaitRow {
  programmeId: string;
  programmeName: string;
  count: string;
  medianDays: string | number | null;
  p90Days: string | number | null;
}

export interface ProposalWaitRow {
  programmeId: string;
  count: string;
  medianDays: string | number | null;
  oldestDays: string | number | null;
}

/**
 * Staff's overview of matches and of who waits, within the caller's scope: an organisation's
 * matches are those of its programmes. Each figure is one query.
 */
@Injectable()
export class StaffMatchesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async list(scope: StaffScope, filter: StaffMatchFilter): Promise<{ rows: StaffMatchRow[]; total: number }> {
    const params: unknown[] = [];
    const conditions = [scopeFilter(scope, 'p.organisation_id', params)];
    if (filter.programmeId !== undefined) {
      params.push(filter.programmeId);
      conditions.push(`m.programme_id = $${params.length}`);
    }
    if (filter.status !== undefined) {
      params.push(filter.status);
      conditions.push(`m.status = $${params.length}`);
    }
    if (filter.proposedBefore !== undefined) {
      params.push(filter.proposedBefore);
      conditions.push(`m.status = 'proposed' AND m.created_at <= $${params.length}`);
    }
    params.push(filter.limit, filter.offset);
    const rows: Array<StaffMatchRow & { total: string }> = await this.uow.query(
      `SELECT m.id, m.status, p.id AS "programmeId", p.name AS "programmeName",
              mu.id AS "migrantId", mu.display_name AS "migrantName", hu.id AS "hostId", hu.display_name AS "hostName",
              m.created_at AS "createdAt", m.activated_at AS "activatedAt", m.ended_at AS "endedAt", count(*) OVER () AS total
         FROM matches m
         JOIN programmes p ON p.id = m.programme_id
         JOIN users mu ON mu.id = m.migrant_id
         JOIN users hu ON hu.id = m.host_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${matchOrderOf(filter.sort)}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    // A page past the end has no rows to carry the total: count once more for it.
    const total = rows[0] !== undefined ? Number(rows[0].total) : filter.offset === 0 ? 0 : (await this.list(scope, { ...filter, offset: 0, limit: 1 })).total;
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  /**
   * Per programme of the scope (closed ones left out): migrants ready to be matched (active
   * membership and account, complete profile) with no proposed or active match in it, and the
   * median and 90th percentile of days since they joined it.
   */
  async migrantsWaiting(scope: StaffScope, now: Date): Promise<MigrantWaitRow[]> {
    const params: unknown[] = [now];
    return this.uow.query(
      `SELECT p.id AS "programmeId", p.name AS "programmeName", count(w.user_id) AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days) AS "medianDays",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY w.days) AS "p90Days"
         FROM programmes p
         LEFT JOIN LATERAL (
           SELECT pm.user_id, greatest(0, extract(epoch FROM $1::timestamptz - pm.joined_at) / 86400) AS days
             FROM programme_memberships pm
             JOIN users u ON u.id = pm.user_id
             JOIN profiles pr ON pr.user_id = u.id
            WHERE pm.programme_id = p.id AND pm.role = 'migrant' AND pm.status = 'active'
              AND u.status = 'active' AND u.erased_at IS NULL AND pr.complete
              AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.programme_id = p.id AND m.migrant_id = u.id AND m.status IN ('proposed', 'active'))
         ) w ON true
        WHERE p.status <> 'closed' AND ${scopeFilter(scope, 'p.organisation_id', params)}
        GROUP BY p.id, p.name
        ORDER BY lower(p.name), p.id`,
      params,
    );
  }

  /** Per programme of the scope (closed ones left out): proposals waiting for an answer, their median and longest wait in days. */
  async proposalsWaiting(scope: StaffScope, now: Date): Promise<ProposalWaitRow[]> {
    const params: unknown[] = [now];
    return this.uow.query(
      `SELECT p.id AS "programmeId", count(m.id) AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM $1::timestamptz - m.created_at) / 86400)) FILTER (WHERE m.id IS NOT NULL) AS "medianDays",
              max(greatest(0, extract(epoch FROM $1::timestamptz - m.created_at) / 86400)) FILTER (WHERE m.id IS NOT NULL) AS "oldestDays"
         FROM programmes p
         LEFT JOIN matches m ON m.programme_id = p.id AND m.status = 'proposed'
        WHERE p.status <> 'closed' AND ${scopeFilter(scope, 'p.organisation_id', params)}
        GROUP BY p.id`,
      params,
    );
  }
}
