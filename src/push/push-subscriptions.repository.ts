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

  /** A device subscribed again (or by whoever uses it now) keeps one row, with the newest keys. */
  async upsert(userId: string, endpoint: string, keys: { p256dh: string; auth: string }, now: Date): Promise<void> {
    const [id] = timeOrderedIds(1);
    await this.uow.query(
      `INSERT INTO push_subscriptions (id, user_id, endpoint, p256dh, auth, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth,
         created_at = CASE WHEN push_subscriptions.user_id = EXCLUDED.user_id THEN push_subscriptions.created_at ELSE EXCLUDED.created_at END,
         last_failure_at = NULL, last_failure = NULL`,
      [id, userId, endpoint, keys.p256dh, keys.auth, now],
    );
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

  async findById(id: string): Promise<PushSubscriptionRow | null> {
    const rows = await this.uow.query<PushSubscriptionRow[]>(`SELECT ${COLUMNS} FROM push_subscriptions WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async findIdsOf(userId: string): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(`SELECT id FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at`, [userId]);
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
