import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in: per person, the authenticator secret (sealed with AES-256-GCM, never in the
 * clear), when it was turned on (null: an enrolment waiting for its first code), and the last time
 * step accepted, so a code signs in once; and the SHA-256 of each unused recovery code.
 */
export class StaffTwoFactor1764360000000 implements MigrationInterface {
  name = 'StaffTwoFactor1764360000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE two_factor_credentials (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        sealed_secret text NOT NULL CHECK (char_length(sealed_secret) <= 500),
        enabled_at timestamptz,
        last_time_step bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE two_factor_recovery_codes (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, code_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE two_factor_recovery_codes`);
    await db.query(`DROP TABLE two_factor_credentials`);
  }
}
