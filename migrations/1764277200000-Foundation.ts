import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764277200000 implements MigrationInterface {
  name = 'Foundation1764277200000';

  async up(db: QueryRunner): Promise<void> {
    // Matching and meetups need these; the embedded PostgreSQL loads the same contrib modules.
    await db.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        password_hash text,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('migrant', 'host', 'staff')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        suspended_until timestamptz,
        suspension_reason text,
        verification text CHECK (verification IN ('pending', 'verified', 'rejected')),
        verification_note text,
        verified_by uuid REFERENCES users(id) ON DELETE SET NULL,
        verified_at timestamptz,
        locale text NOT NULL DEFAULT 'en',
        terms_accepted_at timestamptz NOT NULL,
        erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'host') = (verification IS NOT NULL)),
        CHECK (erased_at IS NOT NULL OR email IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email)) WHERE email IS NOT NULL`);
    await db.query(`CREATE INDEX users_role_verification ON users (role, verification)`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        address text
      )`);
    await db.query(`CREATE INDEX sessions_user_id ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        email_key text NOT NULL,
        address text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_failures_email ON login_failures (email_key, created_at)`);
    await db.query(`CREATE INDEX login_failures_address ON login_failures (address, created_at)`);

    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_created ON audit_log (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, created_at DESC)`);
    await db.query(`CREATE INDEX audit_log_target ON audit_log (target_id, created_at DESC)`);
    await db.query(`CREATE INDEX audit_log_action ON audit_log (action, created_at DESC)`);
    await db.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_is_append_only()`);
    await db.query(`DROP TABLE login_failures`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
  }
}
