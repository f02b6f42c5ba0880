import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

/** The account fields recovery changes: the password and the verified address; live sessions to end. */
@Injectable()
export class AccountPasswordRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.uow.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  async markEmailVerified(userId: string, at: Date): Promise<void> {
    await this.uow.query(`UPDATE users SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1`, [userId, at]);
  }

  /** Revokes the person's live sessions except `keep`; answers the ids revoked. */
  async revokeSessions(userId: string, keep: string | null, at: Date): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `WITH revoked AS (UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id) SELECT id FROM revoked`,
      [userId, keep, at],
    );
    return rows.map((row) => row.id);
  }
}
