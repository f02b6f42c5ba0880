import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeping less, for less long: a mark on each ended match whose messages the retention job has
 * organisation's safeguarding address, and emails addressed to an address rather than an account.
 */
export class SafeguardingAndRetention1764349200000 implements MigrationInterface {
  name = 'SafeguardingAndRetention1764349200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matches ADD COLUMN messages_erased_at timestamptz`);
    await db.query(`CREATE INDEX matches_retention_due ON matches (ended_at) WHERE ended_at IS NOT NULL AND messages_erased_at IS NULL`);
    await db.query(`CREATE INDEX check_ins_with_comment ON check_ins (match_id) WHERE comment IS NOT NULL`);
    await db.query(`CREATE INDEX notifications_created ON notifications (created_at)`);
    await db.query(`CREATE INDEX emails_retention_due ON emails (created_at) WHERE state <> 'queued'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX emails_retention_due`);
    await db.query(`DROP INDEX notifications_created`);
    await db.query(`DROP INDEX check_ins_with_comment`);
    await db.query(`DROP INDEX matches_retention_due`);
    await db.query(`ALTER TABLE matches DROP COLUMN messages_erased_at`);
  }
}
