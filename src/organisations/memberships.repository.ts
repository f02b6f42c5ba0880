import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { Verification } from '../users/user.entity.js';
import type { MembershipRole, MembershipStatus } from './domain/programme.js';
import type { MembershipView } from './dto/membership.view.js';
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
    const rows: unknown[] = await this.uow.query(
      `UPDATE programme_memberships SET status = 'left', left_at = $3 WHERE programme_id = $1 AND user_id = $2 AND status = 'active' RETURNING user_id`,
      [programmeId, userId, at],
    );
    return rows.length > 0;
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
}
