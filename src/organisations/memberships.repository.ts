import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { Verification } from '../users/user.entity.js';
import type { MembershipRole, MembershipStatus } from './domain/programme.js';
import type { MembershipHistoryView, MembershipView } from './dto/membership.view.js';
import { ProgrammeMembershipEntity } from './programme-membership.entity.js';

interface MembershipRow {
  userId: string;
  programmeId: string;
  programmeName: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
  status: MembershipStatus;
  verification: Verification | null;
  joinedAt: Date;
}

/** Who takes part in which programme: written on joining and leaving, read for every view of a person. */
@Injectable()
export class MembershipsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Joins, or joins again after leaving; an active membership stays as it is. */
  async join(input: { programmeId: string; userId: string; role: MembershipRole; shareHistory: boolean; joinedAt: Date }): Promise<void> {
    await this.uow.query(
      `INSERT INTO programme_memberships (programme_id, user_id, role, share_history, joined_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (programme_id, user_id) DO UPDATE SET status = 'active', left_at = NULL, share_history = EXCLUDED.share_history, joined_at = EXCLUDED.joined_at
       WHERE programme_memberships.status = 'left'`,
      [input.programmeId, input.userId, input.role, input.shareHistory, input.joinedAt],
    );
  }

  find(programmeId: string, userId: string): Promise<ProgrammeMembershipEntity | null> {
    return this.uow.manager.getRepository(ProgrammeMembershipEntity).findOneBy({ programmeId, userId });
  }

  async leave(programmeId: string, userId: string, at: Date): Promise<boolean> {
    // Through a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], a SELECT with its rows.
    const rows: Array<{ left: boolean }> = await this.uow.query(
      `WITH changed AS (UPDATE programme_memberships SET status = 'left', left_at = $3 WHERE programme_id = $1 AND user_id = $2 AND status = 'active' RETURNING user_id)
       SELECT count(*) > 0 AS left FROM changed`,
      [programmeId, userId, at],
    );
    return rows[0]?.left === true;
  }

  /** Every membership of these people, oldest first, with names and (hosts) the organisation's vetting. */
  async viewsFor(userIds: string[]): Promise<Map<string, MembershipView[]>> {
    const byUser = new Map<string, MembershipView[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows: MembershipRow[] = await this.uow.query(
      `SELECT m.user_id AS "userId", p.id AS "programmeId", p.name AS "programmeName", o.id AS "organisationId", o.name AS "organisationName",
              m.role, m.status, m.joined_at AS "joinedAt",
              CASE WHEN m.role = 'host' THEN COALESCE(v.verification, 'pending') END AS verification
         FROM programme_memberships m
         JOIN programmes p ON p.id = m.programme_id
         JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN volunteer_vettings v ON v.organisation_id = o.id AND v.user_id = m.user_id
        WHERE m.user_id = ANY($1::uuid[])
        ORDER BY m.joined_at, p.id`,
      [userIds],
    );
    for (const row of rows) {
      byUser.get(row.userId)?.push({
        programme: { id: row.programmeId, name: row.programmeName, organisationId: row.organisationId, organisationName: row.organisationName },
        role: row.role,
        status: row.status,
        verification: row.verification,
        joinedAt: row.joinedAt.toISOString(),
      });
    }
    return byUser;
  }

  /**
   * The migratory trail a coordinator of `organisationId` sees: for each of these people who joined
   * one of its programmes with `share_history`, their memberships in other organisations' programmes,
   * oldest first, with the meetups held in that programme's matches (confirmed, ended by `now`, and a
   * participant said it took place). Everyone else: an empty list.
   */
  async sharedHistoryFor(userIds: string[], organisationId: string, now: Date): Promise<Map<string, MembershipHistoryView[]>> {
    const byUser = new Map<string, MembershipHistoryView[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows: Array<{ userId: string; programmeName: string; organisationName: string; joinedAt: Date; leftAt: Date | null; meetupsHeld: string }> = await this.uow.query(
      `SELECT m.user_id AS "userId", p.name AS "programmeName", o.name AS "organisationName", m.joined_at AS "joinedAt", m.left_at AS "leftAt",
              (SELECT count(*) FROM meetups mu JOIN matches x ON x.id = mu.match_id
                WHERE x.programme_id = m.programme_id AND (x.migrant_id = m.user_id OR x.host_id = m.user_id)
                  AND mu.status = 'confirmed' AND mu.ends_at <= $3
                  AND EXISTS (SELECT 1 FROM meetup_feedback f WHERE f.meetup_id = mu.id AND f.happened)) AS "meetupsHeld"
         FROM programme_memberships m
         JOIN programmes p ON p.id = m.programme_id
         JOIN organisations o ON o.id = p.organisation_id
        WHERE m.user_id = ANY($1::uuid[]) AND p.organisation_id <> $2
          AND EXISTS (SELECT 1 FROM programme_memberships s JOIN programmes sp ON sp.id = s.programme_id
                       WHERE s.user_id = m.user_id AND s.share_history AND sp.organisation_id = $2)
        ORDER BY m.joined_at, p.id`,
      [userIds, organisationId, now],
    );
    for (const row of rows) {
      byUser.get(row.userId)?.push({
        programmeName: row.programmeName,
        organisationName: row.organisationName,
        joinedAt: row.joinedAt.toISOString(),
        leftAt: row.leftAt?.toISOString() ?? null,
        meetupsHeld: Number(row.meetupsHeld),
      });
    }
    return byUser;
  }

  /** Erasure: the person leaves every programme; the rows stay, so others' figures keep their history. */
  async leaveAll(userId: string, at: Date): Promise<void> {
    await this.uow.query(`UPDATE programme_memberships SET status = 'left', left_at = $2 WHERE user_id = $1 AND status = 'active'`, [userId, at]);
  }

  /** Every membership of one person, oldest first, as their views show it. */
  async allOf(userId: string): Promise<MembershipView[]> {
    return (await this.viewsFor([userId])).get(userId) ?? [];
  }

  /** Every membership of one person as stored, for their data export. */
  async exportOf(userId: string): Promise<Array<{ programmeId: string; programmeName: string; organisationName: string; role: MembershipRole; status: MembershipStatus; shareHistory: boolean; joinedAt: Date; leftAt: Date | null }>> {
    return this.uow.query(
      `SELECT m.programme_id AS "programmeId", p.name AS "programmeName", o.name AS "organisationName", m.role, m.status,
              m.share_history AS "shareHistory", m.joined_at AS "joinedAt", m.left_at AS "leftAt"
         FROM programme_memberships m JOIN programmes p ON p.id = m.programme_id JOIN organisations o ON o.id = p.organisation_id
        WHERE m.user_id = $1 ORDER BY m.joined_at, p.id`,
      [userId],
    );
  }
}
