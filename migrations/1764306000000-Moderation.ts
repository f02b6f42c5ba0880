import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1764306000000 implements MigrationInterface {
  name = 'Moderation1764306000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CHECK (source IN ('user', 'auto')),
        reason text NOT NULL CHECK (reason IN ('harassment', 'spam', 'safety', 'inappropriate', 'other')),
        details text CHECK (char_length(details) <= 2000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        message_id uuid REFERENCES messages(id),
        match_id uuid REFERENCES matches(id),
        user_id uuid REFERENCES users(id),
        reporter_id uuid REFERENCES users(id),
        flags jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users(id),
        resolution jsonb,
        CHECK ((source = 'user') = (reporter_id IS NOT NULL)),
        CHECK (message_id IS NOT NULL OR match_id IS NOT NULL OR user_id IS NOT NULL),
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL AND resolution IS NOT NULL))
      )`);
    // One open report per reporter and target: the target is the message, else the match, else the user.
    await db.query(`
      CREATE UNIQUE INDEX reports_one_open_per_reporter_target ON reports (
        reporter_id,
        (CASE WHEN message_id IS NOT NULL THEN 'message' WHEN match_id IS NOT NULL THEN 'match' ELSE 'user' END),
        (COALESCE(message_id, match_id, user_id))
      ) WHERE status = 'open' AND source = 'user'`);
    // The detector runs once per message; a repeated event must not open a second report.
    await db.query(`CREATE UNIQUE INDEX reports_one_auto_per_message ON reports (message_id) WHERE source = 'auto'`);
    await db.query(`CREATE INDEX reports_queue ON reports (status, created_at, id)`);
    await db.query(`CREATE INDEX reports_user ON reports (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX reports_match ON reports (match_id)`);
    await db.query(`CREATE INDEX reports_reporter ON reports (reporter_id)`);
    // Suspension sweep: only suspensions with an end are ever due.
    await db.query(`CREATE INDEX users_suspension_due ON users (suspended_until) WHERE status = 'suspended' AND suspended_until IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_suspension_due`);
    await db.query(`DROP TABLE reports`);
  }
}
