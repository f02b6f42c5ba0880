import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email: verified addresses, single-use tokens (stored hashed), every email with its state and its
 * idempotency key (one per occasion: a repeated delivery or a second process inserts nothing),
 * the types a person turned off, and password-reset requests for their rate limit.
 * Staff and admins never get a verification link: their addresses count as verified.
 */
export class Email1764342000000 implements MigrationInterface {
  name = 'Email1764342000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN email_verified_at timestamptz`);
    await db.query(`UPDATE users SET email_verified_at = created_at WHERE role IN ('staff', 'admin')`);
    await db.query(`
      CREATE TABLE email_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify-email', 'password-reset')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose)`);
    await db.query(`
      CREATE TABLE emails (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL,
        idempotency_key text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT emails_once_per_occasion UNIQUE (idempotency_key)
      )`);
    await db.query(`CREATE INDEX emails_of_user ON emails (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX emails_chat_unread ON emails (user_id, (data ->> 'matchId'), created_at) WHERE type = 'chat.unread'`);
    await db.query(`
      CREATE TABLE email_preferences (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL,
        enabled boolean NOT NULL,
        PRIMARY KEY (user_id, type)
      )`);
    await db.query(`
      CREATE TABLE password_reset_requests (
        id bigserial PRIMARY KEY,
        email_key text NOT NULL,
        address text NOT NULL,
        requested_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX password_reset_requests_email ON password_reset_requests (email_key, requested_at)`);
    await db.query(`CREATE INDEX password_reset_requests_address ON password_reset_requests (address, requested_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset_requests`);
    await db.query(`DROP TABLE email_preferences`);
    await db.query(`DROP TABLE emails`);
    await db.query(`DROP TABLE email_tokens`);
    await db.query(`ALTER TABLE users DROP COLUMN email_verified_at`);
  }
}
