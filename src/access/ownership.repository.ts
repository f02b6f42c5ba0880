import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

/**
 * Which organisations own a thing, for the access policy. Null: no such thing. A person belongs to
 * every organisation whose programme they joined (or that vetted them), and staff to their own.
 */
@Injectable()
export class OwnershipRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async ofProgramme(programmeId: string): Promise<string[] | null> {
    return this.owners(`SELECT organisation_id AS id FROM programmes WHERE id = $1`, programmeId);
  }

  async ofMatch(matchId: string): Promise<string[] | null> {
    return this.owners(`SELECT p.organisation_id AS id FROM matches m JOIN programmes p ON p.id = m.programme_id WHERE m.id = $1`, matchId);
  }

  async ofMessage(messageId: string): Promise<string[] | null> {
    return this.owners(
      `SELECT p.organisation_id AS id FROM messages x JOIN matches m ON m.id = x.match_id JOIN programmes p ON p.id = m.programme_id WHERE x.id = $1`,
      messageId,
    );
  }

  async ofReport(reportId: string): Promise<string[] | null> {
    const rows: Array<{ id: string | null }> = await this.uow.query(`SELECT organisation_id AS id FROM reports WHERE id = $1`, [reportId]);
    return rows.length === 0 ? null : rows.flatMap((r) => (r.id === null ? [] : [r.id]));
  }

  async ofUser(userId: string): Promise<string[] | null> {
    const rows: Array<{ id: string | null; exists: boolean }> = await this.uow.query(
      `SELECT o.id, true AS exists FROM users u
         LEFT JOIN LATERAL (
           SELECT p.organisation_id AS id FROM programme_memberships pm JOIN programmes p ON p.id = pm.programme_id WHERE pm.user_id = u.id
           UNION SELECT v.organisation_id FROM volunteer_vettings v WHERE v.user_id = u.id
           UNION SELECT u.organisation_id WHERE u.organisation_id IS NOT NULL
         ) o ON true
        WHERE u.id = $1
        ORDER BY o.id`,
      [userId],
    );
    return rows.length === 0 ? null : rows.flatMap((r) => (r.id === null ? [] : [r.id]));
  }

  /**
   * The organisations of the programmes both people belong to (or belonged to): those where the two
   * were matched first, then the earliest joined.
   */
  async sharedBy(userId: string, otherId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.uow.query(
      `SELECT p.organisation_id AS id
         FROM programme_memberships a
         JOIN programme_memberships b ON b.programme_id = a.programme_id AND b.user_id = $2
         JOIN programmes p ON p.id = a.programme_id
        WHERE a.user_id = $1
        ORDER BY EXISTS (SELECT 1 FROM matches m WHERE m.programme_id = a.programme_id
                          AND ((m.migrant_id = $1 AND m.host_id = $2) OR (m.migrant_id = $2 AND m.host_id = $1))) DESC,
                 a.joined_at, p.id`,
      [userId, otherId],
    );
    return rows.map((r) => r.id);
  }

  private async owners(sql: string, id: string): Promise<string[] | null> {
    const rows: Array<{ id: string }> = await this.uow.query(sql, [id]);
    return rows.length === 0 ? null : rows.map((r) => r.id);
  }
}
