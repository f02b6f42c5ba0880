import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { EmailType } from './domain/email-types.js';

export type EmailState = 'queued' | 'sent' | 'failed';

export interface NewEmail {
  id: string;
  /** An account, or (for an organisation's safeguarding contact) an address: exactly one of the two. */
  userId: string | null;
  toAddress?: string;
  type: EmailType;
  idempotencyKey: string;
  locale: string;
  subject: string;
  data: Record<string, string | number>;
  createdAt: Date;
}

export interface StoredEmail {
  id: string;
  userId: string | null;
  toAddress: string | null;
  type: EmailType;
  locale: string;
  subject: string;
  data: Record<string, string | number>;
  state: EmailState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

interface EmailRow {
  id: string;
  user_id: string | null;
  to_address: string | null;
  type: EmailType;
  locale: string;
  subject: string;
  data: Record<string, string | number>;
  state: EmailState;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const toStored = (row: EmailRow): StoredEmail => ({
  id: row.id,
  userId: row.user_id,
  toAddress: row.to_address,
  type: row.type,
  locale: row.locale,
  subject: row.subject,
  data: row.data,
  state: row.state,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

/** Every email and its state; the only place the `emails` table is queried. */
@Injectable()
export class EmailsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Inserts the email unless one with its idempotency key exists; answers whether it was new. */
  async insertOnce(email: NewEmail): Promise<boolean> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `INSERT INTO emails (id, user_id, to_address, type, idempotency_key, locale, subject, data, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [email.id, email.userId, email.toAddress ?? null, email.type, email.idempotencyKey, email.locale, email.subject, JSON.stringify(email.data), email.createdAt],
    );
    return rows.length === 1;
  }

  async findById(id: string): Promise<StoredEmail | null> {
    const rows = await this.uow.query<EmailRow[]>(`SELECT * FROM emails WHERE id = $1`, [id]);
    return rows.length === 0 ? null : toStored(rows[0]);
  }

  /** (UPDATE … RETURNING inside a CTE: TypeORM answers a bare UPDATE with [rows, count].) Counts an attempt before it is made, so a process dying mid-send still leaves its trace. */
  async countAttempt(id: string): Promise<number> {
    const rows = await this.uow.query<Array<{ attempts: number }>>(`WITH counted AS (UPDATE emails SET attempts = attempts + 1 WHERE id = $1 AND state = 'queued' RETURNING attempts) SELECT attempts FROM counted`, [id]);
    return rows[0]?.attempts ?? 0;
  }

  async markSent(id: string, subject: string, messageId: string | null, sentAt: Date): Promise<void> {
    await this.uow.query(`UPDATE emails SET state = 'sent', subject = $2, message_id = $3, sent_at = $4, last_error = NULL WHERE id = $1`, [id, subject, messageId, sentAt]);
  }

  /** The server's answer; `final` marks the email failed for good (no retry is left). */
  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.uow.query(`UPDATE emails SET last_error = $2, state = CASE WHEN $3 THEN 'failed' ELSE state END WHERE id = $1 AND state = 'queued'`, [id, error.slice(0, 1000), final]);
  }

  /** A person's most recent emails, newest first (staff see these, never the bodies). */
  async findRecentOf(userId: string, limit: number): Promise<StoredEmail[]> {
    const rows = await this.uow.query<EmailRow[]>(`SELECT * FROM emails WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [userId, limit]);
    return rows.map(toStored);
  }

  /** Whether the person got a chat.unread email for this conversation since `since`. */
  async chatUnreadSentSince(userId: string, matchId: string, since: Date): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>(
      `SELECT 1 FROM emails WHERE user_id = $1 AND type = 'chat.unread' AND data ->> 'matchId' = $2 AND created_at > $3 LIMIT 1`,
      [userId, matchId, since],
    );
    return rows.length > 0;
  }

  /** Retention: deletes up to `limit` sent or failed emails made before `cutoff`; a queued one is never due. */
  async deleteSettledBefore(cutoff: Date, limit: number): Promise<number> {
    const rows = await this.uow.query<Array<{ deleted: number }>>(
      `WITH due AS (SELECT id FROM emails WHERE state <> 'queued' AND created_at < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED),
       deleted AS (DELETE FROM emails WHERE id IN (SELECT id FROM due) RETURNING 1)
       SELECT count(*)::int AS deleted FROM deleted`,
      [cutoff, limit],
    );
    return rows[0]?.deleted ?? 0;
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.uow.query(`DELETE FROM emails WHERE user_id = $1`, [userId]);
  }
}
