import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

export type TokenPurpose = 'verify-email' | 'password-reset';

/** Single-use tokens in links, stored as SHA-256 hashes only. */
@Injectable()
export class EmailTokensRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async create(userId: string, purpose: TokenPurpose, tokenHash: string, expiresAt: Date, createdAt: Date): Promise<void> {
    await this.uow.query(`INSERT INTO email_tokens (user_id, purpose, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`, [userId, purpose, tokenHash, expiresAt, createdAt]);
  }

  /** Uses the token once: answers its person, or null when it is unknown, used or expired. */
  async consume(purpose: TokenPurpose, tokenHash: string, now: Date): Promise<string | null> {
    const rows = await this.uow.query<Array<{ user_id: string }>>(
      `WITH used AS (UPDATE email_tokens SET used_at = $3 WHERE token_hash = $2 AND purpose = $1 AND used_at IS NULL AND expires_at > $3 RETURNING user_id) SELECT user_id FROM used`,
      [purpose, tokenHash, now],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Ends every other open token of that purpose (a password changed: older reset links stop working). */
  async useUpAll(userId: string, purpose: TokenPurpose, now: Date): Promise<void> {
    await this.uow.query(`UPDATE email_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose, now]);
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.uow.query(`DELETE FROM email_tokens WHERE user_id = $1`, [userId]);
  }
}
