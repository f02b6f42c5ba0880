import { Injectable } from '@nestjs/common';
import { MATCH_STATUSES } from '../matches/domain/match-state.js';
import type { MatchStatus } from '../matches/domain/match-state.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface PeopleCounts {
  migrants: number;
  hosts: number;
  staff: number;
  hostsPending: number;
}

/** Read-only aggregate figures for the programme's reporting; every number is one query over current data. */
@Injectable()
export class StaffStatsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async countPeople(): Promise<PeopleCounts> {
    const [row] = await this.uow.query<Array<Record<keyof PeopleCounts, string>>>(`
      SELECT count(*) FILTER (WHERE role = 'migrant') AS "migrants",
             count(*) FILTER (WHERE role = 'host') AS "hosts",
             count(*) FILTER (WHERE role IN ('staff', 'admin')) AS "staff",
             count(*) FILTER (WHERE role = 'host' AND EXISTS (SELECT 1 FROM volunteer_vettings v WHERE v.user_id = users.id AND v.verification = 'pending')) AS "hostsPending"
      FROM users WHERE erased_at IS NULL`);
    return { migrants: Number(row?.migrants ?? 0), hosts: Number(row?.hosts ?? 0), staff: Number(row?.staff ?? 0), hostsPending: Number(row?.hostsPending ?? 0) };
  }

  /** Migrants ready to be matched (active, complete profile) with no proposed or active match. */
  async countWaitingMigrants(): Promise<number> {
    const [row] = await this.uow.query<Array<{ count: string }>>(`
      SELECT count(*) AS count FROM users u JOIN profiles p ON p.user_id = u.id
      WHERE u.role = 'migrant' AND u.erased_at IS NULL AND u.status = 'active' AND p.complete
        AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.migrant_id = u.id AND m.status IN ('proposed', 'active'))`);
    return Number(row?.count ?? 0);
  }

  /** Median days from a migrant's sign-up to their first match becoming active, over migrants who got one; null when none has. */
  async medianDaysToFirstActiveMatch(): Promise<number | null> {
    const [row] = await this.uow.query<Array<{ median: string | number | null }>>(`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_active - signed_up)) / 86400 AS median
      FROM (SELECT u.created_at AS signed_up, min(m.activated_at) AS first_active
            FROM users u JOIN matches m ON m.migrant_id = u.id
            WHERE u.role = 'migrant' AND m.activated_at IS NOT NULL
            GROUP BY u.id, u.created_at) waits`);
    return row?.median === null || row?.median === undefined ? null : Number(row.median);
  }

  async countMatchesByStatus(): Promise<Record<MatchStatus, number>> {
    const rows = await this.uow.query<Array<{ status: MatchStatus; count: string }>>(`SELECT status, count(*) AS count FROM matches GROUP BY status`);
    const counts = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as Record<MatchStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** Matches that ever became active, whatever they are now. */
  async countMatchesEverActive(): Promise<number> {
    const [row] = await this.uow.query<Array<{ count: string }>>(`SELECT count(*) AS count FROM matches WHERE activated_at IS NOT NULL`);
    return Number(row?.count ?? 0);
  }

  async countOpenReports(): Promise<number> {
    const [row] = await this.uow.query<Array<{ count: string }>>(`SELECT count(*) AS count FROM reports WHERE status = 'open'`);
    return Number(row?.count ?? 0);
  }
}
