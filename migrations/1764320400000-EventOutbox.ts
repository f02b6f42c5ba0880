import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: each domain event is written in the same transaction as the change
 * that caused it, and delivered after commit (again by a job, should the process die first).
 * Notifications remember the event they came from, so a delivery repeated stores nothing twice.
 */
export class EventOutbox1764320400000 implements MigrationInterface {
  name = 'EventOutbox1764320400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE domain_events (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX domain_events_undelivered ON domain_events (occurred_at) WHERE delivered_at IS NULL`);
    await db.query(`ALTER TABLE notifications ADD COLUMN event_id uuid`);
    await db.query(`CREATE UNIQUE INDEX notifications_once_per_event ON notifications (event_id, user_id) WHERE event_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_once_per_event`);
    await db.query(`ALTER TABLE notifications DROP COLUMN event_id`);
    await db.query(`DROP TABLE domain_events`);
  }
}
