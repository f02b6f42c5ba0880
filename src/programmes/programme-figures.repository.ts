import { Injectable } from '@nestjs/common';
import { keysetOrder, type KeysetPosition, type TimeOrder } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MATCH_STATUSES, type MatchStatus } from '../matches/domain/match-state.js';
import type { MembershipRole } from '../organisations/domain/programme.js';

export interface MemberRow {
  userId: string;
  joinedAt: Date;
}

export interface ExportRow {
  id: string;
  role: MembershipRole;
  displayName: string;
  place: string | null;
  joinedAt: Date;
  verification: string | null;
  matches: number;
  meetupsHeld: number;
}

export interface ProgrammePeople {
  migrants: number;
  hosts: number;
  staff: number;
  hostsPending: number;
  waitingMigrants: number;
}

/**
 * "Happened", as everywhere in the figures: a confirmed meetup that has ended and that at least one
 * participant said took place. `$now` is the parameter holding the current time.
 */
const HAPPENED = (meetup: string, now: string): string =>
  `${meetup}.status = 'confirmed' AND ${meetup}.ends_at <= ${now} AND EXISTS (SELECT 1 FROM meetup_feedback f WHERE f.meetup_id = ${meetup}.id AND f.happened)`;

/** One programme's members and figures for its coordinators: every number is a query over current data. */
@Injectable()
export class ProgrammeFiguresRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Active members by when they joined (the latest or the earliest first), `limit + 1` rows so the caller can tell whether another page exists. */
  membersPage(programmeId: string, role: MembershipRole | undefined, order: TimeOrder, limit: number, from: KeysetPosition | undefined): Promise<MemberRow[]> {
    const { after, direction } = keysetOrder(order);
    const params: unknown[] = [programmeId, limit + 1];
    let where = `m.programme_id = $1 AND m.status = 'active'`;
    if (role !== undefined) {
      params.push(role);
      where += ` AND m.role = $${params.length}`;
    }
    if (from !== undefined) {
      params.push(from.at, from.id);
      // Cursors carry milliseconds and PostgreSQL keeps microseconds: compare and sort at the cursor's precision.
      where += ` AND (date_trunc('milliseconds', m.joined_at), m.user_id) ${after} ($${params.length - 1}, $${params.length})`;
    }
    return this.uow.query(
      `SELECT m.user_id AS "userId", m.joined_at AS "joinedAt" FROM programme_memberships m
        WHERE ${where} ORDER BY date_trunc('milliseconds', m.joined_at) ${direction}, m.user_id ${direction} LIMIT $2`,
      params,
    );
  }

  /** Every active member as the export writes them, the earliest to join first. */
  async exportRows(programmeId: string, now: Date): Promise<ExportRow[]> {
    const rows: Array<Omit<ExportRow, 'matches' | 'meetupsHeld'> & { matches: string; meetupsHeld: string }> = await this.uow.query(
      `SELECT u.id, m.role, u.display_name AS "displayName", pr.place_name AS place, m.joined_at AS "joinedAt",
              CASE WHEN m.role = 'host' THEN COALESCE(v.verification, 'pending') END AS verification,
              (SELECT count(*) FROM matches x WHERE x.programme_id = m.programme_id AND (x.migrant_id = u.id OR x.host_id = u.id) AND x.activated_at IS NOT NULL) AS matches,
              (SELECT count(*) FROM meetups mu JOIN matches x ON x.id = mu.match_id
                WHERE x.programme_id = m.programme_id AND (x.migrant_id = u.id OR x.host_id = u.id) AND ${HAPPENED('mu', '$2')}) AS "meetupsHeld"
         FROM programme_memberships m
         JOIN users u ON u.id = m.user_id
         JOIN programmes p ON p.id = m.programme_id
         LEFT JOIN profiles pr ON pr.user_id = u.id
         LEFT JOIN volunteer_vettings v ON v.organisation_id = p.organisation_id AND v.user_id = u.id
        WHERE m.programme_id = $1 AND m.status = 'active'
        ORDER BY m.joined_at, u.id`,
      [programmeId, now],
    );
    return rows.map((row) => ({ ...row, matches: Number(row.matches), meetupsHeld: Number(row.meetupsHeld) }));
  }

  async people(programmeId: string): Promise<ProgrammePeople> {
    const [row] = await this.uow.query<Array<Record<keyof ProgrammePeople, string>>>(
      `SELECT count(*) FILTER (WHERE m.role = 'migrant') AS migrants,
              count(*) FILTER (WHERE m.role = 'host') AS hosts,
              (SELECT count(*) FROM users s WHERE s.role IN ('staff', 'admin') AND s.erased_at IS NULL AND s.organisation_id = p.organisation_id) AS staff,
              count(*) FILTER (WHERE m.role = 'host' AND COALESCE(v.verification, 'pending') = 'pending') AS "hostsPending",
              count(*) FILTER (WHERE m.role = 'migrant' AND u.status = 'active' AND pr.complete
                AND NOT EXISTS (SELECT 1 FROM matches x WHERE x.migrant_id = u.id AND x.programme_id = p.id AND x.status IN ('proposed', 'active'))) AS "waitingMigrants"
         FROM programmes p
         LEFT JOIN programme_memberships m ON m.programme_id = p.id AND m.status = 'active'
         LEFT JOIN users u ON u.id = m.user_id
         LEFT JOIN profiles pr ON pr.user_id = u.id
         LEFT JOIN volunteer_vettings v ON v.organisation_id = p.organisation_id AND v.user_id = m.user_id
        WHERE p.id = $1
        GROUP BY p.id, p.organisation_id`,
      [programmeId],
    );
    return {
      migrants: Number(row?.migrants ?? 0),
      hosts: Number(row?.hosts ?? 0),
      staff: Number(row?.staff ?? 0),
      hostsPending: Number(row?.hostsPending ?? 0),
      waitingMigrants: Number(row?.waitingMigrants ?? 0),
    };
  }

  async matchesByStatus(programmeId: string): Promise<{ byStatus: Record<MatchStatus, number>; everActive: number }> {
    const rows = await this.uow.query<Array<{ status: MatchStatus; count: string; everActive: string }>>(
      `SELECT status, count(*) AS count, count(*) FILTER (WHERE activated_at IS NOT NULL) AS "everActive" FROM matches WHERE programme_id = $1 GROUP BY status`,
      [programmeId],
    );
    const byStatus = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as Record<MatchStatus, number>;
    let everActive = 0;
    for (const row of rows) {
      byStatus[row.status] = Number(row.count);
      everActive += Number(row.everActive);
    }
    return { byStatus, everActive };
  }

  async meetups(programmeId: string, now: Date): Promise<{ confirmed: number; happened: number }> {
    const [row] = await this.uow.query<Array<{ confirmed: string; happened: string }>>(
      `SELECT count(*) AS confirmed, count(*) FILTER (WHERE ${HAPPENED('mu', '$2')}) AS happened
         FROM meetups mu JOIN matches x ON x.id = mu.match_id WHERE x.programme_id = $1 AND mu.status = 'confirmed'`,
      [programmeId, now],
    );
    return { confirmed: Number(row?.confirmed ?? 0), happened: Number(row?.happened ?? 0) };
  }

  /** Median days from a migrant's sign-up to their first active match in the programme (as /api/staff/stats, per programme). */
  async medianWaitDays(programmeId: string): Promise<number | null> {
    return this.median(
      `SELECT u.created_at AS started, min(x.activated_at) AS reached FROM matches x JOIN users u ON u.id = x.migrant_id
        WHERE x.programme_id = $1 AND x.activated_at IS NOT NULL GROUP BY u.id, u.created_at`,
      programmeId,
    );
  }

  /** Median days from joining the programme to a first match in it becoming active, over members (either role) who have one. */
  async medianDaysToFirstMatch(programmeId: string): Promise<number | null> {
    return this.median(
      `SELECT m.joined_at AS started, min(x.activated_at) AS reached FROM programme_memberships m
         JOIN matches x ON x.programme_id = m.programme_id AND (x.migrant_id = m.user_id OR x.host_id = m.user_id) AND x.activated_at IS NOT NULL
        WHERE m.programme_id = $1 GROUP BY m.user_id, m.joined_at`,
      programmeId,
    );
  }

  /** How many migrants' first active match in the programme began in each month (UTC), oldest first. */
  async firstMatchesByMonth(programmeId: string): Promise<Array<{ month: string; count: number }>> {
    const rows = await this.uow.query<Array<{ month: string; count: string }>>(
      `SELECT to_char(first_active AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS count
         FROM (SELECT min(activated_at) AS first_active FROM matches WHERE programme_id = $1 AND activated_at IS NOT NULL GROUP BY migrant_id) firsts
        GROUP BY 1 ORDER BY 1`,
      [programmeId],
    );
    return rows.map((row) => ({ month: row.month, count: Number(row.count) }));
  }

  /** Check-ins in the programme, counted per score. */
  async checkInScores(programmeId: string): Promise<Array<{ score: number; count: number }>> {
    const rows = await this.uow.query<Array<{ score: number; count: string }>>(`SELECT score, count(*) AS count FROM check_ins WHERE programme_id = $1 GROUP BY score`, [programmeId]);
    return rows.map((row) => ({ score: Number(row.score), count: Number(row.count) }));
  }

  /** Open reports about the programme's matches, named directly or through a message in one. */
  async openReports(programmeId: string): Promise<number> {
    const [row] = await this.uow.query<Array<{ count: string }>>(
      `SELECT count(*) AS count FROM reports r
         LEFT JOIN messages msg ON msg.id = r.message_id
         JOIN matches x ON x.id = COALESCE(r.match_id, msg.match_id)
        WHERE r.status = 'open' AND x.programme_id = $1`,
      [programmeId],
    );
    return Number(row?.count ?? 0);
  }

  private async median(startsAndFirsts: string, programmeId: string): Promise<number | null> {
    const [row] = await this.uow.query<Array<{ median: string | number | null }>>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM reached - started))) / 86400 AS median FROM (${startsAndFirsts}) waits`,
      [programmeId],
    );
    return row?.median === null || row?.median === undefined ? null : Number(row.median);
  }
}
