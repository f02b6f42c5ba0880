import { Injectable } from '@nestjs/common';
import { scopeFilter, type StaffScope } from '../access/staff-scope.js';
import { MATCH_STATUSES } from '../matches/domain/match-state.js';
import type { MatchStatus } from '../matches/domain/match-state.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface PeopleCounts {
  migrants: number;
  hosts: number;
  staff: number;
  hostsPending: number;
}

/**
 * Read-only aggregate figures for staff reporting, within the caller's scope: an organisation's
 * people are the members of its programmes, its matches those of its programmes, its pending hosts
 * its own pending vettings; the platform scope counts everything. Every number is one query.
 */
@Injectable()
export class StaffStatsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async countPeople(scope: StaffScope): Promise<PeopleCounts> {
    const params: unknown[] = [];
    const member = memberOf(scope, 'users.id', params);
    const staff = scope.kind === 'platform' ? `role IN ('staff', 'admin')` : `role = 'staff' AND ${scopeFilter(scope, 'organisation_id', params)}`;
    const vetting = scopeFilter(scope, 'v.organisation_id', params);
    const [row] = await this.uow.query<Array<Record<keyof PeopleCounts, string>>>(
      `SELECT count(*) FILTER (WHERE role = 'migrant' AND ${member}) AS "migrants",
              count(*) FILTER (WHERE role = 'host' AND ${member}) AS "hosts",
              count(*) FILTER (WHERE ${staff}) AS "staff",
              count(*) FILTER (WHERE role = 'host' AND EXISTS (
                SELECT 1 FROM volunteer_vettings v WHERE v.user_id = users.id AND v.verification = 'pending' AND ${vetting})) AS "hostsPending"
         FROM users WHERE erased_at IS NULL`,
      params,
    );
    return { migrants: Number(row?.migrants ?? 0), hosts: Number(row?.hosts ?? 0), staff: Number(row?.staff ?? 0), hostsPending: Number(row?.hostsPending ?? 0) };
  }

  /** Migrants ready to be matched (active, complete profile) with no proposed or active match in the scope's programmes. */
  async countWaitingMigrants(scope: StaffScope): Promise<number> {
    const params: unknown[] = [];
    const member = memberOf(scope, 'u.id', params);
    const matchInScope = scopeFilter(scope, 'p.organisation_id', params);
    const [row] = await this.uow.query<Array<{ count: string }>>(
      `SELECT count(*) AS count FROM users u JOIN profiles pr ON pr.user_id = u.id
        WHERE u.role = 'migrant' AND u.erased_at IS NULL AND u.status = 'active' AND pr.complete AND ${member}
          AND NOT EXISTS (SELECT 1 FROM matches m JOIN programmes p ON p.id = m.programme_id
                           WHERE m.migrant_id = u.id AND m.status IN ('proposed', 'active') AND ${matchInScope})`,
      params,
    );
    return Number(row?.count ?? 0);
  }

  /** Median days from a migrant's sign-up to their first match in the scope becoming active; null when none has. */
  async medianDaysToFirstActiveMatch(scope: StaffScope): Promise<number | null> {
    const params: unknown[] = [];
    const [row] = await this.uow.query<Array<{ median: string | number | null }>>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_active - signed_up)) / 86400 AS median
         FROM (SELECT u.created_at AS signed_up, min(m.activated_at) AS first_active
                 FROM users u JOIN matches m ON m.migrant_id = u.id JOIN programmes p ON p.id = m.programme_id
                WHERE u.role = 'migrant' AND m.activated_at IS NOT NULL AND ${scopeFilter(scope, 'p.organisation_id', params)}
                GROUP BY u.id, u.created_at) waits`,
      params,
    );
    return row?.median === null || row?.median === undefined ? null : Number(row.median);
  }

  async countMatchesByStatus(scope: StaffScope): Promise<Record<MatchStatus, number>> {
    const params: unknown[] = [];
    const rows = await this.uow.query<Array<{ status: MatchStatus; count: string }>>(
      `SELECT m.status, count(*) AS count FROM matches m JOIN programmes p ON p.id = m.programme_id
        WHERE ${scopeFilter(scope, 'p.organisation_id', params)} GROUP BY m.status`,
      params,
    );
    const counts = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as Record<MatchStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** Matches that ever became active, whatever they are now. */
  async countMatchesEverActive(scope: StaffScope): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.uow.query<Array<{ count: string }>>(
      `SELECT count(*) AS count FROM matches m JOIN programmes p ON p.id = m.programme_id
        WHERE m.activated_at IS NOT NULL AND ${scopeFilter(scope, 'p.organisation_id', params)}`,
      params,
    );
    return Number(row?.count ?? 0);
  }

  async countOpenReports(scope: StaffScope): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.uow.query<Array<{ count: string }>>(
      `SELECT count(*) AS count FROM reports r WHERE r.status = 'open' AND ${scopeFilter(scope, 'r.organisation_id', params)}`,
      params,
    );
    return Number(row?.count ?? 0);
  }
}

/** Members of the scope's programmes; the platform counts everyone. */
function memberOf(scope: StaffScope, userColumn: string, params: unknown[]): string {
  if (scope.kind === 'platform') return 'true';
  return `EXISTS (SELECT 1 FROM programme_memberships pm JOIN programmes mp ON mp.id = pm.programme_id
                   WHERE pm.user_id = ${userColumn} AND ${scopeFilter(scope, 'mp.organisation_id', params)})`;
}
