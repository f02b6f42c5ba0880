import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeping less, for less long: a mark on each ended match whose messages the retention job has
 * erased, and the indexes its sweeps walk. Safety concerns first: urgent reports (a participant's
 * safety report, a meetup concern, a check-in asking for contact), each organisation's safeguarding
 * address, and emails sent to an address rather than to an account.
 */
export class SafeguardingAndRetention1764349200000 implements MigrationInterface {
  name = 'SafeguardingAndRetention1764349200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matches ADD COLUMN messages_erased_at timestamptz`);
    await db.query(`CREATE INDEX matches_retention_due ON matches (ended_at) WHERE ended_at IS NOT NULL AND messages_erased_at IS NULL`);
    await db.query(`CREATE INDEX check_ins_with_comment ON check_ins (match_id) WHERE comment IS NOT NULL`);
    await db.query(`CREATE INDEX notifications_created ON notifications (created_at)`);
    await db.query(`CREATE INDEX emails_retention_due ON emails (created_at) WHERE state <> 'queued'`);

    await db.query(`ALTER TABLE reports ADD COLUMN urgent boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE reports SET urgent = true WHERE source = 'user' AND reason = 'safety'`);
    await db.query(`ALTER TABLE organisations ADD COLUMN safeguarding_email text CHECK (char_length(safeguarding_email) BETWEEN 3 AND 254)`);
    await db.query(`ALTER TABLE emails ALTER COLUMN user_id DROP NOT NULL`);
    await db.query(`ALTER TABLE emails ADD COLUMN to_address text CHECK (char_length(to_address) <= 254)`);
    await db.query(`ALTER TABLE emails ADD CONSTRAINT emails_one_recipient CHECK ((user_id IS NULL) <> (to_address IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM emails WHERE user_id IS NULL`);
    await db.query(`ALTER TABLE emails DROP CONSTRAINT emails_one_recipient`);
    await db.query(`ALTER TABLE emails DROP COLUMN to_address`);
    await db.query(`ALTER TABLE emails ALTER COLUMN user_id SET NOT NULL`);
    await db.query(`ALTER TABLE organisations DROP COLUMN safeguarding_email`);
    await db.query(`ALTER TABLE reports DROP COLUMN urgent`);
    await db.query(`DROP INDEX emails_retention_due`);
    await db.query(`DROP INDEX notifications_created`);
    await db.query(`DROP INDEX check_ins_with_comment`);
    await db.query(`DROP INDEX matches_retention_due`);
    await db.query(`ALTER TABLE matches DROP COLUMN messages_erased_at`);
  }
}
