import { Injectable } from '@nestjs/common';
import { timeOrderedIds } from '../database/time-ordered-ids.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface PushSubscriptionRow {
  id: string;
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
}

const COLUMNS = `id, user_id AS "userId", endpoint, p256dh, auth, created_at AS "createdAt", last_success_at AS "lastSuccessAt", last_failure_at AS "lastFailureAt"`;

/** The devices people allowed notifications on. */
@Injectable()
export class PushSubscriptionsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** A device subscribed again (or by whoever uses it now) keeps one row, with the newest keys and session. */
  async upsert(userId: string, sessionId: string, endpoint: string, keys: { p256dh: string; auth: string }, now: Date): Promise<void> {
    const [id] = timeOrderedIds(1);
    await this.uow.query(
      `INSERT INTO push_subscriptions (id, user_id, session_id, endpoint, p256dh, auth, created_at) VALUES ($1, $2, $7, $3, $4, $5, $6)
       ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, session_id = EXCLUDED.session_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth,
         created_at = CASE WHEN push_subscriptions.user_id = EXCLUDED.user_id THEN push_subscriptions.created_at ELSE EXCLUDED.created_at END,
         last_failure_at = NULL, last_failure = NULL`,
      [id, userId, endpoint, keys.p256dh, keys.auth, now, sessionId],
    );
  }

  /** The session ended: its device hears nothing more of this person. */
  async deleteOfSession(sessionId: string): Promise<void> {
    await this.uow.query(`DELETE FROM push_subscriptions WHERE session_id = $1`, [sessionId]);
  }

  async deleteOfUser(userId: string, endpoint: string): Promise<void> {
    await this.uow.query(`DELETE FROM push_subscriptions WHERE user_id = $1 AND endpoint = $2`, [userId, endpoint]);
  }

  async deleteById(id: string): Promise<void> {
    await this.uow.query(`DELETE FROM push_subscriptions WHERE id = $1`, [id]);
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.uow.query(`DELETE FROM push_subscriptions WHERE user_id = $1`, [userId]);
  }

  /**
   * A device to push to, while the session it was subscribed in is live. A session that ran out
   * records no event, so the check is made here too, at every send.
   */
  async findLiveById(id: string, now: Date): Promise<PushSubscriptionRow | null> {
    const rows = await this.uow.query<PushSubscriptionRow[]>(
      `SELECT p.id, p.user_id AS "userId", p.endpoint, p.p256dh, p.auth, p.created_at AS "createdAt",
              p.last_success_at AS "lastSuccessAt", p.last_failure_at AS "lastFailureAt"
       FROM push_subscriptions p
       JOIN sessions s ON s.id = p.session_id AND s.revoked_at IS NULL AND s.expires_at > $2
       WHERE p.id = $1`,
      [id, now],
    );
    return rows[0] ?? null;
  }

  async findLiveIdsOf(userId: string, now: Date): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `SELECT p.id FROM push_subscriptions p
       JOIN sessions s ON s.id = p.session_id AND s.revoked_at IS NULL AND s.expires_at > $2
       WHERE p.user_id = $1 ORDER BY p.created_at`,
      [userId, now],
    );
    return rows.map((row) => row.id);
  }

  async findAllOf(userId: string): Promise<PushSubscriptionRow[]> {
    return this.uow.query<PushSubscriptionRow[]>(`SELECT ${COLUMNS} FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at`, [userId]);
  }

  async recordSuccess(id: string, now: Date): Promise<void> {
    await this.uow.query(`UPDATE push_subscriptions SET last_success_at = $2 WHERE id = $1`, [id, now]);
  }

  async recordFailure(id: string, reason: string, now: Date): Promise<void> {
    await this.uow.query(`UPDATE push_subscriptions SET last_failure_at = $2, last_failure = left($3, 500) WHERE id = $1`, [id, now, reason]);
  }
}
