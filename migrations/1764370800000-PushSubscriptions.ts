import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Web Push: each device a person allowed notifications on. The endpoint is the push service's
 * address for that browser (unique: a device belongs to whoever subscribed it last); the two keys
 * encrypt what is sent to it. When it last took a message and last refused one. Each belongs to the
 * session it was made in: signing out (or the session ending any other way) ends the notifications,
 * so a shared phone does not keep showing the last person's news.
 */
export class PushSubscriptions1764370800000 implements MigrationInterface {
  name = 'PushSubscriptions1764370800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        endpoint text NOT NULL UNIQUE CHECK (char_length(endpoint) <= 2048),
        p256dh text NOT NULL CHECK (char_length(p256dh) <= 128),
        auth text NOT NULL CHECK (char_length(auth) <= 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_success_at timestamptz,
        last_failure_at timestamptz,
        last_failure text CHECK (char_length(last_failure) <= 500)
      )`);
    await db.query(`CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id)`);
    await db.query(`CREATE INDEX push_subscriptions_session ON push_subscriptions (session_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE push_subscriptions`);
  }
}
