import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface StoredEvent {
  id: string;
  name: string;
  payload: unknown;
}

/** The `domain_events` table: the outbox every durable event passes through. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** In the caller's unit of work, so the events commit (or roll back) with the change; one statement for all. */
  async insert(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.uow.query(`INSERT INTO domain_events (id, name, payload) SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[])`, [
      events.map((event) => event.id),
      events.map((event) => event.name),
      events.map((event) => JSON.stringify(event.payload)),
    ]);
  }

  async markDelivered(id: string): Promise<void> {
    await this.uow.query(`UPDATE domain_events SET delivered_at = now() WHERE id = $1`, [id]);
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.uow.query(`UPDATE domain_events SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error.slice(0, 2000)]);
  }

  /** Events not delivered at least `ageSeconds` after they happened, oldest first. */
  findUndelivered(ageSeconds: number, limit: number): Promise<StoredEvent[]> {
    return this.uow.query<StoredEvent[]>(
      `SELECT id, name, payload FROM domain_events
        WHERE delivered_at IS NULL AND occurred_at <= now() - make_interval(secs => $1)
        ORDER BY occurred_at, id LIMIT $2`,
      [ageSeconds, limit],
    );
  }

  /** Delivered events are kept a week (to look into a delivery), then deleted: they name people. */
  async deleteDeliveredBefore(ageDays: number): Promise<number> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `DELETE FROM domain_events WHERE delivered_at IS NOT NULL AND delivered_at < now() - make_interval(days => $1) RETURNING id`,
      [ageDays],
    );
    return rows.length;
  }
}
